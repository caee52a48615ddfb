import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImpactService } from '@app/cases';
import { CurrentPrincipal, Principal } from '@app/identity';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { ImpactDto } from './dto/impact.dto';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('api/v1/suggestions')
export class ImpactController {
  constructor(private readonly impact: ImpactService) {}

  @Get(':id/impact')
  @ApiOperation({
    summary:
      '治理成效 / 治理成效: the caseload of the letter’s 案由 in its recipient’s region, 12 months before issue vs the 12 months after implementation was confirmed (or to date, annualised), with the region’s whole caseload as control → {cause, region, before, after, change, control, netChange, method}',
  })
  @ApiOkResponse({ type: ImpactDto })
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<ImpactDto> {
    return this.impact.impact(p, id);
  }
}
