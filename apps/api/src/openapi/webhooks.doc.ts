import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { WEBHOOK_EVENTS } from '@app/webhooks';

/** `data.letter` of every webhook: what an OA system needs to file the event without calling back. */
export class WebhookLetterDto {
  @ApiProperty({ format: 'uuid' }) suggestionId!: string;
  @ApiProperty({ type: String, nullable: true, example: '兰溪法建〔2025〕3号' }) docNumber!: string | null;
  @ApiProperty({ example: '关于规范住宅小区物业服务收费公示的司法建议' }) title!: string;
  @ApiProperty({ example: '兰溪市人民法院' }) courtName!: string;
  @ApiProperty({ example: '兰溪市市场监督管理局', description: 'The recipient of the delivery' }) organizationName!: string;
  @ApiProperty({ enum: ['MAIN', 'COPY'] }) kind!: string;
  @ApiProperty({ type: String, nullable: true, example: '2025-06-05' }) signDueDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2025-08-04' }) replyDueDate!: string | null;
  @ApiProperty({ example: 'https://sifa.example.gov.cn/deliveries/0b6c…', description: 'The delivery in the web app' }) url!: string;
}

/** `data.reminder` of a `reminder` event. */
export class WebhookReminderDto {
  @ApiProperty({
    enum: [
      'DELIVERY_NOTICE',
      'SIGN_DUE_SOON',
      'SIGN_OVERDUE',
      'REPLY_DUE_SOON',
      'REPLY_DUE_TODAY',
      'REPLY_OVERDUE',
      'COPY_SUPERIOR_SUGGESTED',
      'EXTENSION_PENDING',
      'FOLLOW_UP_DUE',
    ],
  })
  kind!: string;
  @ApiProperty({ type: 'integer', example: 1, description: 'Escalation stage of this kind (1 = first reminder)' }) stage!: number;
  @ApiProperty({ type: 'integer', example: 0, description: 'Which repetition of the stage' }) period!: number;
  @ApiProperty({ type: String, nullable: true, example: '2025-08-04' }) dueDate!: string | null;
  @ApiProperty({ type: 'integer', example: 3 }) daysOverdue!: number;
}

export class WebhookDataDto {
  @ApiProperty({ format: 'uuid' }) deliveryId!: string;
  @ApiProperty({ type: WebhookLetterDto }) letter!: WebhookLetterDto;
  @ApiPropertyOptional({ type: WebhookReminderDto, description: '`reminder` events only' }) reminder?: WebhookReminderDto;
}

/** The JSON body POSTed to a subscribed URL. */
export class WebhookPayloadDto {
  @ApiProperty({ format: 'uuid', description: 'This message (also X-Delivery-Id; stable across retries: de-duplicate by it)' }) id!: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS }) event!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ format: 'uuid', description: 'The delivery (one recipient’s copy of a letter) the event is about' }) deliveryId!: string;
  @ApiProperty({ type: WebhookDataDto, description: 'The event’s own facts (e.g. messageId) plus `letter`, and `reminder` for reminders' })
  data!: WebhookDataDto;
}

export const WEBHOOK_MODELS = [WebhookPayloadDto, WebhookDataDto, WebhookLetterDto, WebhookReminderDto];

const VERIFY =
  'Verify before trusting the body: `X-Signature` is `sha256=<hex>` where hex = HMAC-SHA256(secret, `<X-Signature-Timestamp>.<raw body>`), ' +
  'the secret being the one answered once by POST /api/v1/webhooks. Recompute it over the raw bytes, compare in constant time, and reject a ' +
  'timestamp more than a few minutes old. Answer 2xx within 10 s; anything else is retried with exponential backoff.';

const header = (name: string, description: string, example?: string) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string', example },
});

/** The OpenAPI 3.1 `webhooks` section, kept as `x-webhooks` in this 3.0 document: one entry per event. */
export function webhooksSection(): Record<string, unknown> {
  return Object.fromEntries(
    WEBHOOK_EVENTS.map((event) => [
      event,
      {
        post: {
          summary: `webhook ${event}`,
          description: VERIFY,
          parameters: [
            header('X-Event', 'The event', event),
            header('X-Webhook-Id', 'The subscription'),
            header('X-Delivery-Id', 'This message; stable across retries'),
            header('X-Signature-Timestamp', 'Unix seconds when this attempt was signed', '1767225600'),
            header('X-Signature', 'sha256=<hex HMAC-SHA256(secret, `<timestamp>.<raw body>`)>'),
          ],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: getSchemaPath(WebhookPayloadDto) } } } },
          responses: { '2XX': { description: 'Received; any other answer or a timeout (10 s) is retried' } },
        },
      },
    ]),
  );
}
