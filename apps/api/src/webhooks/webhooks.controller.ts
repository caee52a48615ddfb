import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { WebhooksService } from '@app/webhooks';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CreatedWebhookDto, CreateWebhookDto, WebhookDto } from './dto/webhook.dto';

const MANAGERS = [Role.AGENCY_LEADER, Role.AGENCY_CLERK, Role.COURT_ADMIN, Role.SYS_ADMIN];

@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('api/v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @Roles(...MANAGERS)
  @ApiOperation({ summary: "订阅事件推送 / Subscribe your organization's own system to events (delivery.created, reminder, message, evaluation)" })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  @ApiErrors({ status: 400, codes: ['WEBHOOK_URL_INVALID', 'WEBHOOK_URL_FORBIDDEN', 'WEBHOOK_URL_UNRESOLVABLE'] })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookDto> {
    return this.webhooks.create(p, dto.url, dto.events);
  }

  @Get()
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: [WebhookDto] })
  @ApiOperation({ summary: "列出事件推送订阅 / Your organization's webhook subscriptions" })
  list(@CurrentPrincipal() p: Principal): Promise<WebhookDto[]> {
    return this.webhooks.list(p);
  }

  @Delete(':id')
  @Roles(...MANAGERS)
  @HttpCode(204)
  @ApiOperation({ summary: '取消事件推送订阅 / Unsubscribe a webhook' })
  async remove(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.webhooks.remove(p, id);
  }
}
