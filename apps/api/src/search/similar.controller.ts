import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@app/identity';
import { SimilarService } from '@app/search';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { SimilarLetterDto } from './dto/search.dto';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('api/v1/suggestions')
export class SimilarController {
  constructor(private readonly similar: SimilarService) {}

  @Get(':id/similar')
  @ApiOperation({ summary: 'Earlier letters on the same problem or to the same recipient (that the caller may see)' })
  @ApiOkResponse({ type: [SimilarLetterDto] })
  find(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string) {
    return this.similar.similar(p, id);
  }
}
