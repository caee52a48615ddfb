import { Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto, pageParams } from '@app/core';
import { AuditCheckpointService, AuditEventEntity, AuditSigner, AuditVerifier } from '@app/audit';
import { JurisdictionService } from '@app/directory';
import { actorOf, CurrentPrincipal, Principal, Public, Role, Roles } from '@app/identity';
import { DataSource } from 'typeorm';
import { AUDIT_PUBLIC_DATA, auditRowScope, auditRowWhole } from './audit-scope';
import { AuditCheckpointDto, AuditCheckpointPageDto, AuditEventPageDto, AuditPublicKeyDto, AuditVerificationDto } from './dto/audit.dto';

class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Events about this entity' }) @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional({ example: 'auth.login' }) @IsOptional() @IsString() @MaxLength(64) action?: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(
    private readonly verifier: AuditVerifier,
    private readonly checkpoints: AuditCheckpointService,
    private readonly signer: AuditSigner,
    private readonly jurisdiction: JurisdictionService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Roles(Role.COURT_ADMIN, Role.SUPERVISOR, Role.SYS_ADMIN)
  @ApiOperation({ summary: '审计日志 / Audit events the caller may see (rows about a letter exactly when the letter is visible), newest first' })
  @ApiOkResponse({ type: AuditEventPageDto })
  async list(@CurrentPrincipal() p: Principal, @Query() q: AuditQueryDto): Promise<AuditEventPageDto> {
    const { page, pageSize, offset } = pageParams(q);
    const scope = auditRowScope(this.jurisdiction, await this.jurisdiction.resolve(p), p);
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e').where(scope.sql, scope.params);
    if (q.entityId) qb.andWhere('e.entityId = :entityId', { entityId: q.entityId });
    if (q.action) qb.andWhere('e.action = :action', { action: q.action });
    const [rows, total] = await qb.orderBy('e.id', 'DESC').offset(offset).limit(pageSize).getManyAndCount();
    const whole = await this.wholeRows(p, rows);
    const items = rows.map(({ prevHash: _p, ...r }) =>
      whole.has(r.id)
        ? r
        : { ...r, actorUserId: null, actorName: null, data: Object.fromEntries(Object.entries(r.data).filter(([k]) => AUDIT_PUBLIC_DATA.includes(k))) },
    );
    return { items, total, page, pageSize };
  }

  /** The ids among `rows` the caller reads whole (the others are shown without their internal data). */
  private async wholeRows(p: Principal, rows: AuditEventEntity[]): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const rule = auditRowWhole(p);
    const found = await this.dataSource
      .createQueryBuilder()
      .select('e.id', 'id')
      .from(AuditEventEntity, 'e')
      .where('e.id IN (:...ids)', { ids: rows.map((r) => r.id) })
      .andWhere(rule.sql, rule.params)
      .getRawMany<{ id: string }>();
    return new Set(found.map((r) => String(r.id)));
  }

  @Get('verify')
  @Roles(Role.COURT_ADMIN, Role.SUPERVISOR, Role.SYS_ADMIN)
  @ApiOperation({ summary: '校验审计链 / Recompute the keyed hash chains and check them against every signed checkpoint; names the first broken row' })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(): Promise<AuditVerificationDto> {
    return this.verifier.verify();
  }

  @Post('checkpoints')
  @Roles(Role.SYS_ADMIN)
  @ApiOperation({ summary: '生成审计检查点 / Sign and store the head of every audit chain now (also taken daily by the worker); mails the digest' })
  @ApiCreatedResponse({ type: AuditCheckpointDto })
  takeCheckpoint(@CurrentPrincipal() p: Principal): Promise<AuditCheckpointDto> {
    return this.checkpoints.take(actorOf(p));
  }

  @Get('checkpoints')
  @Roles(Role.COURT_ADMIN, Role.SUPERVISOR, Role.SYS_ADMIN)
  @ApiOperation({ summary: '列出审计检查点 / Signed checkpoints, newest first' })
  @ApiOkResponse({ type: AuditCheckpointPageDto })
  listCheckpoints(@Query() q: PageQueryDto): Promise<AuditCheckpointPageDto> {
    const { page, pageSize } = pageParams(q);
    return this.checkpoints.list(page, pageSize);
  }

  @Get('public-key')
  @Public()
  @ApiOperation({ summary: '审计签名公钥 / The Ed25519 public key that verifies checkpoint signatures (PEM, raw base64, fingerprint)' })
  @ApiOkResponse({ type: AuditPublicKeyDto })
  publicKey(): AuditPublicKeyDto {
    return this.signer.publicKey;
  }
}
