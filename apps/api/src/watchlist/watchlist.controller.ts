import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { CurrentPrincipal, PersonOnly, Principal, Role, Roles } from '@app/identity';
import { WatchlistService } from '@app/worklist';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { CreateWatchDto, WatchDto, WatchListQueryDto } from './dto/watch.dto';

const WATCHERS = [Role.SUPERVISOR, Role.COURT_ADMIN, Role.COURT_LEADER];

/** A supervisor's watch list (督办关注): letters or single deliveries they follow — a person's own list, so API tokens get 403 PERSON_REQUIRED. */
@ApiTags('supervision')
@ApiBearerAuth()
@PersonOnly()
@Controller('api/v1/watchlist')
export class WatchlistController {
  constructor(private readonly watches: WatchlistService) {}

  @Get()
  @Roles(...WATCHERS)
  @ApiOperation({ summary: '我的关注 / My watch list, with each delivery’s state and due dates' })
  @ApiOkResponse({ type: [WatchDto] })
  list(@CurrentPrincipal() p: Principal, @Query() q: WatchListQueryDto): Promise<WatchDto[]> {
    return this.watches.list(p, q.suggestionId?.toLowerCase());
  }

  @Post()
  @Roles(...WATCHERS)
  @ApiOperation({ summary: '关注 / Watch a letter (or one delivery of it) I can see; 404 if I cannot, 409 if already watched' })
  @ApiCreatedResponse({ type: WatchDto })
  @ApiErrors({ status: 409, codes: ['ALREADY_WATCHED'] })
  add(@CurrentPrincipal() p: Principal, @Body() dto: CreateWatchDto): Promise<WatchDto> {
    return this.watches.add(p, { suggestionId: dto.suggestionId.toLowerCase(), deliveryId: dto.deliveryId?.toLowerCase(), note: dto.note });
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...WATCHERS)
  @ApiOperation({ summary: '取消关注 / Stop watching' })
  @ApiNoContentResponse()
  async remove(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.watches.remove(p, id);
  }
}
