import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { SimilarService } from '@app/search';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { SimilarCheckDto, SimilarCheckQueryDto, SimilarLetterDto } from './dto/search.dto';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('api/v1/suggestions')
export class SimilarController {
  constructor(private readonly similar: SimilarService) {}

  @Get('similar')
  @Roles(Role.JUDGE, Role.DIVISION_HEAD, Role.COURT_LEADER, Role.COURT_ADMIN)
  @ApiOperation({
    summary:
      '起草时查类似建议 / Drafting-time check: letters on the same problem or to the same recipient — those the caller may see, and those other courts nearby have issued',
    description:
      '`elsewhere`: letters issued by the courts under the same higher court or in the same city-level region, with title, number, court, main recipients, issue date and state only (no id, no content). `excludeId` (the draft itself) must be a letter the caller sees, else 404.',
  })
  @ApiOkResponse({ type: SimilarCheckDto })
  check(@CurrentPrincipal() p: Principal, @Query() q: SimilarCheckQueryDto): Promise<SimilarCheckDto> {
    return this.similar.check(p, { title: q.title, recipientIds: q.recipientIds ?? [], excludeId: q.excludeId });
  }

  @Get(':id/similar')
  @ApiOperation({ summary: '类似建议 / Earlier letters on the same problem or to the same recipient (that the caller may see)' })
  @ApiOkResponse({ type: [SimilarLetterDto] })
  find(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<SimilarLetterDto[]> {
    return this.similar.similar(p, id);
  }
}
