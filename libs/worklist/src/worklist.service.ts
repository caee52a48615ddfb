import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { addDays, AppConfig, APP_CONFIG, AppException, Page, queryPrepared } from '@app/core';
import { ClockKind, colourOn, DeadlineService } from '@app/deadlines';
import { JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';
import { WORK_TYPES, WorkRow, workListSql, WorkType } from './worklist-sql';

export interface WorkSupervision {
  /** 督办意见 on the delivery (for a letter item: on any of its deliveries). */
  notes: number;
  latestNote: { comment: string; authorName: string; organizationName: string; createdAt: Date } | null;
  /** Someone outside the court (a 人大 supervisor, a higher court) watches the letter or this delivery. */
  watched: boolean;
  watchers: Array<{ name: string; organizationName: string; scope: 'LETTER' | 'DELIVERY'; since: Date }>;
}

export interface WorkItem {
  kind: 'DELIVERY' | 'LETTER';
  type: WorkType;
  reasons: WorkType[];
  suggestionId: string;
  deliveryId: string | null;
  docNumber: string | null;
  title: string;
  organizationId: string | null;
  /** The recipient; for a letter item, its main recipients. */
  organizationName: string | null;
  deliveryStatus: string | null;
  /** The running due date (sign-for, reply or follow-up); for a letter item the earliest of its open deliveries. */
  dueDate: string | null;
  colour: 'GREEN' | 'YELLOW' | 'RED';
  supervision: WorkSupervision;
}

export interface WorkList extends Page<WorkItem> {
  asOf: string;
  /** Items per reason, before the type filter. */
  counts: Record<WorkType, number>;
}

interface NoteRow {
  delivery_id: string;
  suggestion_id: string;
  comment: string;
  author_name: string;
  org_name: string;
  created_at: Date;
}

interface WatchRow {
  suggestion_id: string;
  delivery_id: string | null;
  display_name: string;
  org_name: string;
  created_at: Date;
}

/**
 * The court administrator's work list: what needs their action in their own court's issued letters —
 * replies to evaluate, extension requests, misdelivered letters to re-route, overdue deliveries,
 * follow-ups due, implementation reports to confirm — and everything a supervisor has put a 督办意见
 * on or watches. Paged like the other lists (`page`, `pageSize`, `total`), with the count per reason.
 * Visibility is the one rule (the caller's VisibilityScope), narrowed to the caller's own court;
 * which due date runs is the one running-clock rule (deliveries.running_clock). One prepared
 * statement (workListSql) answers counts, total and page; the page's supervision details follow.
 */
@Injectable()
export class WorklistService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jurisdiction: JurisdictionService,
    private readonly deadlines: DeadlineService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(p: Principal, opts: { type?: WorkType; page: number; pageSize: number }): Promise<WorkList> {
    const v = await this.jurisdiction.resolve(p);
    if (v.letters !== 'courts' || !v.ownCourtId || v.authorUserId || v.division !== null)
      throw AppException.forbidden('The work list is for court administrators');
    const colours = await this.deadlines.colourRule();
    const today = colours.today;
    const { sql, values } = workListSql({
      court: v.ownCourtId,
      today,
      soon: addDays(today, this.config.dueSoonDays),
      visibleDeliveries: (q) => q.named(this.jurisdiction.visibleDeliveries(v, 'd')),
      visibleLetters: (q) => q.named(this.jurisdiction.visibleLetters(v, 's')),
      type: opts.type ?? null,
      limit: opts.pageSize,
      offset: (opts.page - 1) * opts.pageSize,
    });
    // Prepared: planning this statement costs about as much as running it.
    const rows = await queryPrepared<WorkRow>(this.ds, sql, values);
    const listed = rows.filter((r) => r.kind !== null);
    const suggestionIds = [...new Set(listed.map((r) => r.suggestion_id!))];
    const [notes, watches] = await Promise.all([this.notes(suggestionIds), this.watches(suggestionIds)]);
    const items = listed.map((r): WorkItem => {
      const reasons = WORK_TYPES.filter((t) => r.reasons!.includes(t));
      const letter = r.kind === 'LETTER';
      const live = r.delivery_kind === 'MAIN' && r.status !== 'REJECTED_BY_RECIPIENT' && r.status !== 'CLOSED';
      return {
        kind: r.kind!,
        type: reasons[0],
        reasons,
        suggestionId: r.suggestion_id!,
        deliveryId: r.delivery_id,
        docNumber: r.doc_number,
        title: r.title!,
        organizationId: r.organization_id,
        organizationName: r.org_name,
        deliveryStatus: r.status,
        dueDate: r.due,
        colour: colourOn(colours, r.clock as ClockKind | null, r.due),
        supervision: supervisionOf(
          notes.filter((n) => n.suggestion_id === r.suggestion_id && (letter || n.delivery_id === r.delivery_id)),
          // A watch on the whole letter covers its live main deliveries; a delivery's own watch only that delivery.
          watches.filter((w) => w.suggestion_id === r.suggestion_id && (letter || w.delivery_id === r.delivery_id || (w.delivery_id === null && live))),
        ),
      };
    });
    return { asOf: today, total: rows[0].total, page: opts.page, pageSize: opts.pageSize, counts: rows[0].counts, items };
  }

  private async notes(suggestionIds: string[]): Promise<NoteRow[]> {
    if (!suggestionIds.length) return [];
    return this.ds.query(
      `SELECT n.delivery_id, d.suggestion_id, n.comment, n.author_name, o.name AS org_name, n.created_at
         FROM supervision_notes n JOIN deliveries d ON d.id = n.delivery_id JOIN organizations o ON o.id = n.author_org_id
        WHERE d.suggestion_id = ANY($1::uuid[]) ORDER BY n.created_at DESC, n.id DESC`,
      [suggestionIds],
    );
  }

  /** Watches by anyone outside the issuing court (its own staff's bookmarks are not supervision). */
  private async watches(suggestionIds: string[]): Promise<WatchRow[]> {
    if (!suggestionIds.length) return [];
    return this.ds.query(
      `SELECT w.suggestion_id, w.delivery_id, u.display_name, o.name AS org_name, w.created_at
         FROM supervision_watches w JOIN suggestions s ON s.id = w.suggestion_id JOIN users u ON u.id = w.user_id JOIN organizations o ON o.id = w.organization_id
        WHERE w.suggestion_id = ANY($1::uuid[]) AND w.organization_id <> s.court_id ORDER BY w.created_at, w.id`,
      [suggestionIds],
    );
  }
}

function supervisionOf(notes: NoteRow[], watches: WatchRow[]): WorkSupervision {
  const n = notes[0];
  return {
    notes: notes.length,
    latestNote: n ? { comment: n.comment, authorName: n.author_name, organizationName: n.org_name, createdAt: n.created_at } : null,
    watched: watches.length > 0,
    watchers: watches.map((w) => ({ name: w.display_name, organizationName: w.org_name, scope: w.delivery_id ? 'DELIVERY' : 'LETTER', since: w.created_at })),
  };
}
