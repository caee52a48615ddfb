import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { pageParams } from '@app/core';
import { DeliveryActionsService, DeliveryQueryService, DeliveryReplyService, DeliveryTalkService } from '@app/deliveries';
import { CurrentPrincipal, Principal, Role, Roles } from '@app/identity';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  CommentDto,
  DeliveryListQueryDto,
  DeliveryVersionDto,
  EvaluateDto,
  ExtensionDecisionDto,
  ExtensionRequestDto,
  ImplementationDto,
  MessageInputDto,
  RejectDto,
  ReplyDto,
  ReplyReturnDto,
  RerouteDto,
  SupervisionInputDto,
} from './dto/delivery-input.dto';
import { DeliveryDto, DeliveryPageDto, MessageDto, SupervisionNoteDto } from './dto/delivery-output.dto';

const AGENCY = [Role.AGENCY_CLERK, Role.AGENCY_LEADER];

@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('api/v1/deliveries')
export class DeliveriesController {
  constructor(
    private readonly query: DeliveryQueryService,
    private readonly actions: DeliveryActionsService,
    private readonly replies: DeliveryReplyService,
    private readonly talk: DeliveryTalkService,
  ) {}

  @Get()
  @ApiOperation({ summary: '列出送达 / Deliveries the caller may see (an agency: its inbox), by status, colour, organization' })
  @ApiOkResponse({ type: DeliveryPageDto })
  list(@CurrentPrincipal() p: Principal, @Query() q: DeliveryListQueryDto): Promise<DeliveryPageDto> {
    const { page, pageSize } = pageParams(q);
    return this.query.list(p, {
      status: q.status,
      colour: q.colour,
      organizationId: q.organizationId,
      suggestionId: q.suggestionId,
      kind: q.kind,
      page,
      pageSize,
    });
  }

  @Get(':id')
  @ApiOkResponse({ type: DeliveryDto })
  @ApiOperation({ summary: '查看送达 / One delivery with its reply, evaluation, implementation, supervision notes and allowedActions' })
  get(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<DeliveryDto> {
    return this.query.get(p, id);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Roles(...AGENCY)
  @ApiOperation({ summary: '签收 / Sign for a main delivery → SIGNED; the reply due date is computed' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'DELIVERY_NOT_MAIN', 'LETTER_NOT_OPEN'] })
  sign(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: DeliveryVersionDto): Promise<DeliveryDto> {
    return this.actions.sign(p, id, dto.version);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Roles(...AGENCY, Role.SUPERVISOR)
  @ApiOperation({ summary: '抄送件已阅 / A copy recipient has read it → READ' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'DELIVERY_NOT_A_COPY'] })
  read(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: DeliveryVersionDto): Promise<DeliveryDto> {
    return this.actions.read(p, id, dto.version);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles(...AGENCY)
  @ApiOperation({ summary: '退回误送 / Return a misdelivered letter with a reason → REJECTED_BY_RECIPIENT' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] })
  reject(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: RejectDto): Promise<DeliveryDto> {
    return this.actions.reject(p, id, dto.reason, dto.version);
  }

  @Post(':id/reroute')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({
    summary: '改送其他单位 / Send a rejected delivery on to another organization (a new delivery; the old one stays)',
    description:
      'A MAIN delivery goes only to an organization in the issuing court’s district (Art. 3, the rule of sign-off): elsewhere 422 RECIPIENT_OUT_OF_DISTRICT, nothing written.',
  })
  @ApiOkResponse({ type: DeliveryDto, description: 'The rejected delivery, with reroutedToId' })
  @ApiErrors(
    403,
    { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'DELIVERY_ALREADY_REROUTED'] },
    { status: 422, codes: ['REROUTE_TARGET_INVALID', 'RECIPIENT_OUT_OF_DISTRICT'] },
  )
  reroute(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: RerouteDto): Promise<DeliveryDto> {
    return this.actions.reroute(p, id, dto.organizationId, dto.version);
  }

  @Post(':id/extension')
  @HttpCode(200)
  @Roles(...AGENCY)
  @ApiOperation({ summary: '申请延期 / Ask for more time on the running due date' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(
    403,
    { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'EXTENSION_ALREADY_PENDING'] },
    { status: 422, codes: ['DUE_DATE_INVALID', 'ATTACHMENT_NOT_FOUND'] },
  )
  requestExtension(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: ExtensionRequestDto): Promise<DeliveryDto> {
    return this.actions.requestExtension(p, id, dto.reason, dto.requestedDueDate, dto.version, dto.attachmentIds);
  }

  @Post(':id/extension/decision')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({ summary: '审批延期 / Grant (the due date moves; the old one stays in history) or refuse an extension' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'NO_PENDING_EXTENSION'] }, { status: 422, codes: ['DUE_DATE_INVALID'] })
  decideExtension(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: ExtensionDecisionDto): Promise<DeliveryDto> {
    return this.actions.decideExtension(p, id, dto.approve, dto.dueDate, dto.comment, dto.version);
  }

  @Post(':id/reply')
  @HttpCode(200)
  @Roles(...AGENCY)
  @ApiOperation({
    summary: '回复建议 / Reply with a stance per item → REPLIED (or waiting for leader approval); draft: true saves it without submitting (暂存)',
    description: 'While a reply waits for the leader’s approval no other can be submitted: 409 REPLY_AWAITING_APPROVAL.',
  })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(
    403,
    { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'REPLY_AWAITING_APPROVAL'] },
    { status: 422, codes: ['REPLY_ITEMS_MISMATCH', 'ATTACHMENT_NOT_FOUND'] },
  )
  reply(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: ReplyDto): Promise<DeliveryDto> {
    return this.replies.reply(p, id, dto);
  }

  @Post(':id/reply/approve')
  @HttpCode(200)
  @Roles(Role.AGENCY_LEADER)
  @ApiOperation({ summary: '负责人审批回复 / The agency leader approves the pending reply → REPLIED' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'NO_PENDING_REPLY', 'SELF_APPROVAL'] })
  approveReply(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: DeliveryVersionDto): Promise<DeliveryDto> {
    return this.replies.approveReply(p, id, dto.version);
  }

  @Post(':id/reply/return')
  @HttpCode(200)
  @Roles(Role.AGENCY_LEADER)
  @ApiOperation({ summary: '负责人退回回复 / The agency leader returns the pending reply to its writer with a comment (the writer edits and submits again)' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'NO_PENDING_REPLY'] })
  returnReply(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: ReplyReturnDto): Promise<DeliveryDto> {
    return this.replies.returnReply(p, id, dto.comment, dto.version);
  }

  @Post(':id/evaluate')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({
    summary: '评价回复 / Judge the reply, overall and item by item: ADOPTED/PARTIALLY_ADOPTED → IMPLEMENTING, NOT_ADOPTED → NOT_ADOPTED',
    description: 'items: one judgement per recommendation (ADOPTED | PARTIALLY_ADOPTED | NOT_ADOPTED, note); any other set 422 EVALUATION_ITEMS_MISMATCH.',
  })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] }, { status: 422, codes: ['EVALUATION_ITEMS_MISMATCH', 'DUE_DATE_INVALID'] })
  evaluate(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: EvaluateDto): Promise<DeliveryDto> {
    return this.replies.evaluate(p, id, dto);
  }

  @Post(':id/implementation')
  @HttpCode(200)
  @Roles(...AGENCY)
  @ApiOperation({ summary: '报告落实情况 / Report implementation (IN_PROGRESS or IMPLEMENTED)' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] }, { status: 422, codes: ['ATTACHMENT_NOT_FOUND'] })
  implementation(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: ImplementationDto): Promise<DeliveryDto> {
    return this.replies.reportImplementation(p, id, dto);
  }

  @Post(':id/implementation/confirm')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({ summary: '确认落实 / The court confirms the reported implementation → IMPLEMENTED' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION', 'IMPLEMENTATION_NOT_REPORTED'] })
  confirm(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: CommentDto): Promise<DeliveryDto> {
    return this.replies.confirmImplementation(p, id, dto.comment, dto.version);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(Role.COURT_ADMIN)
  @ApiOperation({ summary: '办结 / NOT_ADOPTED|IMPLEMENTED → CLOSED; the letter closes with its last main delivery' })
  @ApiOkResponse({ type: DeliveryDto })
  @ApiErrors(403, { status: 409, codes: ['VERSION_CONFLICT', 'INVALID_TRANSITION'] })
  close(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: CommentDto): Promise<DeliveryDto> {
    return this.replies.close(p, id, dto.comment, dto.version);
  }

  @Get(':id/messages')
  @ApiOperation({ summary: '在线互动消息 / 在线互动: the message thread of a delivery' })
  @ApiOkResponse({ type: [MessageDto] })
  messages(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<MessageDto[]> {
    return this.talk.messages(p, id);
  }

  @Post(':id/messages')
  @ApiOperation({ summary: '发送消息 / Post a message (court side or recipient); the other side is notified' })
  @ApiCreatedResponse({ type: MessageDto })
  @ApiErrors(403, { status: 422, codes: ['ATTACHMENT_NOT_FOUND'] })
  postMessage(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: MessageInputDto): Promise<MessageDto> {
    return this.talk.postMessage(p, id, dto.body, dto.attachmentIds);
  }

  @Get(':id/supervision')
  @ApiOperation({ summary: '督办意见 / 督办意见 on a delivery' })
  @ApiOkResponse({ type: [SupervisionNoteDto] })
  supervision(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string): Promise<SupervisionNoteDto[]> {
    return this.talk.supervisionNotes(p, id);
  }

  @Post(':id/supervision')
  @Roles(Role.SUPERVISOR, Role.COURT_ADMIN)
  @ApiOperation({ summary: '发表督办意见 / Post a 督办意见 (SUPERVISOR, COURT_ADMIN); recipient and court are notified' })
  @ApiCreatedResponse({ type: SupervisionNoteDto })
  @ApiErrors(403)
  addSupervision(@CurrentPrincipal() p: Principal, @Param('id', UuidParamPipe) id: string, @Body() dto: SupervisionInputDto): Promise<SupervisionNoteDto> {
    return this.talk.addSupervision(p, id, dto.comment);
  }
}
