import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { deliveryNoticeMail, LetterRef, MailService, reminderMail, ReminderMailKind, RenderedMail } from '@app/notifications';
import { WebhooksService } from '@app/webhooks';
import { DataSource, EntityManager } from 'typeorm';
import { Addressee, AudienceResolver } from './audience.resolver';
import { REMINDER_POLICY, ReminderPolicy } from './reminder-policy.provider';

interface OutboxRow {
  id: string;
  topic: string;
  dedupe_key: string;
  status: string;
  payload: { deliveryId?: string; reminderId?: string; [k: string]: unknown };
}

interface LetterInfo {
  delivery_id: string;
  suggestion_id: string;
  kind: 'MAIN' | 'COPY';
  sign_due_date: string | null;
  reply_due_date: string | null;
  reply_period_months: number;
  doc_number: string | null;
  title: string;
  court_name: string;
  org_name: string;
}

/**
 * Turns `delivery.*` and `reminder.*` outbox rows into their consequences: one email per person
 * (each a `mail_messages` row with its own dedupe key) and one webhook delivery per subscription.
 * Runs in one transaction that also marks the outbox row DONE, so a re-delivered job does nothing.
 */
@Injectable()
export class EventFanoutService {
  private readonly logger = new Logger(EventFanoutService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly webhooks: WebhooksService,
    private readonly audiences: AudienceResolver,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REMINDER_POLICY) private readonly policy: ReminderPolicy,
  ) {}

  async process(outboxId: string): Promise<'DONE' | 'SKIPPED'> {
    return this.dataSource.transaction(async (m) => {
      const [row]: OutboxRow[] = await m.query(`SELECT id, topic, dedupe_key, status, payload FROM outbox_messages WHERE id = $1 FOR UPDATE`, [outboxId]);
      if (!row || row.status === 'DONE' || row.status === 'FAILED') return 'SKIPPED';
      const deliveryId = row.payload.deliveryId;
      let mails = 0;
      if (deliveryId) {
        if (row.topic === 'delivery.created') mails = await this.deliveryNotice(m, deliveryId);
        else if (row.topic === 'reminder.created' && row.payload.reminderId) mails = await this.reminderMails(m, row.payload.reminderId);
        await this.webhooks.fanOut(m, row.topic, row.dedupe_key, deliveryId, await this.webhookData(m, row, deliveryId));
      }
      await m.query(`UPDATE outbox_messages SET status = 'DONE', attempts = attempts + 1, processed_at = $2 WHERE id = $1`, [outboxId, this.clock.now()]);
      if (mails) this.logger.log(`${row.topic} ${deliveryId}: ${mails} email(s) queued`);
      return 'DONE';
    });
  }

  private async letter(m: EntityManager, deliveryId: string): Promise<LetterInfo | undefined> {
    const [info]: LetterInfo[] = await m.query(
      `SELECT d.id AS delivery_id, d.suggestion_id, d.kind, to_char(d.sign_due_date, 'YYYY-MM-DD') AS sign_due_date,
              to_char(d.reply_due_date, 'YYYY-MM-DD') AS reply_due_date, s.reply_period_months,
              s.doc_number, s.title, c.name AS court_name, o.name AS org_name
         FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id
         JOIN organizations c ON c.id = s.court_id JOIN organizations o ON o.id = d.organization_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    return info;
  }

  /**
   * What a webhook receiver gets in `data`: the event's own payload plus the facts an OA system
   * needs to file it without calling back (number, title, court, recipient, due dates, link).
   */
  private async webhookData(m: EntityManager, row: OutboxRow, deliveryId: string): Promise<Record<string, unknown>> {
    const i = await this.letter(m, deliveryId);
    if (!i) return row.payload;
    const letter = {
      suggestionId: i.suggestion_id,
      docNumber: i.doc_number,
      title: i.title,
      courtName: i.court_name,
      organizationName: i.org_name,
      kind: i.kind,
      signDueDate: i.sign_due_date,
      replyDueDate: i.reply_due_date,
      url: `${this.config.appUrl}/deliveries/${i.delivery_id}`,
    };
    let reminder: Record<string, unknown> | undefined;
    if (row.topic === 'reminder.created' && row.payload.reminderId) {
      const [r] = await m.query(
        `SELECT kind, stage, period, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", days_overdue AS "daysOverdue" FROM reminders WHERE id = $1`,
        [row.payload.reminderId],
      );
      reminder = r;
    }
    return { ...row.payload, letter, ...(reminder ? { reminder } : {}) };
  }

  private ref(i: LetterInfo, addressee?: Addressee): LetterRef {
    const court = addressee && (addressee.audience === 'COURT_ADMINS' || addressee.audience === 'SUPERVISORS');
    return {
      number: i.doc_number,
      title: i.title,
      courtName: i.court_name,
      organizationName: i.org_name,
      path: court ? `/suggestions/${i.suggestion_id}` : `/deliveries/${i.delivery_id}`,
    };
  }

  private async deliveryNotice(m: EntityManager, deliveryId: string): Promise<number> {
    const info = await this.letter(m, deliveryId);
    if (!info) return 0;
    const people = await this.audiences.resolve(m, deliveryId, this.policy.deliveryNotice);
    const content = deliveryNoticeMail(this.config.appUrl, {
      letter: this.ref(info),
      kind: info.kind,
      signDueDate: info.kind === 'MAIN' ? info.sign_due_date : null,
      replyMonths: info.kind === 'MAIN' ? info.reply_period_months : null,
    });
    return this.send(m, people, `notice:${deliveryId}`, () => content, info);
  }

  private async reminderMails(m: EntityManager, reminderId: string): Promise<number> {
    const [r]: { delivery_id: string; kind: string; due_date: string | null; days_overdue: number; audience: string[] }[] = await m.query(
      `SELECT delivery_id, kind, to_char(due_date, 'YYYY-MM-DD') AS due_date, days_overdue, audience FROM reminders WHERE id = $1`,
      [reminderId],
    );
    if (!r) return 0;
    const info = await this.letter(m, r.delivery_id);
    if (!info) return 0;
    const people = await this.audiences.resolve(m, r.delivery_id, r.audience as never);
    return this.send(
      m,
      people,
      `reminder:${reminderId}`,
      (p) =>
        reminderMail(this.config.appUrl, {
          kind: mailKindFor(r.kind, p),
          letter: this.ref(info, p),
          dueDate: r.due_date ?? '',
          daysOverdue: r.days_overdue,
          addressee: p.audience === 'AGENCY_CLERKS' || p.audience === 'AGENCY_LEADERS' ? undefined : p.name,
        }),
      info,
    );
  }

  private async send(m: EntityManager, people: Addressee[], keyPrefix: string, render: (p: Addressee) => RenderedMail, info: LetterInfo): Promise<number> {
    let n = 0;
    const seen = new Set<string>();
    for (const p of people) {
      const email = p.email?.trim().toLowerCase();
      if (!email || seen.has(email)) continue;
      seen.add(email);
      const id = await this.mail.enqueue(m, {
        dedupeKey: `${keyPrefix}:${email}`,
        to: [email],
        content: render(p),
        suggestionId: info.suggestion_id,
        deliveryId: info.delivery_id,
      });
      if (id) n++;
    }
    return n;
  }
}

/** Court admins and supervisors are told about an overdue step (督办), not asked to do it. */
function mailKindFor(kind: string, p: Addressee): ReminderMailKind {
  const overseer = p.audience === 'COURT_ADMINS' || p.audience === 'SUPERVISORS';
  if (overseer && kind === 'SIGN_OVERDUE') return 'SIGN_ESCALATION';
  if (overseer && kind === 'REPLY_OVERDUE') return 'ESCALATION';
  return kind as ReminderMailKind;
}
