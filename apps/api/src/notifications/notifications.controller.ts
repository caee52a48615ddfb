import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageParams } from '@app/core';
import { CurrentPrincipal, Principal } from '@app/identity';
import { InAppNotificationEntity, NoticesService } from '@app/notifications';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { NotificationDto, NotificationListQueryDto, NotificationPageDto, ReadAllResultDto } from './dto/notification.dto';

function toDto(n: InAppNotificationEntity): NotificationDto {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    suggestionId: n.suggestionId,
    deliveryId: n.deliveryId,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(private readonly notices: NoticesService) {}

  @Get()
  @ApiOperation({ summary: "站内通知 / The caller's in-app notices, newest first" })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(@CurrentPrincipal() p: Principal, @Query() q: NotificationListQueryDto): Promise<NotificationPageDto> {
    const { page, pageSize } = pageParams(q);
    const res = await this.notices.list(p.userId, { unreadOnly: q.unread, page, pageSize });
    return { ...res, items: res.items.map(toDto) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: '全部通知标为已读 / Mark all of your notices read' })
  @ApiOkResponse({ type: ReadAllResultDto })
  async readAll(@CurrentPrincipal() p: Principal): Promise<ReadAllResultDto> {
    const marked = await this.notices.markAllRead(p.userId);
    return { marked, unread: 0 };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: '通知标为已读 / Mark one of your notices read' })
  @ApiOkResponse({ type: NotificationDto })
  async read(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<NotificationDto> {
    return toDto(await this.notices.markRead(p.userId, id));
  }
}
