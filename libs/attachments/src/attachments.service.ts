import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, AppException, Clock, queryReturning } from '@app/core';
import { AuditService } from '@app/audit';
import { JurisdictionService } from '@app/directory';
import { actorOf, Principal } from '@app/identity';
import { DataSource, EntityManager } from 'typeorm';
import { AttachmentEntity } from './attachment.entity';
import { AttachmentJsonRow, attachmentMetasFromJson, deliveryAttachmentsJsonSql } from './attachment-json';
import { AttachmentStorage } from './attachment-storage';
import { AttachmentTarget } from './attachment-target';
import { AttachmentsErrorCode } from './attachments-error-codes';
import { detectFile, extensionOf, FILE_KINDS } from './file-type-detector';
import { sanitizeFileName } from './file-name';

/** What clients see of an attachment (upload answer, and embedded in letters and deliveries). */
export interface AttachmentMeta {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  purpose: AttachmentTarget['purpose'] | null;
  createdAt: Date;
}

export interface UploadInput {
  /** The name the client sent (sanitized before it is kept). */
  fileName: string | undefined;
  /** The file's bytes, streamed. */
  stream: Readable;
  /** True when the multipart parser cut the part at its size limit. */
  truncated?: () => boolean;
  /** Aborts the upload (its reason, an AppException, is the answer): a malformed, stalled or abandoned body. */
  signal?: AbortSignal;
  /** Resolves once the whole request body has arrived well formed; nothing is kept before it does. */
  complete?: () => Promise<void>;
}

export interface AttachmentDownload {
  meta: AttachmentMeta;
  stream: Readable;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toAttachmentMeta(a: AttachmentEntity): AttachmentMeta {
  return { id: a.id, fileName: a.fileName, contentType: a.contentType, size: a.sizeBytes, sha256: a.sha256, purpose: a.purpose, createdAt: a.createdAt };
}

/**
 * Uploaded files: streamed to STORAGE_DIR under random names, type checked by magic bytes,
 * attached to a letter/delivery inside the caller's transaction, downloadable only by those who
 * may see what they are attached to.
 */
@Injectable()
export class AttachmentsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Attachments');
  readonly storage: AttachmentStorage;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly jurisdiction: JurisdictionService,
  ) {
    this.storage = new AttachmentStorage(config.storageDir);
  }

  /** Clears temp files of uploads a crash interrupted (older than a day, so other replicas' live uploads stay). */
  onApplicationBootstrap(): void {
    this.storage
      .sweepTemp(24 * 3600 * 1000)
      .then((n) => n && this.logger.log(`removed ${n} stale upload temp file(s)`))
      .catch((e) => this.logger.warn(`could not sweep upload temp files: ${(e as Error).message}`));
  }

  get maxBytes(): number {
    return this.config.uploadMaxBytes;
  }

  /**
   * Receives one file: streamed to a temp file while hashed (413 at the size limit, nothing
   * kept), its content checked against its extension (422 UNSUPPORTED_FILE_TYPE, nothing kept),
   * moved to a random name, recorded with an audit event. Unattached until {@link attach}.
   */
  async upload(p: Principal, input: UploadInput): Promise<AttachmentMeta> {
    const received = await this.storage.receive(input.stream, this.maxBytes, input.truncated, input.signal);
    let storageName: string | null = null;
    try {
      await input.complete?.();
      const kind = await detectFile(received.tmpPath, input.fileName ?? '');
      if (!kind) {
        throw new AppException(
          422,
          AttachmentsErrorCode.UNSUPPORTED_FILE_TYPE,
          'Only pdf, doc, docx, xls, xlsx, jpg, png and ofd files are accepted, and the extension must match the content',
          {
            allowed: Object.values(FILE_KINDS).flatMap((k) => k.extensions),
            extension: extensionOf(input.fileName ?? ''),
          },
        );
      }
      const id = randomUUID();
      storageName = await this.storage.commit(received.tmpPath, id);
      const row: AttachmentEntity = {
        id,
        suggestionId: null,
        deliveryId: null,
        purpose: null,
        uploadedBy: p.userId,
        uploaderOrgId: p.organizationId,
        fileName: sanitizeFileName(input.fileName, kind.extensions[0]),
        contentType: kind.contentType,
        sizeBytes: received.size,
        sha256: received.sha256,
        storageName,
        createdAt: this.clock.now(),
        attachedAt: null,
        version: 1,
      };
      await this.dataSource.transaction(async (m) => {
        await m.insert(AttachmentEntity, row);
        await this.audit.record(m, actorOf(p), {
          action: 'attachment.upload',
          entityType: 'attachment',
          entityId: id,
          organizationId: p.organizationId,
          data: { fileName: row.fileName, contentType: row.contentType, size: row.sizeBytes, sha256: row.sha256 },
        });
      });
      return toAttachmentMeta(row);
    } catch (e) {
      if (storageName) await this.storage.remove(storageName).catch(() => undefined);
      throw e;
    } finally {
      await this.storage.discard(received.tmpPath).catch(() => undefined);
    }
  }

  /**
   * Attaches previously uploaded files (by id) to a letter or delivery, inside the caller's
   * transaction. Throws 422 ATTACHMENT_NOT_FOUND when an id does not exist, was uploaded by
   * another organization, or is already attached to something else. Attaching again to the same
   * target is a no-op. Writes no audit event: the caller's own event records the change.
   */
  async attach(m: EntityManager, principal: Principal, attachmentIds: string[], target: AttachmentTarget): Promise<void> {
    const ids = [...new Set(attachmentIds.map((id) => String(id).toLowerCase()))];
    if (ids.length === 0) return;
    const malformed = ids.filter((id) => !UUID.test(id));
    const valid = ids.filter((id) => UUID.test(id));
    const rows: AttachmentEntity[] = valid.length
      ? await m.getRepository(AttachmentEntity).createQueryBuilder('a').where('a.id IN (:...ids)', { ids: valid }).setLock('pessimistic_write').getMany()
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const deliveryId = target.deliveryId ?? null;
    const sameTarget = (a: AttachmentEntity) => a.suggestionId === target.suggestionId && a.deliveryId === deliveryId && a.purpose === target.purpose;
    const bad = [
      ...malformed,
      ...valid.filter((id) => {
        const a = byId.get(id);
        return !a || a.uploaderOrgId !== principal.organizationId || (a.suggestionId !== null && !sameTarget(a));
      }),
    ];
    if (bad.length) {
      throw new AppException(
        422,
        AttachmentsErrorCode.ATTACHMENT_NOT_FOUND,
        'Some attachments do not exist, belong to another organization or are already attached elsewhere',
        { attachmentIds: bad },
      );
    }
    const fresh = rows.filter((a) => a.suggestionId === null).map((a) => a.id);
    if (fresh.length === 0) return;
    if (deliveryId) {
      const owned = await m.query('SELECT 1 FROM deliveries WHERE id = $1 AND suggestion_id = $2', [deliveryId, target.suggestionId]);
      if (owned.length === 0) throw new Error(`attach: delivery ${deliveryId} does not belong to letter ${target.suggestionId}`);
    }
    await m
      .createQueryBuilder()
      .update(AttachmentEntity)
      .set({ suggestionId: target.suggestionId, deliveryId, purpose: target.purpose, attachedAt: this.clock.now(), version: () => 'version + 1' })
      .where('id IN (:...ids)', { ids: fresh })
      .execute();
  }

  /**
   * Takes files off a letter or delivery again (a draft's PATCH that drops them), inside the
   * caller's transaction: they become unattached uploads of their organization. Only files
   * attached to exactly that target are touched; returns the ids detached.
   */
  async detach(m: EntityManager, attachmentIds: string[], target: AttachmentTarget): Promise<string[]> {
    const ids = [...new Set(attachmentIds.map((id) => String(id).toLowerCase()))].filter((id) => UUID.test(id));
    if (ids.length === 0) return [];
    const rows = await queryReturning<{ id: string }>(
      m,
      `UPDATE attachments SET suggestion_id = NULL, delivery_id = NULL, purpose = NULL, attached_at = NULL, version = version + 1
        WHERE id = ANY($1::uuid[]) AND suggestion_id = $2 AND delivery_id IS NOT DISTINCT FROM $3 AND purpose = $4 RETURNING id`,
      [ids, target.suggestionId, target.deliveryId ?? null, target.purpose],
    );
    return rows.map((r) => r.id);
  }

  /** The files of several deliveries at once (one query), by delivery id, oldest first. */
  async listForDeliveries(deliveryIds: string[], m?: EntityManager): Promise<Map<string, AttachmentMeta[]>> {
    const out = new Map<string, AttachmentMeta[]>(deliveryIds.map((id) => [id, []]));
    if (deliveryIds.length === 0) return out;
    const rows: { id: string; files: AttachmentJsonRow[] }[] = await (m ?? this.dataSource.manager).query(
      `SELECT x.id, ${deliveryAttachmentsJsonSql('x.id')} AS files FROM unnest($1::uuid[]) AS x(id)`,
      [deliveryIds],
    );
    for (const r of rows) if (out.has(r.id)) out.set(r.id, attachmentMetasFromJson(r.files));
    return out;
  }

  /**
   * The files of a letter (deliveryId omitted or null: those attached to the letter itself) or of
   * one delivery, oldest first, for embedding in letter and delivery responses. The caller has
   * already checked that the letter or delivery is visible.
   */
  async listFor(suggestionId: string, deliveryId?: string | null, m?: EntityManager): Promise<AttachmentMeta[]> {
    const qb = (m ?? this.dataSource.manager).getRepository(AttachmentEntity).createQueryBuilder('a').where('a.suggestionId = :suggestionId', { suggestionId });
    if (deliveryId) qb.andWhere('a.deliveryId = :deliveryId', { deliveryId });
    else qb.andWhere('a.deliveryId IS NULL');
    const rows = await qb.orderBy('a.createdAt', 'ASC').addOrderBy('a.id', 'ASC').getMany();
    return rows.map(toAttachmentMeta);
  }

  /** The metadata of one attachment the caller may see; 404 otherwise. */
  async get(p: Principal, id: string): Promise<AttachmentEntity> {
    const a = await this.dataSource.getRepository(AttachmentEntity).findOneBy({ id });
    if (!a || !(await this.canSee(p, a))) throw AppException.notFound('Attachment');
    return a;
  }

  /** Opens a visible attachment for streaming; 404 when invisible or its file is gone. */
  async openForDownload(p: Principal, id: string): Promise<AttachmentDownload> {
    const a = await this.get(p, id);
    if (!(await this.storage.exists(a.storageName))) {
      this.logger.warn(`attachment ${a.id}: file ${a.storageName} is missing from storage`);
      throw AppException.notFound('Attachment');
    }
    return { meta: toAttachmentMeta(a), stream: this.storage.open(a.storageName) };
  }

  /**
   * Visibility: an unattached upload only to its uploader's organization; an attached one to
   * those who see what it is attached to — the delivery (agencies: only their own; a reply's files,
   * outside the recipient, not while the reply awaits its leader's approval) or, for files on the
   * letter itself, the letter (agencies: only files of purpose LETTER).
   */
  private async canSee(p: Principal, a: AttachmentEntity): Promise<boolean> {
    if (!a.suggestionId) return a.uploaderOrgId === p.organizationId;
    const j = await this.jurisdiction.resolve(p);
    if (a.deliveryId) {
      const scope = this.jurisdiction.deliveryScope(j, 'd', 's');
      const qb = this.dataSource
        .createQueryBuilder()
        .select('1')
        .from('deliveries', 'd')
        .innerJoin('suggestions', 's', 's.id = d.suggestion_id')
        .where('d.id = :deliveryId AND s.id = :suggestionId', { deliveryId: a.deliveryId, suggestionId: a.suggestionId })
        .andWhere(scope.sql, scope.params);
      if (a.purpose === 'REPLY') {
        // A reply awaiting its agency leader's approval is the agency's alone (replyWithheldFrom in
        // @app/deliveries): its files reach others once it is approved.
        qb.andWhere(
          `(d.organization_id = :callerOrg OR NOT EXISTS (SELECT 1 FROM delivery_replies r WHERE r.delivery_id = d.id AND r.status IN ('DRAFT','PENDING_APPROVAL','RETURNED')))`,
          { callerOrg: p.organizationId },
        );
      }
      return (await qb.getRawMany()).length > 0;
    }
    const agencyOnly = j.courtScope.kind === 'none';
    if (agencyOnly && a.purpose !== 'LETTER') return false;
    const scope = this.jurisdiction.suggestionScope(j, 's');
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('1')
      .from('suggestions', 's')
      .where('s.id = :suggestionId', { suggestionId: a.suggestionId })
      .andWhere(scope.sql, scope.params)
      .getRawMany();
    return rows.length > 0;
  }
}
