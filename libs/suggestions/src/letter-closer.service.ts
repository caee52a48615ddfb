import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransitionTable } from '@app/core';
import { AuditRecordInput } from '@app/audit';
import { LetterCloser, LetterClosing, TimelineService } from '@app/deliveries';
import { Principal } from '@app/identity';
import { NoticesService } from '@app/notifications';
import { SuggestionQueryService } from './suggestion-query.service';
import { SUGGESTION_TRANSITIONS } from './suggestion-transitions';
import { suggestionContext } from './suggestion-view';
import { SuggestionEntity } from './suggestion.entity';
import { SuggestionAction as A, SuggestionStatus as S } from './suggestion.types';

/** Main deliveries still open; a rejection that was rerouted elsewhere is done with. */
const OPEN_MAIN_DELIVERIES = `
  SELECT count(*)::int AS open FROM deliveries
   WHERE suggestion_id = $1 AND kind = 'MAIN' AND status <> 'CLOSED'
     AND NOT (status = 'REJECTED_BY_RECIPIENT' AND rerouted_to_id IS NOT NULL)`;

interface OpenMainDeliveriesRow {
  open: number;
}

/**
 * Closes the letter when its last open main delivery closes — asked by the deliveries library,
 * decided by the letter's transition table (the system's CLOSE rule: from ISSUED, no main
 * delivery open), written like every other letter change (version, timeline, author's notice).
 */
@Injectable()
export class LetterCloserService implements LetterCloser, OnModuleInit {
  constructor(
    private readonly closing: LetterClosing,
    private readonly query: SuggestionQueryService,
    private readonly timeline: TimelineService,
    private readonly notices: NoticesService,
  ) {}

  onModuleInit(): void {
    this.closing.register(this);
  }

  async mainDeliveryClosed(m: EntityManager, p: Principal, closed: { suggestionId: string; deliveryId: string }, now: Date): Promise<AuditRecordInput | null> {
    const row = await this.query.visibleRow(m, p, closed.suggestionId, undefined, true);
    if (!row) throw new Error(`letter ${closed.suggestionId} of delivery ${closed.deliveryId} not found`);
    const [{ open }] = (await m.query(OPEN_MAIN_DELIVERIES, [closed.suggestionId])) as OpenMainDeliveriesRow[];
    const rule = SUGGESTION_TRANSITIONS.checkSystem(A.CLOSE, row.status, { ...suggestionContext(p, row), openMainDeliveries: open });
    if (!rule) return null;
    const to = TransitionTable.target(rule, S.CLOSED);
    await m.update(SuggestionEntity, { id: closed.suggestionId }, { status: to, closedAt: now, updatedAt: now, version: row.version + 1 });
    await this.timeline.record(m, p, { suggestionId: closed.suggestionId, action: 'suggestion.closed', fromStatus: row.status, toStatus: to });
    await this.notices.notifyUser(m, row.author_id, { kind: 'suggestion.closed', title: `《${row.title}》全部办结`, suggestionId: closed.suggestionId });
    return {
      action: 'suggestion.close',
      entityType: 'suggestion',
      entityId: closed.suggestionId,
      organizationId: row.court_id,
      data: { lastDeliveryId: closed.deliveryId },
    };
  }
}
