import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * Every error the api answers, as the global exception filter (libs/core all-exceptions.filter.ts)
 * sends it: the status, a stable English machine `code`, a Chinese `message`, optional field details
 * and the request's correlation id (also in the `x-correlation-id` header).
 */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 404, description: 'The HTTP status, repeated' }) statusCode!: number;
  @ApiProperty({ example: 'NOT_FOUND', description: 'Stable machine code (the codes each status may carry are listed with the response)' }) code!: string;
  @ApiProperty({ example: '未找到，或您无权查看', description: 'What a person reads: always Chinese' }) message!: string;
  @ApiPropertyOptional({
    description: 'Field-level problems `[{field, message}]` (messages in Chinese), or facts such as `{currentVersion}`; absent when there are none',
    oneOf: [{ type: 'array', items: { type: 'object' } }, { type: 'object' }],
    example: [{ field: 'legalBasis', message: '请填写法律依据' }],
  })
  details?: unknown;
  @ApiProperty({ example: 'b7e0d1c2-4f5a-4e8b-9c3d-2a1f0e9d8c7b', description: 'The request id (header x-correlation-id)' }) correlationId!: string;
}
