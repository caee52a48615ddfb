import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, pageParams } from '@app/core';
import { AuditEventEntity, AuditService } from '@app/audit';
import { JurisdictionService } from '@app/directory';
import { CurrentPrincipal, hasRole, Principal, Role, Roles } from '@app/identity';
import { DataSource } from 'typeorm';

class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Events about this entity' }) @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional({ example: 'auth.login' }) @IsOptional() @IsString() @MaxLength(64) action?: string;
}

class AuditVerificationDto {
  @ApiProperty() valid: boolean;
  @ApiProperty() checked: number;
  @ApiProperty({ nullable: true, type: String, description: 'id of the first row whose chain does not hold' }) firstBrokenId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly jurisdiction: JurisdictionService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Roles(Role.COURT_ADMIN, Role.SUPERVISOR, Role.SYS_ADMIN)
  @ApiOperation({ summary: 'Audit events about organizations in your jurisdiction, newest first' })
  async list(@CurrentPrincipal() p: Principal, @Query() q: AuditQueryDto) {
    const { page, pageSize, offset } = pageParams(q);
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (!hasRole(p, Role.SYS_ADMIN)) {
      const j = await this.jurisdiction.resolve(p);
      const sub = this.jurisdiction.courtIdsSubquery(j.courtScope);
      if (sub) qb.andWhere(`(e.organizationId IN (${sub.sql}) OR e.organizationId = :own)`, { ...sub.params, own: p.organizationId });
      else qb.andWhere('e.organizationId = :own', { own: p.organizationId });
    }
    if (q.entityId) qb.andWhere('e.entityId = :entityId', { entityId: q.entityId });
    if (q.action) qb.andWhere('e.action = :action', { action: q.action });
    const [rows, total] = await qb.orderBy('e.id', 'DESC').offset(offset).limit(pageSize).getManyAndCount();
    return { items: rows.map(({ prevHash: _p, ...r }) => r), total, page, pageSize };
  }

  @Get('verify')
  @Roles(Role.COURT_ADMIN, Role.SUPERVISOR, Role.SYS_ADMIN)
  @ApiOperation({ summary: 'Recompute the hash chain; names the first broken row' })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify() {
    return this.audit.verify();
  }
}
