import { AttachmentJsonRow, deliveryAttachmentsJsonSql } from '@app/attachments';
import { DeliveryRow, DeliverySupervisionNote, DeliveryWatcher, parseTimestamptz } from './delivery-row';

/*
 * A single-delivery read (its page, and the answer to every action on it) shows the delivery with
 * its files, supervision notes and watches. They come in the same query as the delivery, as JSON
 * columns, and are made here into what the API shows, exactly as separate reads would give them.
 */

/** SQL: the supervision notes on delivery `deliveryIdSql`, latest first, as a JSON array of {@link SupervisionNoteJson}. */
export function supervisionNotesJsonSql(deliveryIdSql: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', n.id, 'comment', n.comment, 'created_at', n.created_at::text, 'author_user_id', n.author_user_id,
      'author_org_id', n.author_org_id, 'author_name', n.author_name, 'org_name', na.name) ORDER BY n.created_at DESC, n.id DESC), '[]'::json)
    FROM supervision_notes n JOIN organizations na ON na.id = n.author_org_id WHERE n.delivery_id = ${deliveryIdSql})`;
}

/** SQL: the watches on delivery `deliveryIdSql` or on its letter `suggestionIdSql`, oldest first, as a JSON array of {@link WatchJson}. */
export function watchesJsonSql(deliveryIdSql: string, suggestionIdSql: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('user_id', w.user_id, 'organization_id', w.organization_id, 'org_name', wo.name,
      'display_name', wu.display_name, 'delivery_id', w.delivery_id, 'created_at', w.created_at::text) ORDER BY w.created_at, w.id), '[]'::json)
    FROM supervision_watches w JOIN organizations wo ON wo.id = w.organization_id JOIN users wu ON wu.id = w.user_id
    WHERE w.suggestion_id = ${suggestionIdSql} AND (w.delivery_id IS NULL OR w.delivery_id = ${deliveryIdSql}))`;
}

/**
 * What a single-delivery read adds to DELIVERY_SELECT so that it is one query: the delivery's
 * files, supervision notes and watches, as JSON columns (read back by the *FromJson helpers).
 */
export const DELIVERY_DETAIL_SELECT = `,
  ${deliveryAttachmentsJsonSql('d.id')} AS attachment_list,
  ${supervisionNotesJsonSql('d.id')} AS supervision_note_list,
  ${watchesJsonSql('d.id', 'd.suggestion_id')} AS watch_list`;

/** A row of DELIVERY_SELECT + DELIVERY_DETAIL_SELECT. */
export interface DeliveryDetailRow extends DeliveryRow {
  attachment_list: AttachmentJsonRow[] | null;
  supervision_note_list: SupervisionNoteJson[];
  watch_list: WatchJson[];
}

export interface SupervisionNoteJson {
  id: string;
  comment: string;
  created_at: string;
  author_user_id: string | null;
  author_org_id: string;
  author_name: string;
  org_name: string;
}

export interface WatchJson {
  user_id: string;
  organization_id: string;
  org_name: string;
  display_name: string;
  delivery_id: string | null;
  created_at: string;
}

export function supervisionNotesFromJson(rows: SupervisionNoteJson[] | null | undefined): DeliverySupervisionNote[] {
  return (rows ?? []).map((n) => ({
    id: n.id,
    comment: n.comment,
    createdAt: parseTimestamptz(n.created_at),
    author: { userId: n.author_user_id ?? null, name: n.author_name, organizationId: n.author_org_id, organizationName: n.org_name },
  }));
}

/**
 * `watched`: whether `userId` watches the delivery or its letter; `watchedBy`: who does, unless the
 * caller is the recipient (`showWatchers` false), who is not told.
 */
export function watchesFromJson(
  rows: WatchJson[] | null | undefined,
  userId: string | null,
  showWatchers: boolean,
): { watched: boolean; watchedBy: DeliveryWatcher[] } {
  const list = rows ?? [];
  return {
    watched: list.some((w) => w.user_id === userId),
    watchedBy: showWatchers
      ? list.map((w) => ({
          name: w.display_name,
          organizationId: w.organization_id,
          organizationName: w.org_name,
          scope: w.delivery_id ? 'DELIVERY' : 'LETTER',
          since: parseTimestamptz(w.created_at),
        }))
      : [],
  };
}
