import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { AttachmentPurpose } from './attachment-target';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * An uploaded file (table `attachments`). The bytes live under STORAGE_DIR at `storage_name`, a
 * random sharded path; the client's name is kept only here, sanitized. Unattached until a letter,
 * reply, report or message claims it ({@link AttachmentsService.attach}).
 */
@Entity({ name: 'attachments' })
export class AttachmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId: string | null;

  @Column({ name: 'delivery_id', type: 'uuid', nullable: true })
  deliveryId: string | null;

  /** What it is attached to within the letter; null while unattached. */
  @Column({ type: 'text', nullable: true })
  purpose: AttachmentPurpose | null;

  /** The uploading user (null for an organization's API token). */
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @Column({ name: 'uploader_org_id', type: 'uuid' })
  uploaderOrgId: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: bigintAsNumber })
  sizeBytes: number;

  /** Lower-case hex SHA-256 of the content. */
  @Column({ type: 'text' })
  sha256: string;

  /** Path relative to `<STORAGE_DIR>/attachments`, e.g. `3f/a2/3fa2…-uuid`. */
  @Column({ name: 'storage_name', type: 'text' })
  storageName: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true })
  attachedAt: Date | null;

  @VersionColumn()
  version: number;
}
