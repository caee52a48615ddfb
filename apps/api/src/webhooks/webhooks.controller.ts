import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  @ApiOperation({ summary: "Subscribe your organization's own system to events (delivery.created, reminder, message, evaluation)" })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateWebhookDto) {
    return this.webhooks.create(p, dto.url, dto.events);
  }

  @Get()
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: [WebhookDto] })
  list(@CurrentPrincipal() p: Principal) {
    return this.webhooks.list(p);
  }

  @Delete(':id')
  @Roles(...MANAGERS)
  @HttpCode(204)
  async remove(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.webhooks.remove(p, id);
  }
}
