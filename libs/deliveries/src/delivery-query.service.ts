import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, bindNamed, NamedStatements, Page, queryPrepared } from '@app/core';
import { attachmentMetasFromJson, AttachmentsService } from '@app/attachments';
import { ColourRule, colourSql, colourSqlParams, DeadlineService } from '@app/deadlines';
import { Jurisdiction, JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { DELIVERY_DETAIL_SELECT, DeliveryDetailRow, SupervisionNoteJson, supervisionNotesFromJson, WatchJson, watchesFromJson } from './delivery-detail';
import { DeliveryRow, deliveryRowFromJson, DELIVERY_FROM, DELIVERY_SELECT, DeliveryView, filesShown, toDeliveryView } from './delivery-row';

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
  /*
   * Reads by id run on every delivery page and before every write. They are prepared statements
   * (planning them costs several times what running them does), one per visibility scope's SQL.
   */
  private readonly rowStatements = new NamedStatements();
  private readonly detailStatements = new NamedStatements();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jurisdiction: JurisdictionService,
    private readonly deadlines: DeadlineService,
    private readonly attachments: AttachmentsService,
  ) {}

  /**
   * One delivery as the caller sees it, with its files, supervision notes and watches, in one
   * query; 404 when not visible.
   */
  async get(p: Principal, id: string, m: EntityManager = this.dataSource.manager, j?: Jurisdiction): Promise<DeliveryView> {
    const jur = j ?? (await this.jurisdiction.resolve(p));
    const row = await this.visibleDetailRow(m, id, jur);
    if (!row) throw AppException.notFound('Delivery');
    const view = this.view(p, row, await this.deadlines.colourRule());
    view.attachments = filesShown(p, view, attachmentMetasFromJson(row.attachment_list));
    return this.applySupervision(view, jur, row.supervision_note_list, row.watch_list);
  }

  /**
   * 督办: the supervision notes on this delivery (latest first; everyone who sees the delivery, the
   * recipient included, since they are addressed to it), whether the caller watches it or its letter,
   * and who watches it — not shown to the recipient.
   */
  private applySupervision(v: DeliveryView, j: Jurisdiction, notes: SupervisionNoteJson[], watches: WatchJson[]): DeliveryView {
    v.supervisionNotes = supervisionNotesFromJson(notes);
    const w = watchesFromJson(watches, j.principal.userId, j.courtScope.kind !== 'none');
    v.watched = w.watched;
    v.watchedBy = w.watchedBy;
    return v;
  }

  /** Fills in each (visible) delivery's files as `p` may see them, one query for all. */
  async withAttachments(p: Principal, views: DeliveryView[], m: EntityManager = this.dataSource.manager): Promise<DeliveryView[]> {
    const files = await this.attachments.listForDeliveries(
      views.map((v) => v.id),
      m,
    );
    for (const v of views) v.attachments = filesShown(p, v, files.get(v.id) ?? []);
    return views;
  }

  view(p: Principal, row: DeliveryRow, colours: ColourRule): DeliveryView {
    return toDeliveryView(p, row, colours);
  }

  /** The row with its files, supervision notes and watches (DELIVERY_DETAIL_SELECT), if visible; read as one JSON value. */
  private async visibleDetailRow(m: EntityManager, id: string, j: Jurisdiction): Promise<DeliveryDetailRow | null> {
    const scope = this.jurisdiction.deliveryScope(j, 'd', 's');
    const [sql, values] = this.detailStatements.bind(
      scope.sql,
      { ...scope.params, id },
      () => `SELECT row_to_json(x) AS r FROM (SELECT ${DELIVERY_SELECT}${DELIVERY_DETAIL_SELECT} FROM ${DELIVERY_FROM} WHERE d.id = :id AND ${scope.sql}) x`,
    );
    const rows = await queryPrepared<{ r: DeliveryDetailRow }>(m, sql, values);
    return rows.length ? deliveryRowFromJson(rows[0].r) : null;
  }

  /** The row if the caller may see it (used by reads and before every write). */
  async visibleRow(m: EntityManager, p: Principal, id: string, j?: Jurisdiction): Promise<DeliveryRow | null> {
    const scope = this.jurisdiction.deliveryScope(j ?? (await this.jurisdiction.resolve(p)), 'd', 's');
    const [sql, values] = this.rowStatements.bind(
      scope.sql,
      { ...scope.params, id },
      () => `SELECT ${DELIVERY_SELECT} FROM ${DELIVERY_FROM} WHERE d.id = :id AND ${scope.sql}`,
    );
    const rows = await queryPrepared<DeliveryRow>(m, sql, values);
    return rows[0] ?? null;
  }

  /** Deliveries of one letter the caller may see (an agency: only its own). */
  async forLetter(m: EntityManager, p: Principal, suggestionId: string, j?: Jurisdiction): Promise<DeliveryView[]> {
    const scope = this.jurisdiction.deliveryScope(j ?? (await this.jurisdiction.resolve(p)), 'd', 's');
    const [sql, values] = bindNamed(
      `SELECT ${DELIVERY_SELECT} FROM ${DELIVERY_FROM} WHERE d.suggestion_id = :sid AND ${scope.sql} ORDER BY d.kind DESC, d.delivered_at, o.name`,
      { ...scope.params, sid: suggestionId },
    );
    const colours = await this.deadlines.colourRule();
    return this.withAttachments(
      p,
      (await m.query(sql, values)).map((r: DeliveryRow) => toDeliveryView(p, r, colours)),
      m,
    );
  }

  async list(p: Principal, f: DeliveryFilter): Promise<Page<DeliveryView>> {
    // The caller's VisibilityScope as a condition on `d` alone (`d.court_id = ANY(…)`, `d.organization_id = …`),
    // like every filter below: the total is counted on deliveries' indexes without joining letters.
    const scope = this.jurisdiction.visibleDeliveries(await this.jurisdiction.resolve(p), 'd');
    const colours = await this.deadlines.colourRule();
    const params: Record<string, unknown> = { ...scope.params };
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
    if (f.colour) {
      where.push(colourCondition(f.colour));
      Object.assign(params, colourSqlParams(colours));
    }
    const whereSql = where.join(' AND ');
    const [countSql, countValues] = bindNamed(`SELECT count(*)::int AS n FROM deliveries d WHERE ${whereSql}`, params);
    const [{ n }] = await this.dataSource.query<{ n: number }[]>(countSql, countValues);
    const [sql, values] = bindNamed(
      `SELECT ${DELIVERY_SELECT} FROM ${DELIVERY_FROM} WHERE ${whereSql} ORDER BY d.delivered_at DESC, d.id LIMIT :limit OFFSET :offset`,
      { ...params, limit: f.pageSize, offset: (f.page - 1) * f.pageSize },
    );
    const rows: DeliveryRow[] = await this.dataSource.query(sql, values);
    const items = await this.withAttachments(
      p,
      rows.map((r) => toDeliveryView(p, r, colours)),
    );
    return { items, total: n, page: f.page, pageSize: f.pageSize };
  }
}

/**
 * 三色预警 as SQL over the running clock (colourSql in libs/deadlines, per clock, on
 * ix_deliveries_running_due); its parameters come from colourSqlParams.
 */
export function colourCondition(colour: 'GREEN' | 'YELLOW' | 'RED'): string {
  return colourSql(colour, 'd');
}
