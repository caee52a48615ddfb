import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, APP_CONFIG } from '../config/app-config';

export const CORRELATION_HEADER = 'x-request-id';

/** Accepts a caller's correlation id when it looks sane, otherwise makes one. */
export function correlationId(req: IncomingMessage): string {
  const given = req.headers[CORRELATION_HEADER];
  const v = Array.isArray(given) ? given[0] : given;
  return v && /^[A-Za-z0-9._:-]{8,128}$/.test(v) ? v : randomUUID();
}

/** Structured JSON logs (pino) with the service name on every line and the request (with its correlation id) on request lines. */
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
      // The service name is a base binding (like pid and hostname) rather than per-request custom
      // props: pino-http would build and compare an extra child logger for every request.
      base: { pid: process.pid, hostname: hostname(), service: 'sifa-jianyi' },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
      autoLogging: { ignore: (req: IncomingMessage) => (req.url ?? '').startsWith('/health') },
      transport: config.appEnv === 'development' ? { target: 'pino-pretty' } : undefined,
    },
  }),
});
