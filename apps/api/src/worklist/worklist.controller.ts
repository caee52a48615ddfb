import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { WorklistService } from '@app/worklist';
import { WorkListDto, WorklistQueryDto } from './dto/worklist.dto';

/** The court administrator's work list (待办): what needs their action, and what supervisors follow. */
@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1/worklist')
export class WorklistController {
  constructor(private readonly worklist: WorklistService) {}

  @Get()
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({
    summary:
      '待办工作清单 / Items needing action in my court (paged, most pressing first): overdue, extension requests, returned letters to re-route, replies to evaluate, follow-ups due, implementation to confirm, and anything with 督办意见 or on a supervisor’s watch list',
  })
  @ApiOkResponse({ type: WorkListDto })
  @ApiErrors(403)
  list(@CurrentPrincipal() p: Principal, @Query() q: WorklistQueryDto): Promise<WorkListDto> {
    return this.worklist.list(p, { type: q.type, page: q.page ?? 1, pageSize: q.pageSize ?? 20 });
  }
}
