import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUrl, MaxLength } from 'class-validator';
import { WEBHOOK_EVENTS } from '@app/webhooks';

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://oa.zjj.jinhua.gov.cn/hooks/sifa' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
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
