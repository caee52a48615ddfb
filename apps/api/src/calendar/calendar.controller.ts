import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { AppException, isIsoDate } from '@app/core';
import { CalendarService, DeadlineService } from '@app/deadlines';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { CalendarYearPipe } from './calendar-year.pipe';
import { CalendarDto, DueDateDto, DueDateQueryDto, PutCalendarDto } from './dto/calendar.dto';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly deadlines: DeadlineService,
  ) {}

  @Get('due-date')
  @ApiOperation({
    summary:
      '计算期限 / A due date on the legal calendar: from + N months (a last day on a holiday or rest day moves to the next working day, 民事诉讼法 第85条), or from + N working days',
  })
  @ApiOkResponse({ type: DueDateDto })
  @ApiErrors({ status: 422, codes: ['CALENDAR_NOT_LOADED'] })
  async dueDate(@Query() q: DueDateQueryDto): Promise<DueDateDto> {
    const hasMonths = q.months !== undefined;
    const hasDays = q.workingDays !== undefined;
    if (hasMonths === hasDays) {
      throw AppException.validation([{ field: hasMonths ? 'workingDays' : 'months', message: 'give exactly one of months or workingDays' }]);
    }
    if (!isIsoDate(q.from)) throw AppException.validation([{ field: 'from', message: `"${q.from}" is not a calendar date` }]);
    if (hasMonths) {
      const r = await this.deadlines.monthsDue(q.from, q.months!);
      return { from: q.from, months: q.months, ...r };
    }
    const r = await this.deadlines.workingDaysDue(q.from, q.workingDays!);
    return { from: q.from, workingDays: q.workingDays, ...r };
  }

  @Get(':year')
  @ApiOperation({
    summary: "查看法定节假日日历 / One year's legal calendar: statutory holidays and 调休 working weekend days (404 CALENDAR_NOT_LOADED when not entered)",
  })
  @ApiParam({ name: 'year', example: 2025 })
  @ApiOkResponse({ type: CalendarDto })
  @ApiErrors({ status: 404, codes: ['CALENDAR_NOT_LOADED'] })
  get(@Param('year', CalendarYearPipe) year: number): Promise<CalendarDto> {
    return this.calendars.get(year);
  }

  @Put(':year')
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({ summary: "录入法定节假日日历 / Enter or replace one year's legal calendar (SYS_ADMIN); audited; due dates use it at once" })
  @ApiParam({ name: 'year', example: 2027 })
  @ApiOkResponse({ type: CalendarDto })
  @ApiErrors({ status: 409, codes: ['VERSION_CONFLICT'] })
  put(@CurrentPrincipal() p: Principal, @Param('year', CalendarYearPipe) year: number, @Body() dto: PutCalendarDto): Promise<CalendarDto> {
    return this.calendars.put(p, year, dto);
  }
}
