import { types } from 'pg';
import type { AttachmentMeta } from './attachments.service';

/**
 * A delivery's files as one JSON column, so a read can fetch them in the same query as the
 * delivery itself. Timestamps travel as PostgreSQL's text form and are parsed by the driver's own
 * timestamptz parser, so they come out exactly as a plain column read would give them.
 */
export interface AttachmentJsonRow {
  id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  purpose: AttachmentMeta['purpose'];
  created_at: string;
}

const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (s: string) => Date;

/** SQL expression: the files attached to the delivery `deliveryIdSql`, oldest first, as a JSON array. */
export function deliveryAttachmentsJsonSql(deliveryIdSql: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', a.id, 'file_name', a.file_name, 'content_type', a.content_type,
      'size_bytes', a.size_bytes, 'sha256', a.sha256, 'purpose', a.purpose, 'created_at', a.created_at::text) ORDER BY a.created_at, a.id), '[]'::json)
    FROM attachments a WHERE a.delivery_id = ${deliveryIdSql})`;
}

/** What clients see of the rows {@link deliveryAttachmentsJsonSql} produced. */
export function attachmentMetasFromJson(rows: AttachmentJsonRow[] | null | undefined): AttachmentMeta[] {
  return (rows ?? []).map((a) => ({
    id: a.id,
    fileName: a.file_name,
    contentType: a.content_type,
    size: Number(a.size_bytes),
    sha256: a.sha256,
    purpose: a.purpose ?? null,
    createdAt: parseTimestamptz(a.created_at),
  }));
}
