import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, assertVersion, Clock, TransitionRule } from '@app/core';
import { AuditService } from '@app/audit';
import { TimelineService } from '@app/deliveries';
import { actorOf, Principal } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { Jurisdiction, JurisdictionService } from '@app/directory';
import { SuggestionView } from './suggestion-view';
import { SuggestionQueryService } from './suggestion-query.service';
import { SuggestionContext, SUGGESTION_TRANSITIONS } from './suggestion-transitions';
import { SuggestionRow, suggestionContext } from './suggestion-view';
import { SuggestionEntity } from './suggestion.entity';
import { SuggestionAction, SuggestionStatus } from './suggestion.types';

export interface LetterScope {
  m: EntityManager;
  p: Principal;
  s: SuggestionEntity;
  row: SuggestionRow;
  ctx: SuggestionContext;
  rule: TransitionRule<SuggestionStatus, SuggestionAction, SuggestionContext>;
  now: Date;
  j: Jurisdiction;
}

/**
 * Runs one letter action in one transaction: row lock, visibility (404), transition table
 * (403/409), version (409); then the action writes rows, timeline, notices, outbox and audit (last).
 */
@Injectable()
export class SuggestionRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: SuggestionQueryService,
    private readonly timeline: TimelineService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  /** Runs the action and answers the letter as the caller now sees it (read in the same transaction). */
  act(p: Principal, id: string, action: SuggestionAction, version: number | undefined, body: (x: LetterScope) => Promise<void>): Promise<SuggestionView> {
    return this.run(p, id, action, version, async (x) => {
      await body(x);
      return this.query.get(p, id, x.m, x.j, true);
    });
  }

  async run<T>(p: Principal, id: string, action: SuggestionAction, version: number | undefined, body: (x: LetterScope) => Promise<T>): Promise<T> {
    // Resolved before the transaction: inside it, this request uses exactly one pooled connection.
    const j = await this.jurisdiction.resolve(p);
    return this.dataSource.transaction(async (m) => {
      const locked = await m.query(`SELECT id FROM suggestions WHERE id = $1 FOR NO KEY UPDATE`, [id]);
      if (!locked.length) throw AppException.notFound('Suggestion');
      const row = await this.query.visibleRow(m, p, id, j);
      if (!row) throw AppException.notFound('Suggestion');
      const s = await m.findOneByOrFail(SuggestionEntity, { id });
      const ctx = suggestionContext(p, row);
      const rule = SUGGESTION_TRANSITIONS.check(action, s.status, ctx);
      assertVersion(version, s.version);
      return body({ m, p, s, row, ctx, rule, now: this.clock.now(), j });
    });
  }

  /** Updates the letter (version + 1, updated_at) and writes its timeline event. */
  async change(x: LetterScope, patch: Partial<SuggestionEntity>, timelineAction: string, data: Record<string, unknown> = {}): Promise<void> {
    const from = x.s.status;
    await x.m.update(SuggestionEntity, { id: x.s.id }, { ...patch, updatedAt: x.now, version: x.s.version + 1 });
    Object.assign(x.s, patch, { version: x.s.version + 1, updatedAt: x.now });
    await this.timeline.record(x.m, x.p, { suggestionId: x.s.id, action: timelineAction, fromStatus: from, toStatus: patch.status ?? from, data });
  }

  async auditLast(x: LetterScope, action: string, data: Record<string, unknown> = {}): Promise<void> {
    await this.audit.record(x.m, actorOf(x.p), {
      action,
      entityType: 'suggestion',
      entityId: x.s.id,
      organizationId: x.s.courtId,
      data: { status: x.s.status, ...data },
    });
  }
}
