import { HttpException } from '@nestjs/common';
import { CommonErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The one exception type domain code throws: an HTTP status, a stable machine `code`, a
 * human message and optional details. The global filter turns it into the API.md error shape.
 */
export class AppException extends HttpException {
  constructor(
    status: number,
    public readonly code: string,
    message: string,
    public readonly details?: unknown,
  ) {
    super({ statusCode: status, code, message, details }, status);
  }

  static notFound(what = 'Resource'): AppException {
    return new AppException(404, CommonErrorCode.NOT_FOUND, `${what} not found`);
  }
  static forbidden(message = 'Your role does not allow this action'): AppException {
    return new AppException(403, CommonErrorCode.FORBIDDEN, message);
  }
  static unauthenticated(message = 'Authentication required'): AppException {
    return new AppException(401, CommonErrorCode.UNAUTHENTICATED, message);
  }
  static versionConflict(current?: number): AppException {
    return new AppException(
      409,
      CommonErrorCode.VERSION_CONFLICT,
      'This record was changed by someone else; reload it and try again',
      current === undefined ? undefined : { currentVersion: current },
    );
  }
  static validation(details: FieldError[], message = 'The request is not valid'): AppException {
    return new AppException(400, CommonErrorCode.VALIDATION_FAILED, message, details);
  }
  static conflict(code: string, message: string, details?: unknown): AppException {
    return new AppException(409, code, message, details);
  }
}
