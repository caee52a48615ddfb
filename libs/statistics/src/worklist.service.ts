import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, queryPrepared, SqlParams } from '@app/core';
import { DeadlineService } from '@app/deadlines';
import { JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';

/** Why an item is on the court admin's work list, most pressing first (the first one is its `type`). */
export const WORK_TYPES = [
  'OVERDUE',
  'EXTENSION_PENDING',
  'REJECTED_TO_REROUTE',
  'REPLY_TO_EVALUATE',
  'FOLLOW_UP_DUE',
  'IMPLEMENTATION_TO_CONFIRM',
  'SUPERVISED',
] as const;
export type WorkType = (typeof WORK_TYPES)[number];

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

export interface WorkList {
  asOf: string;
  total: number;
  counts: Record<WorkType, number>;
  items: WorkItem[];
}

type Row = Record<string, any>;

const runningDue = (r: Row): string | null =>
  r.status === 'DELIVERED' ? (r.kind === 'MAIN' ? r.sign_due : null) : r.status === 'SIGNED' ? r.reply_due : r.status === 'IMPLEMENTING' ? r.follow_up : null;

/**
 * The court administrator's work list: what needs their action in their own court's issued letters —
 * replies to evaluate, extension requests, misdelivered letters to re-route, overdue deliveries,
 * follow-ups due, implementation reports to confirm — and everything a supervisor has put a 督办意见
 * on or watches. Visibility is the one rule (the caller's VisibilityScope), narrowed to the caller's
 * own court: `d.court_id = :own` on ix_deliveries_court_delivered.
 */
@Injectable()
export class WorklistService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jurisdiction: JurisdictionService,
    private readonly deadlines: DeadlineService,
  ) {}

  async list(p: Principal, type?: WorkType): Promise<WorkList> {
    const v = await this.jurisdiction.resolve(p);
    if (v.letters !== 'courts' || !v.ownCourtId || v.authorUserId || v.division !== null)
      throw AppException.forbidden('The work list is for court administrators');
    const today = this.deadlines.today();
    const q = new SqlParams();
    const court = q.add(v.ownCourtId);
    const t = q.add(today);
    const scope = q.named(this.jurisdiction.visibleDeliveries(v, 'd'));
    const external = `w.organization_id <> s.court_id`;
    // Conditions on `d` alone are applied while reading the court's deliveries (d.court_id is the
    // letter's court), so only the listed ones are joined to their letter; the recipient's name is
    // looked up per listed row. Prepared: planning this statement costs as much as running it.
    const deliveries: Row[] = await queryPrepared(
      this.ds,
      `SELECT d.id, d.suggestion_id, d.organization_id, d.kind, d.status, d.rerouted_to_id, d.implementation_status,
              d.sign_due_date::text AS sign_due, d.reply_due_date::text AS reply_due, d.follow_up_date::text AS follow_up,
              s.doc_number, s.title, (SELECT o.name FROM organizations o WHERE o.id = d.organization_id) AS org_name,
              EXISTS (SELECT 1 FROM delivery_extensions x WHERE x.delivery_id = d.id AND x.status = 'PENDING') AS ext_pending
         FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id
        WHERE d.court_id = ${court} AND s.status = 'ISSUED' AND ${scope}
          AND ((d.kind = 'MAIN' AND d.status = 'DELIVERED' AND d.sign_due_date < ${t}::date)
            OR (d.status = 'SIGNED' AND d.reply_due_date < ${t}::date)
            OR d.status = 'REPLIED'
            OR (d.status = 'IMPLEMENTING' AND (d.follow_up_date <= ${t}::date OR d.implementation_status = 'IMPLEMENTED'))
            OR (d.status = 'REJECTED_BY_RECIPIENT' AND d.rerouted_to_id IS NULL)
            OR EXISTS (SELECT 1 FROM delivery_extensions x WHERE x.delivery_id = d.id AND x.status = 'PENDING')
            OR EXISTS (SELECT 1 FROM supervision_notes n WHERE n.delivery_id = d.id)
            OR EXISTS (SELECT 1 FROM supervision_watches w WHERE w.delivery_id = d.id AND w.organization_id <> d.court_id))`,
      q.values,
    );
    const q2 = new SqlParams();
    const letters: Row[] = await queryPrepared(
      this.ds,
      `SELECT s.id, s.doc_number, s.title,
              (SELECT string_agg(o.name, '、' ORDER BY o.name) FROM deliveries d JOIN organizations o ON o.id = d.organization_id
                WHERE d.suggestion_id = s.id AND d.kind = 'MAIN' AND d.status <> 'REJECTED_BY_RECIPIENT') AS org_names,
              (SELECT min(CASE d.status WHEN 'DELIVERED' THEN d.sign_due_date WHEN 'SIGNED' THEN d.reply_due_date WHEN 'IMPLEMENTING' THEN d.follow_up_date END)::text
                 FROM deliveries d WHERE d.suggestion_id = s.id AND d.kind = 'MAIN') AS due
         FROM suggestions s
        WHERE s.court_id = ${q2.add(v.ownCourtId)} AND s.status = 'ISSUED' AND ${q2.named(this.jurisdiction.visibleLetters(v, 's'))}
          AND EXISTS (SELECT 1 FROM supervision_watches w WHERE w.suggestion_id = s.id AND ${external})`,
      q2.values,
    );
    const suggestionIds = [...new Set([...deliveries.map((d) => d.suggestion_id), ...letters.map((l) => l.id)])];
    const [notes, watches] = await Promise.all([this.notes(suggestionIds), this.watches(suggestionIds)]);

    const items: WorkItem[] = [];
    for (const d of deliveries) {
      const dueDate = runningDue(d);
      const dNotes = notes.filter((n) => n.delivery_id === d.id);
      // A watch on the whole letter flags its live main deliveries that are listed anyway (not copies, returned or closed ones).
      const coveredByLetter = d.kind === 'MAIN' && d.status !== 'REJECTED_BY_RECIPIENT' && d.status !== 'CLOSED';
      const dWatches = watches.filter((w) => w.suggestion_id === d.suggestion_id && (w.delivery_id === d.id || (w.delivery_id === null && coveredByLetter)));
      const reasons: WorkType[] = [];
      if (((d.status === 'DELIVERED' && d.kind === 'MAIN') || d.status === 'SIGNED') && dueDate !== null && dueDate < today) reasons.push('OVERDUE');
      if (d.ext_pending) reasons.push('EXTENSION_PENDING');
      if (d.status === 'REJECTED_BY_RECIPIENT' && !d.rerouted_to_id) reasons.push('REJECTED_TO_REROUTE');
      if (d.status === 'REPLIED') reasons.push('REPLY_TO_EVALUATE');
      if (d.status === 'IMPLEMENTING' && d.follow_up !== null && d.follow_up <= today) reasons.push('FOLLOW_UP_DUE');
      if (d.status === 'IMPLEMENTING' && d.implementation_status === 'IMPLEMENTED') reasons.push('IMPLEMENTATION_TO_CONFIRM');
      if (dNotes.length || dWatches.length) reasons.push('SUPERVISED');
      if (!reasons.length) continue;
      items.push({
        kind: 'DELIVERY',
        type: reasons[0],
        reasons,
        suggestionId: d.suggestion_id,
        deliveryId: d.id,
        docNumber: d.doc_number ?? null,
        title: d.title,
        organizationId: d.organization_id,
        organizationName: d.org_name,
        deliveryStatus: d.status,
        dueDate,
        colour: this.deadlines.colour(dueDate, today),
        supervision: supervisionOf(dNotes, dWatches),
      });
    }
    // A watched letter shows through its listed deliveries; as a letter item only when none of them is listed
    // (one line for a watched letter to nine agencies, not nine).
    for (const l of letters) {
      if (items.some((i) => i.suggestionId === l.id)) continue;
      items.push({
        kind: 'LETTER',
        type: 'SUPERVISED',
        reasons: ['SUPERVISED'],
        suggestionId: l.id,
        deliveryId: null,
        docNumber: l.doc_number ?? null,
        title: l.title,
        organizationId: null,
        organizationName: l.org_names ?? null,
        deliveryStatus: null,
        dueDate: l.due ?? null,
        colour: this.deadlines.colour(l.due ?? null, today),
        supervision: supervisionOf(
          notes.filter((n) => n.suggestion_id === l.id),
          watches.filter((w) => w.suggestion_id === l.id),
        ),
      });
    }
    const rank = { RED: 0, YELLOW: 1, GREEN: 2 } as const;
    items.sort(
      (a, b) =>
        rank[a.colour] - rank[b.colour] ||
        Number(b.reasons.includes('SUPERVISED')) - Number(a.reasons.includes('SUPERVISED')) ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        (a.docNumber ?? '').localeCompare(b.docNumber ?? '') ||
        (a.deliveryId ?? '').localeCompare(b.deliveryId ?? ''),
    );
    const counts = Object.fromEntries(WORK_TYPES.map((k) => [k, items.filter((i) => i.reasons.includes(k)).length])) as Record<WorkType, number>;
    const shown = type ? items.filter((i) => i.reasons.includes(type)) : items;
    return { asOf: today, total: shown.length, counts, items: shown };
  }

  private async notes(suggestionIds: string[]): Promise<Row[]> {
    if (!suggestionIds.length) return [];
    return this.ds.query(
      `SELECT n.delivery_id, d.suggestion_id, n.comment, n.author_name, o.name AS org_name, n.created_at
         FROM supervision_notes n JOIN deliveries d ON d.id = n.delivery_id JOIN organizations o ON o.id = n.author_org_id
        WHERE d.suggestion_id = ANY($1::uuid[]) ORDER BY n.created_at DESC, n.id DESC`,
      [suggestionIds],
    );
  }

  /** Watches by anyone outside the issuing court (its own staff's bookmarks are not supervision). */
  private async watches(suggestionIds: string[]): Promise<Row[]> {
    if (!suggestionIds.length) return [];
    return this.ds.query(
      `SELECT w.suggestion_id, w.delivery_id, u.display_name, o.name AS org_name, w.created_at
         FROM supervision_watches w JOIN suggestions s ON s.id = w.suggestion_id JOIN users u ON u.id = w.user_id JOIN organizations o ON o.id = w.organization_id
        WHERE w.suggestion_id = ANY($1::uuid[]) AND w.organization_id <> s.court_id ORDER BY w.created_at, w.id`,
      [suggestionIds],
    );
  }
}

function supervisionOf(notes: Row[], watches: Row[]): WorkSupervision {
  const n = notes[0];
  return {
    notes: notes.length,
    latestNote: n ? { comment: n.comment, authorName: n.author_name, organizationName: n.org_name, createdAt: n.created_at } : null,
    watched: watches.length > 0,
    watchers: watches.map((w) => ({ name: w.display_name, organizationName: w.org_name, scope: w.delivery_id ? 'DELIVERY' : 'LETTER', since: w.created_at })),
  };
}
