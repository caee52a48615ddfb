import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, SYSTEM_ACTOR } from '@app/audit';
import { addDays, AppConfig, APP_CONFIG, Clock } from '@app/core';
import { DeadlineService } from '@app/deadlines';
import { OutboxService, timeOrderedUuid } from '@app/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { AudienceResolver } from './audience.resolver';
import { REMINDER_POLICY, ReminderPolicy } from './reminder-policy.provider';
import { DeliveryClocks, reminderKey, remindersDue, ReminderSpec } from './reminder-rules';
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
     SELECT id FROM deliveries WHERE running_clock <> 'NONE' AND running_due_date <= $1 AND (running_clock <> 'FOLLOW_UP' OR running_due_date <= $2)
     UNION SELECT delivery_id FROM delivery_extensions WHERE status = 'PENDING' AND requested_at < ($3::date + 1)
   )
   SELECT d.id, d.suggestion_id, d.organization_id, s.court_id, s.doc_number, s.title, d.status, d.kind,
          to_char(d.sign_due_date, 'YYYY-MM-DD') AS "signDueDate", to_char(d.reply_due_date, 'YYYY-MM-DD') AS "replyDueDate",
          to_char(d.follow_up_date, 'YYYY-MM-DD') AS "followUpDate",
          (SELECT to_char(min(e.requested_at) AT TIME ZONE $4, 'YYYY-MM-DD') FROM delivery_extensions e WHERE e.delivery_id = d.id AND e.status = 'PENDING') AS "pendingExtensionSince"
     FROM deliveries d JOIN due ON due.id = d.id
     JOIN suggestions s ON s.id = d.suggestion_id AND s.status = 'ISSUED'
    ORDER BY d.id`;

/** A delivery with a clock due, and the letter facts its reminders need (fixed once issued). */
export interface ReminderCandidate extends DeliveryClocks {
  id: string;
  suggestion_id: string;
  organization_id: string;
  court_id: string;
  doc_number: string | null;
  title: string;
}
type Candidate = ReminderCandidate;

/** Batches written at the same time by one scan: they hold disjoint deliveries, so they never wait on each other. */
const WRITE_CONCURRENCY = 2;

/**
 * The reminder scan: finds deliveries whose running clock is due through its partial index
 * (ix_deliveries_running_due: cost follows what is due, not the table), applies the policy, and writes the new
 * reminders batch by batch, each batch with its in-app notices and outbox rows in one transaction.
 * Safe to run any number of times, from any number of processes: the unique (delivery, kind,
 * stage, period) key decides.
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
    const batches: Candidate[][] = [];
    for (let i = 0; i < candidates.length; i += batchSize) batches.push(candidates.slice(i, i + batchSize));
    const written: string[][] = [];
    let next = 0;
    let failed = false;
    const runner = async () => {
      while (!failed && next < batches.length) {
        const i = next++;
        try {
          written[i] = await this.writeBatch(batches[i], today, asOf);
        } catch (e) {
          failed = true; // the other runner finishes its batch; batches not begun wait for the next scan
          throw e;
        }
      }
    };
    const outcomes = await Promise.allSettled(Array.from({ length: Math.min(WRITE_CONCURRENCY, batches.length) }, runner));
    const error = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (error) throw error.reason;
    const reminderIds = written.flat();
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

  /**
   * Writes one batch in one transaction, set-based: one INSERT … ON CONFLICT DO NOTHING for the
   * reminders, then — for exactly the rows it created — their people, their notices and their
   * outbox rows: a fixed number of queries whatever the batch size. A reminder another
   * scan holds uncommitted makes this INSERT wait for it and then skip it (the key decides), so
   * concurrent scans neither duplicate nor lose work. Rows go in (delivery id, rule) order, the
   * order every scan locks keys in.
   */
  private async writeBatch(batch: Candidate[], today: string, asOf: Date): Promise<string[]> {
    const work = [...batch]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .flatMap((c) => remindersDue(c, today, this.policy).map((spec) => ({ c, spec })));
    if (!work.length) return [];
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      const rows: { id: string; delivery_id: string; kind: string; stage: number; period: number }[] = await m.query(
        `INSERT INTO reminders (id, delivery_id, suggestion_id, kind, stage, period, due_date, days_overdue, audience, as_of, created_at)
         SELECT r.id, r.delivery_id, r.suggestion_id, r.kind, r.stage, r.period, r.due_date, r.days_overdue, string_to_array(r.audience, ','), $10, $11
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::int[], $7::date[], $8::int[], $9::text[])
                AS r(id, delivery_id, suggestion_id, kind, stage, period, due_date, days_overdue, audience)
         ON CONFLICT ON CONSTRAINT ux_reminders_key DO NOTHING RETURNING id, delivery_id, kind, stage, period`,
        [
          work.map(() => timeOrderedUuid()),
          work.map((w) => w.c.id),
          work.map((w) => w.c.suggestion_id),
          work.map((w) => w.spec.kind),
          work.map((w) => w.spec.stage),
          work.map((w) => w.spec.period),
          work.map((w) => w.spec.dueDate),
          work.map((w) => w.spec.daysOverdue),
          work.map((w) => w.spec.audience.join(',')),
          today,
          now,
        ],
      );
      const idByKey = new Map(rows.map((r) => [reminderKey(r.delivery_id, r as Pick<ReminderSpec, 'kind' | 'stage' | 'period'>), r.id]));
      const created = work.flatMap(({ c, spec }) => {
        const id = idByKey.get(reminderKey(c.id, spec));
        return id ? [{ id, c, spec }] : [];
      });
      if (!created.length) return [];
      await this.notify(m, created, now);
      await this.outbox.addMany(
        m,
        created.map(({ id, c, spec }) => ({
          topic: REMINDER_TOPIC,
          dedupeKey: `reminder:${id}`,
          payload: { reminderId: id, deliveryId: c.id, kind: spec.kind },
        })),
      );
      await this.audit.record(m, SYSTEM_ACTOR, {
        action: 'reminders.created',
        entityType: 'reminder',
        data: { count: created.length, asOf: asOf.toISOString(), today },
      });
      return created.map((x) => x.id);
    });
  }

  /** The in-app notices of new reminders: one per person with an account, in one INSERT. */
  private async notify(m: EntityManager, created: { c: Candidate; spec: ReminderSpec }[], now: Date): Promise<void> {
    const orgs = await this.audiences.organizations(
      m,
      created.flatMap(({ c }) => [c.organization_id, c.court_id]),
    );
    const people = await this.audiences.resolveMany(
      m,
      created.map(({ c, spec }) => ({ parties: { organizationId: c.organization_id, courtId: c.court_id }, audiences: spec.audience })),
      orgs,
    );
    const n = {
      id: [] as string[],
      user: [] as string[],
      org: [] as string[],
      kind: [] as string[],
      title: [] as string[],
      body: [] as string[],
      suggestion: [] as string[],
      delivery: [] as string[],
    };
    created.forEach(({ c, spec }, i) => {
      if (!people[i].some((p) => p.userId)) return;
      const text = reminderText({
        kind: spec.kind,
        docNumber: c.doc_number,
        title: c.title,
        recipientName: orgs.get(c.organization_id)!.name,
        courtName: orgs.get(c.court_id)!.name,
        dueDate: spec.dueDate,
        daysOverdue: spec.daysOverdue,
      });
      for (const p of people[i]) {
        if (!p.userId) continue;
        n.id.push(timeOrderedUuid());
        n.user.push(p.userId);
        n.org.push(p.organizationId);
        n.kind.push(`reminder.${spec.kind}`);
        n.title.push(text.subject);
        n.body.push(text.body);
        n.suggestion.push(c.suggestion_id);
        n.delivery.push(c.id);
      }
    });
    if (!n.user.length) return;
    await m.query(
      `INSERT INTO in_app_notifications (id, user_id, organization_id, kind, title, body, suggestion_id, delivery_id, created_at)
       SELECT x.*, $9::timestamptz FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::uuid[]) AS x`,
      [n.id, n.user, n.org, n.kind, n.title, n.body, n.suggestion, n.delivery, now],
    );
  }
}
