import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, APP_CONFIG } from '../config/app-config';

export const CORRELATION_HEADER = 'x-request-id';

/** Accepts a caller's correlation id when it looks sane, otherwise makes one. */
export function correlationId(req: IncomingMessage): string {
  const given = req.headers[CORRELATION_HEADER];
  const v = Array.isArray(given) ? given[0] : given;
  return v && /^[A-Za-z0-9._:-]{8,128}$/.test(v) ? v : randomUUID();
}

/** Structured JSON logs (pino) with the request's correlation id on every line. */
export const AppLoggerModule = LoggerModule.forRootAsync({
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => ({
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = (req as IncomingMessage & { id?: string }).id ?? correlationId(req);
        res.setHeader(CORRELATION_HEADER, id);
        return id;
      },
      customProps: () => ({ service: 'sifa-jianyi' }),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
      transport: config.appEnv === 'development' ? { target: 'pino-pretty' } : undefined,
    },
  }),
});
