import { SqlParams } from '@app/core';
import { RUNNING_CLOCK_SQL } from '@app/deadlines';

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

/** One row of the work-list statement: the counts and total (on every row) and the page's items. */
export interface WorkRow {
  counts: Record<WorkType, number>;
  total: number;
  kind: 'DELIVERY' | 'LETTER' | null;
  delivery_kind: 'MAIN' | 'COPY' | null;
  suggestion_id: string | null;
  delivery_id: string | null;
  doc_number: string | null;
  title: string | null;
  organization_id: string | null;
  org_name: string | null;
  status: string | null;
  due: string | null;
  /** The running clock of `due` (colours are per clock). */
  clock: string | null;
  reasons: WorkType[] | null;
}

export interface WorkQuery {
  court: string;
  today: string;
  /** The last day that is YELLOW (today + DUE_SOON_DAYS). */
  soon: string;
  /** Conditions of the caller's VisibilityScope on `deliveries d` and `suggestions s`. */
  visibleDeliveries: (q: SqlParams) => string;
  visibleLetters: (q: SqlParams) => string;
  type: WorkType | null;
  limit: number;
  offset: number;
}

/**
 * The whole work list in one statement: every item with its reasons (all of them, for the counts),
 * the total after the type filter, and one page in the list's order — RED, YELLOW, GREEN by the
 * running due date; supervised first; earliest due; document number; delivery id. Reasons by the
 * running clock (deliveries.running_clock / running_due_date): OVERDUE = sign-for or reply clock
 * past due; FOLLOW_UP_DUE = follow-up date reached. A watch on the whole letter flags the live main
 * deliveries listed anyway; a watched letter none of whose deliveries is listed is one LETTER item.
 * Reads the court's issued letters and their deliveries (`d.court_id = :court`,
 * ix_deliveries_court_internal), so its cost follows one court's deliveries, not the table; the
 * pending extensions, notes and watches are each read once and hashed (not probed per delivery).
 */
export function workListSql(w: WorkQuery): { sql: string; values: unknown[] } {
  const q = new SqlParams();
  const court = q.add(w.court);
  const today = `${q.add(w.today)}::date`;
  const soon = `${q.add(w.soon)}::date`;
  const clock = RUNNING_CLOCK_SQL.kind('d');
  const due = RUNNING_CLOCK_SQL.dueDate('d');
  const type = q.add(w.type);
  const sql = `
    WITH letters AS MATERIALIZED (
      SELECT s.id, s.doc_number, s.title, coalesce(wx.any, false) AS watched, coalesce(wx.letter, false) AS letter_watched
        FROM suggestions s
        LEFT JOIN LATERAL (SELECT true AS any, bool_or(w.delivery_id IS NULL) AS letter FROM supervision_watches w
                            WHERE w.suggestion_id = s.id AND w.organization_id <> ${court}::uuid HAVING count(*) > 0) wx ON true
       WHERE s.court_id = ${court} AND s.status = 'ISSUED' AND ${w.visibleLetters(q)}
    ),
    dl AS (
      SELECT d.id, d.suggestion_id, d.organization_id, d.status, d.kind, ${due} AS due, ${clock} AS clock, l.doc_number, l.title, l.letter_watched,
             array_remove(ARRAY[
               CASE WHEN ${clock} IN ('SIGN','REPLY') AND ${due} < ${today} THEN 'OVERDUE' END,
               CASE WHEN d.id IN (SELECT x.delivery_id FROM delivery_extensions x WHERE x.status = 'PENDING') THEN 'EXTENSION_PENDING' END,
               CASE WHEN d.status = 'REJECTED_BY_RECIPIENT' AND d.rerouted_to_id IS NULL THEN 'REJECTED_TO_REROUTE' END,
               CASE WHEN d.status = 'REPLIED' THEN 'REPLY_TO_EVALUATE' END,
               CASE WHEN ${clock} = 'FOLLOW_UP' AND ${due} <= ${today} THEN 'FOLLOW_UP_DUE' END,
               CASE WHEN d.status = 'IMPLEMENTING' AND d.implementation_status = 'IMPLEMENTED' THEN 'IMPLEMENTATION_TO_CONFIRM' END,
               CASE WHEN d.id IN (SELECT n.delivery_id FROM supervision_notes n JOIN deliveries nd ON nd.id = n.delivery_id WHERE nd.court_id = ${court})
                      OR d.id IN (SELECT w.delivery_id FROM supervision_watches w JOIN letters wl ON wl.id = w.suggestion_id
                                   WHERE w.delivery_id IS NOT NULL AND w.organization_id <> ${court}::uuid) THEN 'SUPERVISED' END
             ], NULL) AS reasons
        FROM deliveries d JOIN letters l ON l.id = d.suggestion_id
       WHERE d.court_id = ${court} AND ${w.visibleDeliveries(q)}
    ),
    items AS (
      SELECT 'DELIVERY' AS kind, dl.kind AS delivery_kind, dl.suggestion_id, dl.id AS delivery_id, dl.doc_number, dl.title, dl.organization_id, dl.status, dl.due, dl.clock,
             CASE WHEN dl.letter_watched AND dl.kind = 'MAIN' AND dl.status NOT IN ('REJECTED_BY_RECIPIENT','CLOSED') AND NOT 'SUPERVISED' = ANY(dl.reasons)
                  THEN array_append(dl.reasons, 'SUPERVISED') ELSE dl.reasons END AS reasons
        FROM dl WHERE cardinality(dl.reasons) > 0
      UNION ALL
      SELECT 'LETTER', NULL, l.id, NULL, l.doc_number, l.title, NULL, NULL,
             (SELECT min(${due}) FROM deliveries d WHERE d.suggestion_id = l.id AND d.kind = 'MAIN'),
             (SELECT ${clock} FROM deliveries d WHERE d.suggestion_id = l.id AND d.kind = 'MAIN' AND ${due} IS NOT NULL ORDER BY ${due} LIMIT 1),
             ARRAY['SUPERVISED']
        FROM letters l
       WHERE l.watched AND NOT EXISTS (SELECT 1 FROM dl WHERE dl.suggestion_id = l.id AND cardinality(dl.reasons) > 0)
    ),
    shown AS (SELECT * FROM items WHERE ${type}::text IS NULL OR ${type}::text = ANY(items.reasons)),
    page AS (
      SELECT shown.*, row_number() OVER (
               ORDER BY CASE WHEN due < ${today} THEN 0 WHEN due <= ${soon} THEN 1 ELSE 2 END, 'SUPERVISED' = ANY(reasons) DESC,
                        due NULLS LAST, coalesce(doc_number, ''), delivery_id NULLS FIRST) AS n
        FROM shown ORDER BY n LIMIT ${q.add(w.limit)} OFFSET ${q.add(w.offset)}
    )
    SELECT c.counts, (SELECT count(*)::int FROM shown) AS total,
           p.kind, p.delivery_kind, p.suggestion_id, p.delivery_id, p.doc_number, p.title, p.organization_id,
           CASE WHEN p.kind = 'LETTER'
                THEN (SELECT string_agg(o.name, '、' ORDER BY o.name) FROM deliveries d JOIN organizations o ON o.id = d.organization_id
                       WHERE d.suggestion_id = p.suggestion_id AND d.kind = 'MAIN' AND d.status <> 'REJECTED_BY_RECIPIENT')
                ELSE (SELECT o.name FROM organizations o WHERE o.id = p.organization_id) END AS org_name,
           p.status, p.due::text AS due, p.clock, p.reasons
      FROM (SELECT json_build_object(${WORK_TYPES.map((t) => `'${t}', count(*) FILTER (WHERE '${t}' = ANY(reasons))`).join(', ')}) AS counts FROM items) c
      LEFT JOIN page p ON true
     ORDER BY p.n`;
  return { sql, values: q.values };
}
