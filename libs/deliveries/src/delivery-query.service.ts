import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppException, Page } from '@app/core';
import { AttachmentsService } from '@app/attachments';
import { addDays, DeadlineService } from '@app/deadlines';
import { Jurisdiction, JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { DeliveryRow, DELIVERY_FROM, DELIVERY_SELECT, toDeliveryView, DeliveryView } from './delivery-row';
import { bindNamed } from './sql';

export interface DeliveryFilter {
  status?: string;
  colour?: 'GREEN' | 'YELLOW' | 'RED';
  organizationId?: string;
  suggestionId?: string;
  kind?: string;
  page: number;
  pageSize: number;
}

/** Reads of deliveries, always inside the caller's jurisdiction (invisible = 404). */
@Injectable()
export class DeliveryQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jurisdiction: JurisdictionService,
    private readonly deadlines: DeadlineService,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  colourOf = (due: string | null, today = this.deadlines.today()) => this.deadlines.colour(due, today, this.config.dueSoonDays);

  /** One delivery as the caller sees it; 404 when not visible. */
  async get(p: Principal, id: string, m: EntityManager = this.dataSource.manager, j?: Jurisdiction): Promise<DeliveryView> {
    const jur = j ?? (await this.jurisdiction.resolve(p));
    const row = await this.visibleRow(m, p, id, jur);
    if (!row) throw AppException.notFound('Delivery');
    const [view] = await this.withAttachments([this.view(p, row)], m);
    return this.withSupervision(view, jur, m);
  }

  /**
   * 督办: the supervision notes on this delivery (latest first; everyone who sees the delivery, the
   * recipient included, since they are addressed to it), whether the caller watches it or its letter,
   * and who watches it — not shown to the recipient.
   */
  async withSupervision(v: DeliveryView, j: Jurisdiction, m: EntityManager = this.dataSource.manager): Promise<DeliveryView> {
    const notes = await m.query(
      `SELECT n.id, n.comment, n.created_at, n.author_user_id, n.author_org_id, n.author_name, o.name AS org_name
         FROM supervision_notes n JOIN organizations o ON o.id = n.author_org_id
        WHERE n.delivery_id = $1 ORDER BY n.created_at DESC, n.id DESC`,
      [v.id],
    );
    const watches = await m.query(
      `SELECT w.user_id, w.organization_id, o.name AS org_name, u.display_name, w.delivery_id, w.created_at
         FROM supervision_watches w JOIN organizations o ON o.id = w.organization_id JOIN users u ON u.id = w.user_id
        WHERE w.suggestion_id = $1 AND (w.delivery_id IS NULL OR w.delivery_id = $2) ORDER BY w.created_at, w.id`,
      [v.suggestionId, v.id],
    );
    v.supervisionNotes = notes.map((n: Record<string, any>) => ({
      id: n.id, comment: n.comment, createdAt: n.created_at,
      author: { userId: n.author_user_id ?? null, name: n.author_name, organizationId: n.author_org_id, organizationName: n.org_name },
    }));
    v.watched = watches.some((w: Record<string, any>) => w.user_id === j.principal.userId);
    v.watchedBy = j.courtScope.kind === 'none' ? [] : watches.map((w: Record<string, any>) => ({
      name: w.display_name, organizationId: w.organization_id, organizationName: w.org_name, scope: w.delivery_id ? 'DELIVERY' : 'LETTER', since: w.created_at,
    }));
    return v;
  }

  /** Fills in each (visible) delivery's files, one query for all. */
  async withAttachments(views: DeliveryView[], m: EntityManager = this.dataSource.manager): Promise<DeliveryView[]> {
    const files = await this.attachments.listForDeliveries(views.map((v) => v.id), m);
    for (const v of views) v.attachments = files.get(v.id) ?? [];
    return views;
  }

  view(p: Principal, row: DeliveryRow): DeliveryView {
    const today = this.deadlines.today();
    return toDeliveryView(p, row, (due) => this.colourOf(due, today));
  }

  /** The row if the caller may see it (used by reads and before every write). */
  async visibleRow(m: EntityManager, p: Principal, id: string, j?: Jurisdiction): Promise<DeliveryRow | null> {
    const scope = this.jurisdiction.deliveryScope(j ?? (await this.jurisdiction.resolve(p)), 'd', 's');
    const [sql, values] = bindNamed(`SELECT ${DELIVERY_SELECT} FROM ${DELIVERY_FROM} WHERE d.id = :id AND ${scope.sql}`, { ...scope.params, id });
    const rows = await m.query(sql, values);
    return rows[0] ?? null;
  }

  /** Deliveries of one letter the caller may see (an agency: only its own). */
  async forLetter(m: EntityManager, p: Principal, suggestionId: string, j?: Jurisdiction): Promise<DeliveryView[]> {
    const scope = this.jurisdiction.deliveryScope(j ?? (await this.jurisdiction.resolve(p)), 'd', 's');
    const [sql, values] = bindNamed(
      `SELECT ${DELIVERY_SELECT} FROM ${DELIVERY_FROM} WHERE d.suggestion_id = :sid AND ${scope.sql} ORDER BY d.kind DESC, d.delivered_at, o.name`,
      { ...scope.params, sid: suggestionId },
    );
    const today = this.deadlines.today();
    return this.withAttachments((await m.query(sql, values)).map((r: DeliveryRow) => toDeliveryView(p, r, (due) => this.colourOf(due, today))), m);
  }

  async list(p: Principal, f: DeliveryFilter): Promise<Page<DeliveryView>> {
    const j = await this.jurisdiction.resolve(p);
    const scope = this.jurisdiction.deliveryScope(j, 'd', 's');
    const today = this.deadlines.today();
    const params: Record<string, unknown> = { ...scope.params, today, soon: addDays(today, this.config.dueSoonDays) };
    const where = [scope.sql];
    if (f.status) {
      where.push('d.status = :status');
      params.status = f.status;
    }
    if (f.organizationId) {
      where.push('d.organization_id = :org');
      params.org = f.organizationId;
    }
    if (f.suggestionId) {
      where.push('d.suggestion_id = :sid');
      params.sid = f.suggestionId;
    }
    if (f.kind) {
      where.push('d.kind = :kind');
      params.kind = f.kind;
    }
    if (f.colour) where.push(colourCondition(f.colour));
    const whereSql = where.join(' AND ');
    const [countSql, countValues] = bindNamed(`SELECT count(*)::int AS n FROM ${DELIVERY_FROM} WHERE ${whereSql}`, params);
    const [{ n }] = await this.dataSource.query(countSql, countValues);
    const [sql, values] = bindNamed(
      `SELECT ${DELIVERY_SELECT} FROM ${DELIVERY_FROM} WHERE ${whereSql} ORDER BY d.delivered_at DESC, d.id LIMIT :limit OFFSET :offset`,
      { ...params, limit: f.pageSize, offset: (f.page - 1) * f.pageSize },
    );
    const rows: DeliveryRow[] = await this.dataSource.query(sql, values);
    const items = await this.withAttachments(rows.map((r) => toDeliveryView(p, r, (due) => this.colourOf(due, today))));
    return { items, total: n, page: f.page, pageSize: f.pageSize };
  }
}

/** Colour as SQL over the running due date (each branch matches one partial index). */
export function colourCondition(colour: 'GREEN' | 'YELLOW' | 'RED'): string {
  const branches = (cmp: string) =>
    `((d.status = 'DELIVERED' AND d.kind = 'MAIN' AND d.sign_due_date ${cmp}) OR (d.status = 'SIGNED' AND d.reply_due_date ${cmp}) OR (d.status = 'IMPLEMENTING' AND d.follow_up_date ${cmp}))`;
  if (colour === 'RED') return branches('< :today');
  if (colour === 'YELLOW') return branches('BETWEEN :today AND :soon');
  return `NOT ${branches('<= :soon')}`;
}
