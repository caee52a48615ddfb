import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { AppException, pageParams } from '@app/core';
import { OrganizationsService } from '@app/directory';
import { ApiTokenService, CurrentPrincipal, hasRole, Principal, Role, Roles } from '@app/identity';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { ApiIfMatch, expectedVersion, IfMatch } from '../common/if-match';
import {
  ApiTokenDto,
  CreateApiTokenDto,
  CreatedApiTokenDto,
  CreateOrganizationDto,
  OrganizationDto,
  OrganizationListQueryDto,
  OrganizationPageDto,
  organizationView,
  UpdateOrganizationDto,
} from './dto/organization.dto';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('api/v1/organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  @Get()
  @ApiOperation({ summary: '列出单位 / The directory (courts, agencies, 人大, 党委), filtered and paged' })
  @ApiOkResponse({ type: OrganizationPageDto })
  async list(@CurrentPrincipal() p: Principal, @Query() q: OrganizationListQueryDto): Promise<OrganizationPageDto> {
    const { page, pageSize } = pageParams(q);
    const found = await this.organizations.list(p, { type: q.type, parentId: q.parentId, regionCode: q.regionCode, q: q.q, active: q.active, page, pageSize });
    return { ...found, items: found.items.map(organizationView) };
  }

  @Post()
  @Roles(Role.SYS_ADMIN)
  @ApiCreatedResponse({ type: OrganizationDto })
  @ApiOperation({ summary: '新建单位 / Create an organization (SYS_ADMIN)' })
  @ApiErrors(
    { status: 409, codes: ['CODE_TAKEN', 'CASE_CODE_TAKEN'] },
    { status: 422, codes: ['PARENT_NOT_FOUND', 'PARENT_TYPE_MISMATCH', 'CASE_CODE_INVALID'] },
  )
  async create(@CurrentPrincipal() p: Principal, @Body() dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return organizationView(await this.organizations.create(p, dto));
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationDto })
  @ApiOperation({ summary: '查看单位 / One organization' })
  async get(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<OrganizationDto> {
    return organizationView(await this.organizations.get(p, id));
  }

  @Patch(':id')
  @ApiIfMatch()
  @Roles(Role.SYS_ADMIN)
  @ApiOkResponse({ type: OrganizationDto })
  @ApiOperation({ summary: '修改单位 / Change an organization (SYS_ADMIN)' })
  @ApiErrors(
    { status: 409, codes: ['VERSION_CONFLICT', 'CODE_TAKEN', 'CASE_CODE_TAKEN'] },
    { status: 422, codes: ['CYCLE', 'PARENT_NOT_FOUND', 'PARENT_TYPE_MISMATCH', 'CASE_CODE_INVALID'] },
  )
  async update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateOrganizationDto,
    @IfMatch() ifMatch?: string,
  ): Promise<OrganizationDto> {
    return organizationView(await this.organizations.update(p, id, { ...dto, version: expectedVersion(ifMatch, dto.version) }));
  }

  @Get(':id/api-tokens')
  @Roles(Role.SYS_ADMIN, Role.AGENCY_LEADER, Role.COURT_ADMIN)
  @ApiOperation({ summary: "列出接口令牌 / An organization's API tokens (SYS_ADMIN, or the organization's own leader/admin)" })
  @ApiOkResponse({ type: [ApiTokenDto] })
  @ApiErrors(403)
  async listTokens(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<ApiTokenDto[]> {
    this.assertTokenManager(p, id);
    return (await this.apiTokens.list(id)).map(({ tokenHash: _h, organizationId: _o, createdBy: _c, ...t }) => t);
  }

  @Post(':id/api-tokens')
  @Roles(Role.SYS_ADMIN, Role.AGENCY_LEADER, Role.COURT_ADMIN)
  @ApiOperation({ summary: '新建接口令牌 / Create an API token for a machine client; the secret is returned once' })
  @ApiCreatedResponse({ type: CreatedApiTokenDto })
  @ApiErrors(403, { status: 422, codes: ['ROLE_NOT_ALLOWED_FOR_ORGANIZATION', 'TOKEN_ROLE_EXCEEDS_CREATOR'] })
  createToken(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: CreateApiTokenDto): Promise<CreatedApiTokenDto> {
    this.assertTokenManager(p, id);
    return this.apiTokens.create(p, id, dto.name, [...new Set(dto.roles)], dto.expiresAt ? new Date(dto.expiresAt) : null);
  }

  @Delete(':id/api-tokens/:tokenId')
  @ApiNoContentResponse({ description: 'Done' })
  @HttpCode(204)
  @Roles(Role.SYS_ADMIN, Role.AGENCY_LEADER, Role.COURT_ADMIN)
  @ApiOperation({ summary: '吊销接口令牌 / Revoke an API token (it stops working at once)' })
  @ApiErrors(403)
  async revokeToken(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Param('tokenId', UuidParamPipe) tokenId: string): Promise<void> {
    this.assertTokenManager(p, id);
    await this.apiTokens.revoke(p, id, tokenId);
  }

  private assertTokenManager(p: Principal, organizationId: string): void {
    if (p.kind !== 'user') throw AppException.forbidden('API tokens cannot manage API tokens');
    if (!hasRole(p, Role.SYS_ADMIN) && p.organizationId !== organizationId) throw AppException.notFound('Organization');
  }
}
