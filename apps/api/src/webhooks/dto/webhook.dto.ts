import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { WEBHOOK_EVENTS } from '@app/webhooks';

export class CreateWebhookDto {
  /** Parsed and checked by WebhookTargetPolicy (WHATWG URL, as the sender reads it), not by a second URL parser. */
  @ApiProperty({
    example: 'https://oa.zjj.jinhua.gov.cn/hooks/sifa',
    description:
      'http(s), no credentials; refused (400 WEBHOOK_URL_FORBIDDEN) when its host is or resolves to a loopback, private, link-local, unique-local or other internal address, unless listed in WEBHOOK_ALLOWED_HOSTS',
  })
  @IsString()
  @MaxLength(500)
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events: string[];
}

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true }) events: string[];
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class CreatedWebhookDto extends WebhookDto {
  @ApiProperty({ description: 'HMAC-SHA256 signing secret, shown once. X-Signature: sha256=hex(HMAC(secret, `${X-Signature-Timestamp}.${body}`))' })
  secret: string;
}
