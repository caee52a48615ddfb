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
        e.suggestionId, e.deliveryId ?? null, this.clock.now(), actor?.userId ?? null, actor?.organizationId ?? null,
        actor ? actor.displayName || actor.username : 'system', e.action, e.fromStatus ?? null, e.toStatus ?? null, JSON.stringify(e.data ?? {}),
      ],
    };
  }

  /**
   * The events of a letter in order. `onlyDeliveryOrg` narrows to what a recipient may see: its own
   * deliveries' events and the public letter-level ones.
   */
  async list(suggestionId: string, onlyDeliveryOrg: string | null): Promise<TimelineEntry[]> {
    const params: unknown[] = [suggestionId];
    let filter = '';
    if (onlyDeliveryOrg) {
      params.push(onlyDeliveryOrg, PUBLIC_LETTER_ACTIONS);
      filter = `AND (d.organization_id = $2 OR (e.delivery_id IS NULL AND e.action = ANY($3::text[])))`;
    }
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.id, e.at, e.action, e.delivery_id, e.actor_user_id, e.actor_org_id, e.actor_name, e.from_status, e.to_status, e.data,
              d.organization_id AS delivery_org_id, o.name AS delivery_org_name
         FROM timeline_events e
         LEFT JOIN deliveries d ON d.id = e.delivery_id
         LEFT JOIN organizations o ON o.id = d.organization_id
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
      return entry;
    });
  }
}
