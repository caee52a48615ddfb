import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { malformedMultipart, multipartBoundary, MultipartBodyWatch } from '@app/attachments';
import { AppConfig, APP_CONFIG, AppException, CommonErrorCode, pageParams } from '@app/core';
import {
  AuthoritiesService,
  CaseErrorCode,
  CaseImportService,
  CaseQueryService,
  CaseTrendsService,
  LeadDetectionService,
  LeadsService,
  readCaseFile,
} from '@app/cases';
import { CurrentPrincipal, PersonOnly, Principal, Role, Roles } from '@app/identity';
import { SuggestionDraftingService } from '@app/suggestions';
import { Inject } from '@nestjs/common';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { SuggestionDto } from '../suggestions/dto/suggestion-output.dto';
import {
  AuthorityRuleOutDto,
  CaseImportResultDto,
  CasePageDto,
  CaseTrendsDto,
  CauseDto,
  LeadDto,
  LeadPageDto,
  LeadRefreshResultDto,
} from './dto/case-output.dto';
import {
  AuthorityRulesDto,
  BulkCasesDto,
  CaseListQueryDto,
  CauseQueryDto,
  DismissLeadDto,
  DraftFromLeadDto,
  LeadListQueryDto,
  TrendsQueryDto,
} from './dto/case-input.dto';

/**
 * Case records (issue 17): import, the 案由 catalogue, trends, class-case leads. Visibility: a court
 * sees its subtree's cases, a 人大/党委 supervisor its region's, agencies nothing (403 NO_CASE_SCOPE).
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly importer: CaseImportService,
    private readonly query: CaseQueryService,
    private readonly trendsService: CaseTrendsService,
    private readonly leads: LeadsService,
    private readonly detection: LeadDetectionService,
    private readonly authorities: AuthoritiesService,
    private readonly drafting: SuggestionDraftingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('bulk')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({
    summary:
      '批量导入案件 / Import case records (court admin or the court’s API token), idempotent by 案号: ≤ 10,000 per call → {created, updated, unchanged, errors}',
  })
  @ApiErrors(
    { status: 403, codes: ['NO_CASE_SCOPE'] },
    { status: 413, codes: ['TOO_MANY_CASES'] },
    { status: 422, codes: ['CASE_NUMBER_INVALID', 'CAUSE_UNKNOWN'] },
  )
  @ApiOkResponse({ type: CaseImportResultDto })
  bulk(@CurrentPrincipal() p: Principal, @Body() dto: BulkCasesDto): Promise<CaseImportResultDto> {
    return this.importer.importFor(p, dto.cases, { source: 'api' });
  }

  @Post('import')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({
    summary: '上传案件文件 / Upload the import template as CSV (UTF-8) or xlsx (multipart field `file`); rows are numbered as in the file (header = row 1)',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiErrors({ status: 400, codes: ['CASE_FILE_UNREADABLE'] }, { status: 403, codes: ['NO_CASE_SCOPE'] }, 413, 415, {
    status: 422,
    codes: ['CASE_FILE_UNREADABLE'],
  })
  @ApiOkResponse({ type: CaseImportResultDto })
  async upload(@CurrentPrincipal() p: Principal, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<CaseImportResultDto> {
    if (!req.isMultipart()) throw new AppException(415, CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the file as multipart/form-data in the field `file`');
    const boundary = multipartBoundary(req.headers['content-type']);
    if (!boundary) throw malformedMultipart('The multipart content type names no boundary');
    const parsing = req.file();
    const body = new MultipartBodyWatch(req.raw, boundary, this.config.uploadTimeoutMs);
    try {
      const part: MultipartFile | undefined = await body.race(parsing);
      if (!part || part.fieldname !== 'file') {
        if (part) part.file.resume();
        throw new AppException(400, CaseErrorCode.CASE_FILE_UNREADABLE, 'The multipart field `file` is required', [
          { field: 'file', message: '请选择要导入的文件' },
        ]);
      }
      const data = await body.race(part.toBuffer());
      await body.complete();
      const rows = await readCaseFile(part.filename, data);
      const total = {
        created: 0,
        updated: 0,
        unchanged: 0,
        errors: [] as { row: number; field: string; message: string }[],
        naturalPersonNamesDropped: 0,
        rows: rows.length,
      };
      for (let i = 0; i < rows.length; i += 10_000) {
        const r = await this.importer.importFor(p, rows.slice(i, i + 10_000), { source: 'upload', firstRow: i + 2 });
        total.created += r.created;
        total.updated += r.updated;
        total.unchanged += r.unchanged;
        total.naturalPersonNamesDropped += r.naturalPersonNamesDropped;
        total.errors.push(...r.errors);
      }
      return total;
    } catch (e) {
      if (body.signal.aborted) reply.header('connection', 'close');
      throw e;
    } finally {
      body.dispose();
    }
  }

  @Get()
  @ApiOperation({ summary: '查询案件 / Case records in the caller’s scope: by 案号 (any spelling), 案由 (with children), court subtree' })
  @ApiErrors({ status: 403, codes: ['NO_CASE_SCOPE'] }, { status: 422, codes: ['CASE_NUMBER_INVALID', 'CAUSE_UNKNOWN'] })
  @ApiOkResponse({ type: CasePageDto })
  list(@CurrentPrincipal() p: Principal, @Query() q: CaseListQueryDto): Promise<CasePageDto> {
    const { page, pageSize } = pageParams(q);
    return this.query.list(p, { caseNumber: q.caseNumber, cause: q.cause, courtId: q.courtId, page, pageSize });
  }

  @Get('causes')
  @ApiOperation({ summary: '案由目录 / The 案由 catalogue (民事案件案由规定 2020 and the administrative causes): matches of q, or the first two levels' })
  @ApiOkResponse({ type: [CauseDto] })
  causes(@Query() q: CauseQueryDto): CauseDto[] {
    return this.query.causes(q.q);
  }

  @Get('trends')
  @ApiOperation({ summary: '案件趋势 / Counts by period with year-on-year change, top organisation parties and causes, from the rollups' })
  @ApiErrors({ status: 403, codes: ['NO_CASE_SCOPE'] }, { status: 422, codes: ['CAUSE_UNKNOWN'] })
  @ApiOkResponse({ type: CaseTrendsDto })
  trends(@CurrentPrincipal() p: Principal, @Query() q: TrendsQueryDto): Promise<CaseTrendsDto> {
    return this.trendsService.trends(p, q);
  }

  @Get('leads')
  @ApiOperation({ summary: '列出类案线索 / Class-case leads (类案线索) of a court in scope (default: your own court’s; a 人大: its region’s)' })
  @ApiErrors({ status: 403, codes: ['NO_CASE_SCOPE'] })
  @ApiOkResponse({ type: LeadPageDto })
  listLeads(@CurrentPrincipal() p: Principal, @Query() q: LeadListQueryDto): Promise<LeadPageDto> {
    const { page, pageSize } = pageParams(q);
    return this.leads.list(p, { courtId: q.courtId, status: q.status as never, page, pageSize });
  }

  @Post('leads/refresh')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @PersonOnly()
  @ApiOperation({ summary: '重新检测类案线索 / Run lead detection now for your court and the courts below it (the worker runs it daily for all)' })
  @ApiErrors({ status: 403, codes: ['NO_CASE_SCOPE'] })
  @ApiOkResponse({ type: LeadRefreshResultDto })
  async refresh(@CurrentPrincipal() p: Principal): Promise<LeadRefreshResultDto> {
    const courts = await this.leads.ownArea(p);
    const result = await this.detection.detect(courts);
    await this.leads.auditRefresh(p, result);
    return result;
  }

  @Get('leads/:id')
  @ApiOperation({ summary: '查看类案线索 / One lead with its evidence' })
  @ApiOkResponse({ type: LeadDto })
  @ApiErrors({ status: 403, codes: ['NO_CASE_SCOPE', 'FORBIDDEN'] })
  getLead(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<LeadDto> {
    return this.leads.get(p, id);
  }

  @Post('leads/:id/draft')
  @HttpCode(201)
  @Roles(Role.JUDGE)
  @ApiOperation({
    summary: '据线索起草 / 据此起草: a CLASS_CASE draft prefilled from the lead (title, figures, sample cases, recipient); the lead becomes DRAFTED',
  })
  @ApiErrors({ status: 409, codes: ['LEAD_NOT_OPEN'] }, { status: 422, codes: ['LEAD_NOT_OPEN'] })
  @ApiCreatedResponse({ type: SuggestionDto })
  @ApiErrors({ status: 403, codes: ['NO_CASE_SCOPE', 'FORBIDDEN'] })
  async draft(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: DraftFromLeadDto): Promise<SuggestionDto> {
    const { draft } = await this.leads.prepareDraft(p, id, dto.organizationId);
    return this.drafting.create(
      p,
      {
        title: draft.title,
        category: draft.category as never,
        domain: draft.domain,
        background: draft.background,
        items: draft.items,
        sourceCases: draft.sourceCases,
        recipients: draft.recipients as never,
      },
      (m, suggestionId) => this.leads.markDrafted(m, p, id, suggestionId, draft),
    );
  }

  @Post('leads/:id/dismiss')
  @HttpCode(200)
  @Roles(Role.JUDGE, Role.COURT_ADMIN, Role.COURT_LEADER)
  @ApiOperation({ summary: '不予采用线索 / NEW → DISMISSED with a reason' })
  @ApiErrors({ status: 409, codes: ['VERSION_CONFLICT', 'LEAD_NOT_OPEN'] })
  @ApiOkResponse({ type: LeadDto })
  @ApiErrors({ status: 403, codes: ['NO_CASE_SCOPE', 'FORBIDDEN'] })
  dismiss(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: DismissLeadDto): Promise<LeadDto> {
    return this.leads.dismiss(p, id, dto.reason, dto.version);
  }

  @Get('authorities')
  @ApiOperation({ summary: '主管机关对照表 / The 案由/领域 → competent authority table leads suggest recipients from' })
  @ApiOkResponse({ type: [AuthorityRuleOutDto] })
  listAuthorities(): Promise<AuthorityRuleOutDto[]> {
    return this.authorities.list();
  }

  @Put('authorities')
  @Roles(Role.SYS_ADMIN)
  @PersonOnly()
  @ApiOperation({ summary: '替换主管机关对照表 / Replace the authority table (system administrator)' })
  @ApiErrors({ status: 422, codes: ['CAUSE_UNKNOWN'] })
  @ApiOkResponse({ type: [AuthorityRuleOutDto], description: 'The table as it is now' })
  replaceAuthorities(@CurrentPrincipal() p: Principal, @Body() dto: AuthorityRulesDto): Promise<AuthorityRuleOutDto[]> {
    return this.authorities.replace(p, dto.rules);
  }
}
