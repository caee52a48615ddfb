import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { pageParams } from '@app/core';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { EscalationService, SuggestionApprovalService, SuggestionDraftingService, SuggestionQueryService } from '@app/suggestions';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { ApiIfMatch, expectedVersion, IfMatch } from '../common/if-match';
import {
  CommitteeDto,
  ConsultationDto,
  CreateSuggestionDto,
  DecisionDto,
  EscalationDecisionDto,
  SuggestionListQueryDto,
  UpdateSuggestionDto,
  VersionDto,
  VersionQueryDto,
  WithdrawDto,
  DistrictCheckQueryDto,
} from './dto/suggestion-input.dto';
import { DistrictCheckDto, SuggestionDto, SuggestionPageDto, TimelineEntryDto } from './dto/suggestion-output.dto';

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('api/v1/suggestions')
export class SuggestionsController {
  constructor(
    private readonly drafting: SuggestionDraftingService,
    private readonly approval: SuggestionApprovalService,
    private readonly escalation: EscalationService,
    private readonly query: SuggestionQueryService,
  ) {}

  @Post()
  @Roles(Role.JUDGE)
  @ApiOperation({ summary: '起草建议书 / Draft a suggestion (JUDGE) → DRAFT' })
  @ApiCreatedResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 422, codes: ['RECIPIENT_INVALID', 'CASE_NUMBER_INVALID', 'ATTACHMENT_NOT_FOUND'] })
  create(@CurrentPrincipal() p: Principal, @Body() dto: CreateSuggestionDto): Promise<SuggestionDto> {
    return this.drafting.create(p, dto);
  }

  @Get()
  @ApiOperation({ summary: '列出建议书 / Letters the caller may see, filtered and paged' })
  @ApiOkResponse({ type: SuggestionPageDto })
  list(@CurrentPrincipal() p: Principal, @Query() q: SuggestionListQueryDto): Promise<SuggestionPageDto> {
    const { page, pageSize } = pageParams(q);
    return this.query.list(p, { status: q.status, category: q.category, courtId: q.courtId, q: q.q, from: q.from, to: q.to, page, pageSize });
  }

  @Get('district-check')
  @Roles(Role.JUDGE, Role.DIVISION_HEAD, Role.COURT_LEADER, Role.COURT_ADMIN)
  @ApiOperation({
    summary: '辖区检查 / Art. 3 before saving: which would-be MAIN recipients lie outside the caller’s court’s district',
    description:
      'The rule sign-off applies (a recipient inside the district has the court’s region code or one inside it). With any recipient outside, sign-off sends the letter up to `higherCourtName` as a 工作建议 instead of numbering it. Unknown or inactive ids → 422 RECIPIENT_INVALID.',
  })
  @ApiOkResponse({ type: DistrictCheckDto })
  @ApiErrors(403, { status: 422, codes: ['RECIPIENT_INVALID'] })
  districtCheck(@CurrentPrincipal() p: Principal, @Query() q: DistrictCheckQueryDto): Promise<DistrictCheckDto> {
    return this.drafting.districtCheck(p, q.organizationIds.split(','));
  }

  @Get(':id')
  @ApiOkResponse({ type: SuggestionDto })
  @ApiOperation({ summary: '查看建议书 / One letter with its items, recipients, deliveries (as the caller may see them), version and allowedActions' })
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<SuggestionDto> {
    return this.query.get(p, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.JUDGE)
  @ApiOperation({
    summary: '删除草稿 / Delete a draft never submitted (its author) — soft delete, audited; the letter answers 404 from then on',
    description: 'Only a DRAFT (never submitted); anything else 409 INVALID_TRANSITION. A letter that was sent is withdrawn instead (POST …/withdraw).',
  })
  @ApiNoContentResponse()
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] })
  async remove(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Query() q: VersionQueryDto): Promise<void> {
    await this.drafting.remove(p, id, q.version);
  }

  @Patch(':id')
  @ApiIfMatch()
  @Roles(Role.JUDGE, Role.COURT_ADMIN)
  @ApiOperation({
    summary: '修改建议书 / Edit while DRAFT or RETURNED (saves a version); a letter adopted from a lower court: its research office (COURT_ADMIN)',
  })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(
    403,
    { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] },
    {
      status: 422,
      codes: ['RECIPIENT_INVALID', 'CASE_NUMBER_INVALID', 'ATTACHMENT_NOT_FOUND'],
    },
  )
  update(
    @CurrentPrincipal() p: Principal,
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateSuggestionDto,
    @IfMatch() ifMatch?: string,
  ): Promise<SuggestionDto> {
    return this.drafting.update(p, id, { ...dto, version: expectedVersion(ifMatch, dto.version) });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(Role.JUDGE, Role.COURT_ADMIN)
  @ApiOperation({ summary: '提交审核 / DRAFT|RETURNED → IN_REVIEW; a letter adopted from a lower court (COURT_ADMIN) → IN_APPROVAL' })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] }, { status: 422, codes: ['LETTER_INCOMPLETE'] })
  submit(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: VersionDto): Promise<SuggestionDto> {
    return this.drafting.submit(p, id, dto.version);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Roles(Role.DIVISION_HEAD)
  @ApiOperation({ summary: '庭长审核 / 庭长 review: APPROVE → IN_APPROVAL, RETURN (with comment) → RETURNED' })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'SELF_APPROVAL'] })
  review(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: DecisionDto): Promise<SuggestionDto> {
    return this.drafting.review(p, id, dto.decision, dto.comment, dto.version);
  }

  @Post(':id/committee')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({ summary: '记录审委会决定 / Record the 审判委员会 decision (required before approving a GOVERNANCE letter)' })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] })
  committee(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: CommitteeDto): Promise<SuggestionDto> {
    return this.drafting.recordCommittee(p, id, dto.meetingDate, dto.resolution, dto.version);
  }

  @Post(':id/consultations')
  @HttpCode(200)
  @Roles(Role.JUDGE, Role.COURT_ADMIN)
  @ApiOperation({ summary: '记录发前沟通 / Log a pre-issue consultation with a recipient (Art. 5)' })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] }, { status: 422, codes: ['RECIPIENT_INVALID'] })
  consult(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: ConsultationDto): Promise<SuggestionDto> {
    return this.drafting.consult(p, id, dto.date, dto.organizationId, dto.summary, dto.version);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(Role.COURT_LEADER)
  @ApiOperation({ summary: '院领导签发 / 签发: APPROVE issues (number, deliveries) or escalates (Art. 3); RETURN → RETURNED' })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'COMMITTEE_DECISION_REQUIRED', 'NO_HIGHER_COURT', 'SELF_APPROVAL'] })
  approve(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: DecisionDto): Promise<SuggestionDto> {
    return this.approval.approve(p, id, dto.decision, dto.comment, dto.version);
  }

  @Post(':id/escalation')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({
    summary: '上级法院处理报送的建议 / The higher court decides an ESCALATED letter: ADOPT or RETURN',
    description:
      'ADOPT answers the higher court’s new DRAFT (`originalId` = the escalated letter; the original carries `adoptedAsId`), which its research office edits (PATCH) and submits to its leader. RETURN sends the letter back to the drafting judge.',
  })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'ESCALATION_ALREADY_ADOPTED'] })
  escalationDecision(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: EscalationDecisionDto): Promise<SuggestionDto> {
    return dto.decision === 'ADOPT'
      ? this.escalation.adopt(p, id, dto.comment, dto.version)
      : this.escalation.returnToCourt(p, id, dto.comment ?? '', dto.version);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(Role.JUDGE, Role.COURT_ADMIN, Role.COURT_LEADER)
  @ApiOperation({ summary: '撤回建议书 / Withdraw — only while no main recipient has signed' })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'MAIN_DELIVERY_SIGNED'] })
  withdraw(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: WithdrawDto): Promise<SuggestionDto> {
    return this.approval.withdraw(p, id, dto.reason, dto.version);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({ summary: '归档 / CLOSED → ARCHIVED' })
  @ApiOkResponse({ type: SuggestionDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] })
  archive(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: VersionDto): Promise<SuggestionDto> {
    return this.approval.archive(p, id, dto.version);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: '办理时间线 / Every step with actor, organization, time and the time since the previous step' })
  @ApiOkResponse({ type: [TimelineEntryDto] })
  timeline(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<TimelineEntryDto[]> {
    return this.query.timelineOf(p, id);
  }
}
