import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';
import { CommonErrorCode } from './error-codes';
import { chineseDetails, chineseMessage } from './messages-zh';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
  correlationId?: string;
}

const STATUS_CODES: Record<number, string> = {
  400: CommonErrorCode.VALIDATION_FAILED,
  401: CommonErrorCode.UNAUTHENTICATED,
  403: CommonErrorCode.FORBIDDEN,
  404: CommonErrorCode.NOT_FOUND,
  409: CommonErrorCode.CONFLICT,
  413: CommonErrorCode.PAYLOAD_TOO_LARGE,
  415: CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: CommonErrorCode.TOO_MANY_REQUESTS,
  503: CommonErrorCode.SERVICE_UNAVAILABLE,
};

/** Maps Fastify's own client errors (bad JSON, body too large, bad content type). */
function fromFastifyError(err: { statusCode?: number; code?: string; message?: string }): ErrorBody | null {
  if (typeof err.statusCode !== 'number' || err.statusCode < 400 || err.statusCode >= 500) return null;
  const code =
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
      ? CommonErrorCode.MALFORMED_REQUEST
      : err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || err.code === 'FST_REQ_FILE_TOO_LARGE'
        ? CommonErrorCode.PAYLOAD_TOO_LARGE
        : err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? CommonErrorCode.UNSUPPORTED_MEDIA_TYPE
          : (STATUS_CODES[err.statusCode] ?? CommonErrorCode.MALFORMED_REQUEST);
  return { statusCode: err.statusCode, code, message: err.message ?? 'Bad request' };
}

/**
 * The catch-all filter: every error leaves in the API.md shape with a stable `code`, a Chinese
 * `message` (and Chinese field details) and the request's correlation id. Unknown errors are logged in full and answered as a plain 500.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse();
    const request = ctx.getRequest();
    const correlationId: string | undefined = request?.id;
    let body: ErrorBody;

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse() as string | Record<string, unknown>;
      if (typeof res === 'object' && typeof res.code === 'string') {
        body = { ...(res as unknown as ErrorBody) };
      } else {
        const message = typeof res === 'string' ? res : Array.isArray(res.message) ? res.message.join('; ') : String(res.message ?? exception.message);
        // Our own 400s always carry a code; an uncoded 400 comes from the framework (unparsable body).
        const code =
          status === 400
            ? CommonErrorCode.MALFORMED_REQUEST
            : (STATUS_CODES[status] ?? (status >= 500 ? CommonErrorCode.INTERNAL_ERROR : CommonErrorCode.MALFORMED_REQUEST));
        body = { statusCode: status, code, message };
      }
    } else if (exception instanceof QueryFailedError && this.isPgClientError(exception)) {
      body = this.fromPg(exception);
    } else {
      const fastify = fromFastifyError(exception as never);
      if (fastify) {
        body = fastify;
      } else if (isDatabaseUnavailable(exception)) {
        body = { statusCode: 503, code: CommonErrorCode.SERVICE_UNAVAILABLE, message: 'The database is unavailable; try again shortly' };
        this.logger.warn(`database unavailable: ${(exception as Error).message}`);
      } else {
        this.logger.error({ err: exception, correlationId }, 'unhandled error');
        body = { statusCode: 500, code: CommonErrorCode.INTERNAL_ERROR, message: 'Internal error' };
      }
    }
    // The person reading it sees Chinese; the English `code` stays the machine contract (messages-zh.ts).
    body.details = chineseDetails(body.details);
    body.message = chineseMessage(body.statusCode, body.code, String(body.message ?? ''), body.details);
    if (body.details === undefined) delete body.details;
    body.correlationId = correlationId;
    if (typeof reply?.status === 'function') {
      reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
    }
  }

  private isPgClientError(e: QueryFailedError): boolean {
    const code = (e as unknown as { code?: string }).code ?? '';
    // 22021/22P05: a NUL (or other unstorable) character that slipped past the input guard.
    return (
      code === '22P02' ||
      code === '22007' ||
      code === '22008' ||
      code === '22001' ||
      code === '23505' ||
      code === '22003' ||
      code === '22021' ||
      code === '22P05'
    );
  }

  private fromPg(e: QueryFailedError): ErrorBody {
    const code = (e as unknown as { code?: string }).code;
    if (code === '23505') return { statusCode: 409, code: CommonErrorCode.CONFLICT, message: 'A record with the same unique value already exists' };
    return { statusCode: 400, code: CommonErrorCode.VALIDATION_FAILED, message: 'A value has the wrong format' };
  }
}
