import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, SqlStatement } from '@app/core';
import { Principal } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';

export interface TimelineInput {
  suggestionId: string;
  deliveryId?: string | null;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  data?: Record<string, unknown>;
}

export interface TimelineEntry {
  id: string;
  at: Date;
  action: string;
  deliveryId: string | null;
  organizationId: string | null;
  organizationName: string | null;
  actor: { userId: string | null; organizationId: string | null; name: string | null };
  fromStatus: string | null;
  toStatus: string | null;
  data: Record<string, unknown>;
  /** Milliseconds since the previous event shown (null for the first). */
  sincePreviousMs: number | null;
  /** For a delivery's event: milliseconds since that delivery's previous event (or since its creation). */
  sincePreviousOnDeliveryMs: number | null;
}

/** Letter-level events an agency (which sees only its own deliveries) may see. */
const PUBLIC_LETTER_ACTIONS = ['suggestion.issued', 'suggestion.closed', 'suggestion.archived', 'suggestion.withdrawn'];

/** Letter-level steps that are not the court's internal business: shown to everyone whole. */
const PUBLIC_LETTER_STEPS = ['suggestion.withdrawn', 'suggestion.closed', 'suggestion.archived'];

/** Whose business a step is, and which of its data fields those outside may see ('ALL' or a list). */
interface InternalStep {
  inside: 'COURT' | 'RECIPIENT';
  publicData: 'ALL' | readonly string[];
}

/**
 * Internal steps with what of them is public. Any other letter-level step (but PUBLIC_LETTER_STEPS)
 * is the court's with no public data; any other delivery step is public.
 */
const INTERNAL_STEPS: Record<string, InternalStep> = {
  'suggestion.issued': { inside: 'COURT', publicData: ['docNumber'] },
  'suggestion.escalated': { inside: 'COURT', publicData: ['toCourtId', 'outsideRecipients'] },
  'suggestion.escalation_returned': { inside: 'COURT', publicData: ['byCourtId'] },
  'suggestion.adopted_by_higher_court': { inside: 'COURT', publicData: ['adoptedAsId'] },
  'suggestion.created_by_adoption': { inside: 'COURT', publicData: ['adoptedFromId', 'fromCourtId'] },
  // Shown on the letter to those who see it by jurisdiction (recipients never get these steps).
  'suggestion.committee_recorded': { inside: 'COURT', publicData: 'ALL' },
  'suggestion.consulted': { inside: 'COURT', publicData: 'ALL' },
  // Made at sign-off: sent by the court; which leader signed is the court's business.
  'delivery.created': { inside: 'COURT', publicData: 'ALL' },
  // A reply drafted for the agency leader's approval is the recipient's until approved.
  'delivery.reply_drafted': { inside: 'RECIPIENT', publicData: [] },
  // A reply saved (暂存) or returned by the agency leader stays in the agency too.
  'delivery.reply_saved': { inside: 'RECIPIENT', publicData: [] },
  'delivery.reply_returned': { inside: 'RECIPIENT', publicData: [] },
};

function internalStep(e: TimelineEntry): InternalStep | null {
  if (INTERNAL_STEPS[e.action]) return INTERNAL_STEPS[e.action];
  return e.deliveryId || PUBLIC_LETTER_STEPS.includes(e.action) ? null : { inside: 'COURT', publicData: [] };
}

/** A stored event with what the field rule needs to know about its letter and actor. */
export interface TimelineEventFacts {
  /** The letter's issuing court. */
  courtId: string;
  /** The name of the actor's organization. */
  actorOrgName: string | null;
}

/**
 * What stays inside (PRODUCT.md): a step internal to one organization shows anyone else only
 * that it happened — when, between which statuses, by which organization — and its public data
 * (INTERNAL_STEPS); its comments and other data, and which person took it, stay inside.
 * - Letter-level steps (drafting, consultation, review, 审委会, sign-off, escalation) are the
 *   issuing court's, except withdrawal, closing and archiving: review and sign-off comments stay
 *   in the court. Recipients, supervisors (人大/党委) and higher courts are outside.
 * - A reply drafted for the agency leader's approval is the recipient's until approved.
 * The organization that took a step (a higher court returning an escalated letter) sees it whole.
 */
export function timelineEntryFor(viewerOrgId: string, e: TimelineEntry, facts: TimelineEventFacts): TimelineEntry {
  const step = internalStep(e);
  if (!step) return e;
  const inside = step.inside === 'COURT' ? facts.courtId : e.organizationId;
  if (viewerOrgId === inside || (e.actor.organizationId !== null && viewerOrgId === e.actor.organizationId)) return e;
  const keep = step.publicData;
  return {
    ...e,
    actor: e.actor.organizationId ? { userId: null, organizationId: e.actor.organizationId, name: facts.actorOrgName } : e.actor,
    data: keep === 'ALL' ? e.data : Object.fromEntries(Object.entries(e.data).filter(([k]) => keep.includes(k))),
  };
}

/** Writes timeline events inside the caller's transaction and reads them back with durations. */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(m: EntityManager, actor: Principal | null, e: TimelineInput): Promise<void> {
    const { sql, params } = this.statement(actor, e);
    await m.query(sql, params);
  }

  /** The INSERT of one event, to run alone (`record`) or batched with an action's other writes. */
  statement(actor: Principal | null, e: TimelineInput): SqlStatement {
    return {
      sql: `INSERT INTO timeline_events (suggestion_id, delivery_id, at, actor_user_id, actor_org_id, actor_name, action, from_status, to_status, data)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      params: [
        e.suggestionId,
        e.deliveryId ?? null,
        this.clock.now(),
        actor?.userId ?? null,
        actor?.organizationId ?? null,
        actor ? actor.displayName || actor.username : 'system',
        e.action,
        e.fromStatus ?? null,
        e.toStatus ?? null,
        JSON.stringify(e.data ?? {}),
      ],
    };
  }

  /**
   * The events of a letter in order, as `viewer` may see them (timelineEntryFor). `recipientOnly`
   * (the viewer sees the letter only as a recipient) narrows to its own deliveries' events and the
   * public letter-level ones.
   */
  async list(suggestionId: string, viewer: Pick<Principal, 'organizationId'>, recipientOnly: boolean): Promise<TimelineEntry[]> {
    const params: unknown[] = [suggestionId];
    let filter = '';
    if (recipientOnly) {
      params.push(viewer.organizationId, PUBLIC_LETTER_ACTIONS);
      filter = `AND (d.organization_id = $2 OR (e.delivery_id IS NULL AND e.action = ANY($3::text[])))`;
    }
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.id, e.at, e.action, e.delivery_id, e.actor_user_id, e.actor_org_id, e.actor_name, e.from_status, e.to_status, e.data,
              d.organization_id AS delivery_org_id, o.name AS delivery_org_name, s.court_id, ao.name AS actor_org_name
         FROM timeline_events e
         JOIN suggestions s ON s.id = e.suggestion_id
         LEFT JOIN deliveries d ON d.id = e.delivery_id
         LEFT JOIN organizations o ON o.id = d.organization_id
         LEFT JOIN organizations ao ON ao.id = e.actor_org_id
        WHERE e.suggestion_id = $1 ${filter}
        ORDER BY e.at, e.id`,
      params,
    );
    let prev: number | null = null;
    const lastByDelivery = new Map<string, number>();
    return rows.map((r) => {
      const at = new Date(r.at as string);
      const t = at.getTime();
      const deliveryId = (r.delivery_id as string) ?? null;
      const sinceDelivery = deliveryId && lastByDelivery.has(deliveryId) ? t - lastByDelivery.get(deliveryId)! : null;
      if (deliveryId) lastByDelivery.set(deliveryId, t);
      const entry: TimelineEntry = {
        id: String(r.id),
        at,
        action: r.action as string,
        deliveryId,
        organizationId: (r.delivery_org_id as string) ?? null,
        organizationName: (r.delivery_org_name as string) ?? null,
        actor: { userId: (r.actor_user_id as string) ?? null, organizationId: (r.actor_org_id as string) ?? null, name: (r.actor_name as string) ?? null },
        fromStatus: (r.from_status as string) ?? null,
        toStatus: (r.to_status as string) ?? null,
        data: (r.data as Record<string, unknown>) ?? {},
        sincePreviousMs: prev === null ? null : t - prev,
        sincePreviousOnDeliveryMs: sinceDelivery,
      };
      prev = t;
      return timelineEntryFor(viewer.organizationId, entry, { courtId: r.court_id as string, actorOrgName: (r.actor_org_name as string) ?? null });
    });
  }
}
