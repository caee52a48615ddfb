import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { pageParams } from '@app/core';
import { CurrentPrincipal, Principal, Role, Roles, UsersService } from '@app/identity';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { ApiIfMatch, expectedVersion, IfMatch } from '../common/if-match';
import { CreateUserDto, UpdateUserDto, UserDto, UserListQueryDto, UserPageDto } from './dto/user.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: '列出用户 / Users: everyone for SYS_ADMIN, your own organization for others' })
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentPrincipal() p: Principal, @Query() q: UserListQueryDto): Promise<UserPageDto> {
    const { page, pageSize } = pageParams(q);
    return this.users.list(p, { organizationId: q.organizationId, role: q.role, q: q.q, active: q.active, page, pageSize });
  }

  @Post()
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({ summary: '新建用户 / Create a user (SYS_ADMIN)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiErrors(
    { status: 409, codes: ['USERNAME_TAKEN'] },
    { status: 422, codes: ['ORGANIZATION_NOT_FOUND', 'ROLE_NOT_ALLOWED_FOR_ORGANIZATION', 'DIVISION_REQUIRED'] },
  )
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.create(p, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiOperation({ summary: '查看用户 / One user' })
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<UserDto> {
    return this.users.get(p, id);
  }

  @Patch(':id')
  @ApiIfMatch()
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({ summary: '修改用户 / Change a user (SYS_ADMIN); `active: false` ends their sessions at once' })
  @ApiOkResponse({ type: UserDto })
  @ApiErrors({ status: 409, codes: ['VERSION_CONFLICT'] }, { status: 422, codes: ['ROLE_NOT_ALLOWED_FOR_ORGANIZATION', 'DIVISION_REQUIRED'] })
  update(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: UpdateUserDto, @IfMatch() ifMatch?: string): Promise<UserDto> {
    return this.users.update(p, id, { ...dto, version: expectedVersion(ifMatch, dto.version) });
  }
}
