import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { pageParams } from '@app/core';
import { Role, Roles } from '@app/identity';
import { CaughtMailsService } from '@app/notifications';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { DevOnlyGuard } from './dev-only.guard';
import { DevMailDto, DevMailPageDto, DevMailQueryDto } from './dto/dev-mail.dto';

/** The mail the demo's built-in SMTP catcher received (SYS_ADMIN; demo/development/test only). */
@ApiTags('dev')
@ApiBearerAuth()
@Controller('api/v1/dev/mails')
@Roles(Role.SYS_ADMIN)
@UseGuards(DevOnlyGuard)
export class DevMailsController {
  constructor(private readonly mails: CaughtMailsService) {}

  @Get()
  @ApiOperation({ summary: '演示邮箱：邮件列表 / Caught mails, newest first (404 unless APP_ENV is demo, development or test)' })
  @ApiOkResponse({ type: DevMailPageDto })
  list(@Query() q: DevMailQueryDto): Promise<DevMailPageDto> {
    const { page, pageSize } = pageParams(q);
    return this.mails.list({ to: q.to, page, pageSize });
  }

  @Get(':id')
  @ApiOperation({ summary: '演示邮箱：查看邮件 / One caught mail with its text, HTML and headers' })
  @ApiOkResponse({ type: DevMailDto })
  get(@Param('id', UuidParamPipe) id: string): Promise<DevMailDto> {
    return this.mails.get(id);
  }
}
