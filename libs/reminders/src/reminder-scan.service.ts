import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, SYSTEM_ACTOR } from '@app/audit';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { DeadlineService, addDays } from '@app/deadlines';
import { OutboxService } from '@app/notifications';
import { DataSource } from 'typeorm';
import { AudienceResolver } from './audience.resolver';
import { REMINDER_POLICY, ReminderPolicy } from './reminder-policy.provider';
import { DeliveryClocks, remindersDue, ReminderSpec } from './reminder-rules';
import { reminderText } from './reminder-text';

export const REMINDER_TOPIC = 'reminder.created';

export interface ScanResult {
  asOf: string;
  today: string;
  candidates: number;
  created: number;
  reminderIds: string[];
}

/** The scan's finding step: $1 horizon date, $2 today, $3 extension-pending cut-off date, $4 business time zone. */
export const REMINDER_CANDIDATES_SQL = `WITH due AS (
     SELECT id FROM deliveries WHERE status = 'DELIVERED' AND kind = 'MAIN' AND sign_due_date <= $1
     UNION SELECT id FROM deliveries WHERE status = 'SIGNED' AND reply_due_date <= $1
     UNION SELECT id FROM deliveries WHERE status = 'IMPLEMENTING' AND follow_up_date <= $2
     UNION SELECT delivery_id FROM delivery_extensions WHERE status = 'PENDING' AND requested_at < ($3::date + 1)
   )
   SELECT d.id, d.suggestion_id, d.status, d.kind,
          to_char(d.sign_due_date, 'YYYY-MM-DD') AS "signDueDate", to_char(d.reply_due_date, 'YYYY-MM-DD') AS "replyDueDate",
          to_char(d.follow_up_date, 'YYYY-MM-DD') AS "followUpDate",
          (SELECT to_char(min(e.requested_at) AT TIME ZONE $4, 'YYYY-MM-DD') FROM delivery_extensions e WHERE e.delivery_id = d.id AND e.status = 'PENDING') AS "pendingExtensionSince"
     FROM deliveries d JOIN due ON due.id = d.id
     JOIN suggestions s ON s.id = d.suggestion_id AND s.status = 'ISSUED'
    ORDER BY d.id`;

export interface ReminderCandidate extends DeliveryClocks {
  id: string;
  suggestion_id: string;
}
type Candidate = ReminderCandidate;

/**
 * The reminder scan: finds deliveries whose clocks are due through the partial indexes on open
 * clocks (cost follows what is due, not the table), applies the policy, and writes each new
 * reminder with its in-app notices and its outbox row in one transaction. Safe to run any number of
 * times, from any number of processes: the unique (delivery, kind, stage, period) key decides.
 */
@Injectable()
export class ReminderScanService {
  private readonly logger = new Logger(ReminderScanService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlineService,
    private readonly outbox: OutboxService,
    private readonly audiences: AudienceResolver,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(REMINDER_POLICY) private readonly policy: ReminderPolicy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async scan(asOf: Date = this.clock.now(), batchSize = 500): Promise<ScanResult> {
    const today = this.deadlines.dateOf(asOf);
    const candidates = await this.findDue(asOf);
    const reminderIds: string[] = [];
    for (let i = 0; i < candidates.length; i += batchSize) {
      reminderIds.push(...(await this.writeBatch(candidates.slice(i, i + batchSize), today, asOf)));
    }
    if (reminderIds.length) this.logger.log(`reminder scan as of ${today}: ${candidates.length} due, ${reminderIds.length} new reminders`);
    return { asOf: asOf.toISOString(), today, candidates: candidates.length, created: reminderIds.length, reminderIds };
  }

  /** The finding step of a scan (what the benchmark times): deliveries with a clock due by `asOf`'s horizon. */
  async findDue(asOf: Date): Promise<ReminderCandidate[]> {
    const q = this.findDueQuery(asOf);
    return this.dataSource.query(q.sql, q.params);
  }

  /** The finding step's SQL and parameters (for EXPLAIN). */
  findDueQuery(asOf: Date): { sql: string; params: unknown[] } {
    const today = this.deadlines.dateOf(asOf);
    const horizon = addDays(today, Math.max(this.policy.signDueSoonDays, this.policy.replyDueSoonDays));
    const extensionSince = addDays(today, -this.policy.extensionPending.afterDays);
    return { sql: REMINDER_CANDIDATES_SQL, params: [horizon, today, extensionSince, this.config.businessTz] };
  }

  private async writeBatch(batch: Candidate[], today: string, asOf: Date): Promise<string[]> {
    const work = batch.flatMap((c) => remindersDue(c, today, this.policy).map((spec) => ({ c, spec })));
    if (!work.length) return [];
    return this.dataSource.transaction(async (m) => {
      const created: string[] = [];
      for (const { c, spec } of work) {
        const rows: { id: string }[] = await m.query(
          `INSERT INTO reminders (delivery_id, suggestion_id, kind, stage, period, due_date, days_overdue, audience, as_of, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT ON CONSTRAINT ux_reminders_key DO NOTHING RETURNING id`,
          [c.id, c.suggestion_id, spec.kind, spec.stage, spec.period, spec.dueDate, spec.daysOverdue, spec.audience, today, this.clock.now()],
        );
        if (!rows.length) continue;
        created.push(rows[0].id);
        await this.notify(m, rows[0].id, c, spec);
        await this.outbox.add(m, { topic: REMINDER_TOPIC, dedupeKey: `reminder:${rows[0].id}`, payload: { reminderId: rows[0].id, deliveryId: c.id, kind: spec.kind } });
      }
      if (created.length) {
        await this.audit.record(m, SYSTEM_ACTOR, { action: 'reminders.created', entityType: 'reminder', data: { count: created.length, asOf: asOf.toISOString(), today } });
      }
      return created;
    });
  }

  private async notify(m: import('typeorm').EntityManager, reminderId: string, c: Candidate, spec: ReminderSpec): Promise<void> {
    const [info] = await m.query(
      `SELECT s.doc_number, s.title, a.name AS recipient_name, ct.name AS court_name
         FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id
         JOIN organizations a ON a.id = d.organization_id JOIN organizations ct ON ct.id = s.court_id WHERE d.id = $1`,
      [c.id],
    );
    const text = reminderText({ kind: spec.kind, docNumber: info.doc_number, title: info.title, recipientName: info.recipient_name, courtName: info.court_name, dueDate: spec.dueDate, daysOverdue: spec.daysOverdue });
    const people = await this.audiences.resolve(m, c.id, spec.audience);
    for (const p of people) {
      if (!p.userId) continue;
      await m.query(
        `INSERT INTO in_app_notifications (user_id, organization_id, kind, title, body, suggestion_id, delivery_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [p.userId, p.organizationId, `reminder.${spec.kind}`, text.subject, text.body, c.suggestion_id, c.id, this.clock.now()],
      );
    }
    void reminderId;
  }
}
