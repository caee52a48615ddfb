import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal } from '@app/identity';
import { SearchService } from '@app/search';
import { SearchPageDto, SearchQueryDto } from './dto/search.dto';

@ApiTags('search')
@ApiBearerAuth()
@Controller('api/v1/search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @ApiOperation({ summary: '全文搜索 / Letters, items, replies and messages the caller may see, ranked and highlighted' })
  @ApiOkResponse({ type: SearchPageDto })
  find(@CurrentPrincipal() p: Principal, @Query() q: SearchQueryDto): Promise<SearchPageDto> {
    return this.search.search(p, q.q, q.page ?? 1, q.pageSize ?? 20);
  }
}
