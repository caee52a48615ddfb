import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, queryReturning } from '@app/core';
import { AttachmentMeta, AttachmentsService } from '@app/attachments';
import { Principal, Role } from '@app/identity';
import { OutboxService } from '@app/notifications';
import { DataSource } from 'typeorm';
import { DeliveryQueryService } from './delivery-query.service';
import { DeliveryRunner } from './delivery-runner.service';
import { DeliveryAction as A } from './delivery.types';
import { TimelineService } from './timeline.service';

export interface MessageView {
  id: string;
  deliveryId: string;
  side: 'COURT' | 'RECIPIENT';
  author: { userId: string | null; organizationId: string; name: string };
  body: string;
  /** The files sent with this message. */
  attachments: AttachmentMeta[];
  createdAt: Date;
}

export interface SupervisionNoteView {
  id: string;
  deliveryId: string;
  author: { userId: string | null; organizationId: string; name: string };
  comment: string;
  createdAt: Date;
}

/** A `delivery_messages` row with its files (`files`: JSON, timestamps as text). */
interface MessageRow {
  id: string;
  delivery_id: string;
  author_user_id: string | null;
  author_org_id: string;
  author_name: string;
  side: 'COURT' | 'RECIPIENT';
  body: string;
  created_at: Date;
  files: (Omit<AttachmentMeta, 'createdAt'> & { createdAt: string })[];
}

/** A `supervision_notes` row. */
interface SupervisionNoteRow {
  id: string;
  delivery_id: string;
  author_user_id: string | null;
  author_org_id: string;
  author_name: string;
  comment: string;
  created_at: Date;
}

/** The columns of an attachment the message's UPDATE … RETURNING gives. */
interface MessageFileRow {
  id: string;
  file_name: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
  purpose: AttachmentMeta['purpose'];
  created_at: Date;
}

/** 在线互动 (a thread per delivery between court and recipient) and 督办意见 (supervision notes). */
@Injectable()
export class DeliveryTalkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: DeliveryQueryService,
    private readonly runner: DeliveryRunner,
    private readonly attachments: AttachmentsService,
    private readonly timeline: TimelineService,
    private readonly outbox: OutboxService,
  ) {}

  async messages(p: Principal, id: string): Promise<MessageView[]> {
    if (!(await this.query.visibleRow(this.dataSource.manager, p, id))) throw AppException.notFound('Delivery');
    const rows = await this.dataSource.query<MessageRow[]>(
      `SELECT m.id, m.delivery_id, m.author_user_id, m.author_org_id, m.author_name, m.side, m.body, m.created_at, (SELECT coalesce(json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'contentType', a.content_type, 'size', a.size_bytes,
                                                 'sha256', a.sha256, 'purpose', a.purpose, 'createdAt', a.created_at) ORDER BY a.created_at, a.id), '[]')
                      FROM attachments a WHERE a.message_id = m.id) AS files
         FROM delivery_messages m WHERE m.delivery_id = $1 ORDER BY m.created_at, m.id`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      deliveryId: r.delivery_id,
      side: r.side,
      author: { userId: r.author_user_id, organizationId: r.author_org_id, name: r.author_name },
      body: r.body,
      attachments: r.files.map((f) => ({ ...f, createdAt: new Date(f.createdAt) })),
      createdAt: r.created_at,
    }));
  }

  postMessage(p: Principal, id: string, body: string, attachmentIds: string[] = []): Promise<MessageView> {
    return this.runner.runRaw(p, id, A.MESSAGE, undefined, async (x) => {
      const side = p.organizationId === x.d.organizationId ? 'RECIPIENT' : 'COURT';
      const name = p.displayName || p.username;
      const [row] = await x.m.query<{ id: string }[]>(
        `INSERT INTO delivery_messages (delivery_id, author_user_id, author_org_id, author_name, side, body, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
        [x.d.id, p.userId, p.organizationId, name, side, body, x.now],
      );
      await this.attachments.attach(x.m, p, attachmentIds, { suggestionId: x.d.suggestionId, deliveryId: x.d.id, purpose: 'MESSAGE' });
      const files: AttachmentMeta[] = attachmentIds.length
        ? (
            await queryReturning<MessageFileRow>(
              x.m,
              `UPDATE attachments SET message_id = $1 WHERE id = ANY($2::uuid[]) AND message_id IS NULL RETURNING id, file_name, content_type, size_bytes, sha256, purpose, created_at`,
              [row.id, attachmentIds],
            )
          ).map((f) => ({
            id: f.id,
            fileName: f.file_name,
            contentType: f.content_type,
            size: Number(f.size_bytes),
            sha256: f.sha256,
            purpose: f.purpose,
            createdAt: f.created_at,
          }))
        : [];
      files.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
      await this.timeline.record(x.m, p, { suggestionId: x.d.suggestionId, deliveryId: x.d.id, action: 'delivery.message', data: { messageId: row.id, side } });
      await this.outbox.add(x.m, {
        topic: 'delivery.message',
        dedupeKey: `delivery.message:${row.id}`,
        payload: { deliveryId: x.d.id, messageId: row.id, side },
      });
      const notice = { kind: 'delivery.message', title: `新的互动消息：《${x.row.suggestion_title}》`, body: body.slice(0, 200) };
      if (side === 'RECIPIENT') await this.runner.notifyCourt(x, notice);
      else await this.runner.notifyRecipient(x, notice);
      await this.runner.auditLast(x, 'delivery.message', { messageId: row.id, side });
      return {
        id: row.id,
        deliveryId: x.d.id,
        side,
        author: { userId: p.userId, organizationId: p.organizationId, name },
        body,
        attachments: files,
        createdAt: x.now,
      };
    });
  }

  async supervisionNotes(p: Principal, id: string): Promise<SupervisionNoteView[]> {
    if (!(await this.query.visibleRow(this.dataSource.manager, p, id))) throw AppException.notFound('Delivery');
    const rows = await this.dataSource.query<SupervisionNoteRow[]>(
      `SELECT id, delivery_id, author_user_id, author_org_id, author_name, comment, created_at FROM supervision_notes WHERE delivery_id = $1 ORDER BY created_at, id`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      deliveryId: r.delivery_id,
      author: { userId: r.author_user_id, organizationId: r.author_org_id, name: r.author_name },
      comment: r.comment,
      createdAt: r.created_at,
    }));
  }

  /** 督办意见 from a supervisor or a court admin: both the recipient and the issuing court are told. */
  addSupervision(p: Principal, id: string, comment: string): Promise<SupervisionNoteView> {
    return this.runner.runRaw(p, id, A.SUPERVISE, undefined, async (x) => {
      const name = p.displayName || p.username;
      const [row] = await x.m.query<{ id: string }[]>(
        `INSERT INTO supervision_notes (delivery_id, author_user_id, author_org_id, author_name, comment, created_at) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [x.d.id, p.userId, p.organizationId, name, comment, x.now],
      );
      await this.timeline.record(x.m, p, {
        suggestionId: x.d.suggestionId,
        deliveryId: x.d.id,
        action: 'delivery.supervised',
        data: { noteId: row.id, comment },
      });
      const notice = { kind: 'delivery.supervised', title: `督办意见：《${x.row.suggestion_title}》`, body: comment.slice(0, 200) };
      await this.runner.notifyRecipient(x, notice);
      if (p.organizationId !== x.row.court_id || !p.roles.includes(Role.COURT_ADMIN)) await this.runner.notifyCourt(x, notice);
      await this.runner.auditLast(x, 'delivery.supervise', { noteId: row.id });
      return { id: row.id, deliveryId: x.d.id, author: { userId: p.userId, organizationId: p.organizationId, name }, comment, createdAt: x.now };
    });
  }
}
