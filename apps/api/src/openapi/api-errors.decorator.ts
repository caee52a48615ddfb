import { applyDecorators } from '@nestjs/common';
import { ApiResponse, getSchemaPath } from '@nestjs/swagger';
import type { ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ErrorResponseDto } from './error-response.dto';

/** What each error status means and the codes it carries everywhere (a route adds its own codes). */
export const ERROR_STATUS: Record<number, { zh: string; en: string; codes: string[] }> = {
  400: { zh: '请求有误', en: 'Bad input', codes: ['VALIDATION_FAILED', 'MALFORMED_REQUEST'] },
  401: {
    zh: '未登录或登录已失效',
    en: 'No, bad or expired token',
    codes: ['UNAUTHENTICATED', 'INVALID_TOKEN', 'TOKEN_EXPIRED', 'SESSION_REVOKED', 'ACCOUNT_DISABLED'],
  },
  403: { zh: '无权执行此操作', en: 'Role not allowed', codes: ['FORBIDDEN', 'PERSON_REQUIRED'] },
  404: { zh: '未找到，或您无权查看', en: 'Not found or not visible to you', codes: ['NOT_FOUND'] },
  408: { zh: '上传超时', en: 'Upload timed out', codes: ['UPLOAD_TIMEOUT'] },
  409: { zh: '状态或版本冲突', en: 'State or version conflict', codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] },
  413: { zh: '内容过大', en: 'Payload too large', codes: ['PAYLOAD_TOO_LARGE'] },
  415: { zh: '不支持的内容类型', en: 'Unsupported media type', codes: ['UNSUPPORTED_MEDIA_TYPE'] },
  422: { zh: '内容不符合业务规则', en: 'Input breaks a business rule', codes: [] },
  429: { zh: '操作过于频繁', en: 'Throttled', codes: ['TOO_MANY_REQUESTS'] },
  503: { zh: '服务暂时不可用', en: 'Database or another dependency unavailable', codes: ['SERVICE_UNAVAILABLE'] },
};

/** One error response object of the document: the registered error schema, the codes it may carry. */
export function errorResponse(status: number, codes: string[] = []): ResponseObject {
  const known = ERROR_STATUS[status] ?? { zh: '错误', en: 'Error', codes: [] };
  const all = [...new Set([...codes, ...known.codes])];
  return {
    description: `${known.zh} / ${known.en}${all.length ? ` — code: ${all.join(', ')}` : ''}`,
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponseDto) } } },
  };
}

export type ErrorSpec = number | { status: number; codes: string[] };

/**
 * The error statuses a route answers beyond the common ones the document derives from the route
 * itself (401 unless @Public, 403 with @Roles/@PersonOnly, 404 with a path id, 400/413 with a body
 * or query, 503): e.g. `@ApiErrors(409, { status: 422, codes: ['LETTER_INCOMPLETE'] })`.
 */
export function ApiErrors(...errors: ErrorSpec[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...errors.map((e) => {
      const { status, codes } = typeof e === 'number' ? { status: e, codes: [] } : e;
      const r = errorResponse(status, codes);
      return ApiResponse({ status, description: r.description, schema: { $ref: getSchemaPath(ErrorResponseDto) } });
    }),
  );
}
