import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, Clock, SqlParams } from '@app/core';
import { JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';

export interface WatchItem {
  id: string;
  suggestionId: string;
  deliveryId: string | null;
  note: string;
  createdAt: Date;
  docNumber: string | null;
  title: string;
  suggestionStatus: string;
  organizationId: string | null;
  organizationName: string | null;
  deliveryStatus: string | null;
  signDueDate: string | null;
  replyDueDate: string | null;
  followUpDate: string | null;
}

interface WatchListRow {
  id: string;
  suggestion_id: string;
  delivery_id: string | null;
  note: string;
  created_at: Date;
  doc_number: string | null;
  title: string;
  s_status: string;
  organization_id: string | null;
  org_name: string | null;
  d_status: string | null;
  sign_due: string | null;
  reply_due: string | null;
  follow_up: string | null;
}

export const WatchErrorCode = { ALREADY_WATCHED: 'ALREADY_WATCHED' } as const;

/**
 * A supervisor's (or court admin's) watch list of letters and deliveries. Watching needs sight of
 * the letter (the visibility rule); each user sees only their own list, and only what they can still see.
 */
@Injectable()
export class WatchlistService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jurisdiction: JurisdictionService,
    private readonly clock: Clock,
  ) {}

  async list(p: Principal, suggestionId?: string): Promise<WatchItem[]> {
    const j = await this.jurisdiction.resolve(p);
    const q = new SqlParams();
    const where = [`w.user_id = ${q.add(p.userId)}`, q.named(this.jurisdiction.suggestionScope(j, 's'))];
    if (suggestionId) where.push(`w.suggestion_id = ${q.add(suggestionId)}`);
    const rows: WatchListRow[] = await this.ds.query(
      `SELECT w.id, w.suggestion_id, w.delivery_id, w.note, w.created_at, s.doc_number, s.title, s.status AS s_status,
              d.organization_id, o.name AS org_name, d.status AS d_status, d.sign_due_date::text AS sign_due, d.reply_due_date::text AS reply_due, d.follow_up_date::text AS follow_up
         FROM supervision_watches w JOIN suggestions s ON s.id = w.suggestion_id
         LEFT JOIN deliveries d ON d.id = w.delivery_id LEFT JOIN organizations o ON o.id = d.organization_id
        WHERE ${where.join(' AND ')} ORDER BY w.created_at DESC, w.id`,
      q.values,
    );
    return rows.map((r) => ({
      id: r.id,
      suggestionId: r.suggestion_id,
      deliveryId: r.delivery_id ?? null,
      note: r.note,
      createdAt: r.created_at,
      docNumber: r.doc_number ?? null,
      title: r.title,
      suggestionStatus: r.s_status,
      organizationId: r.organization_id ?? null,
      organizationName: r.org_name ?? null,
      deliveryStatus: r.d_status ?? null,
      signDueDate: r.sign_due ?? null,
      replyDueDate: r.reply_due ?? null,
      followUpDate: r.follow_up ?? null,
    }));
  }

  async add(p: Principal, input: { suggestionId: string; deliveryId?: string; note?: string }): Promise<WatchItem> {
    const j = await this.jurisdiction.resolve(p);
    const q = new SqlParams();
    const visible: unknown[] = await this.ds.query(
      `SELECT 1 FROM suggestions s WHERE s.id = ${q.add(input.suggestionId)} AND ${q.named(this.jurisdiction.suggestionScope(j, 's'))}`,
      q.values,
    );
    if (!visible.length) throw AppException.notFound('Suggestion');
    if (input.deliveryId) {
      const d: unknown[] = await this.ds.query(`SELECT 1 FROM deliveries WHERE id = $1 AND suggestion_id = $2`, [input.deliveryId, input.suggestionId]);
      if (!d.length) throw AppException.notFound('Delivery');
    }
    const [row]: Array<{ id: string } | undefined> = await this.ds.query(
      `INSERT INTO supervision_watches (user_id, organization_id, suggestion_id, delivery_id, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ON CONSTRAINT ux_supervision_watches DO NOTHING RETURNING id`,
      [p.userId, p.organizationId, input.suggestionId, input.deliveryId ?? null, input.note ?? '', this.clock.now()],
    );
    if (!row)
      throw AppException.conflict(WatchErrorCode.ALREADY_WATCHED, 'You already watch this', {
        suggestionId: input.suggestionId,
        deliveryId: input.deliveryId ?? null,
      });
    const items = await this.list(p, input.suggestionId);
    return items.find((i) => i.id === row.id)!;
  }

  async remove(p: Principal, id: string): Promise<void> {
    // TypeORM answers a DELETE with [rows, affected].
    const [, affected]: [unknown, number] = await this.ds.query(`DELETE FROM supervision_watches WHERE id = $1 AND user_id = $2`, [id, p.userId]);
    if (!affected) throw AppException.notFound('Watch');
  }
}
