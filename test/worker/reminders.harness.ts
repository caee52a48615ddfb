import { DataSource } from 'typeorm';
import { ReminderScanService } from '@app/reminders';
import { createTestWorker, TestApp, TestWorker } from '../harness';
import { startClosedLoopApp, T0 } from '../api/lifecycle.fixtures';
import { SinkMail, startSmtpSink, waitFor } from './smtp-sink';

/** Outbox families the worker handles (other topics stay PENDING by design and are not waited for). */
const ROUTED = ['mail', 'delivery', 'reminder', 'webhook'];

/**
 * Waits until the worker has nothing left to do: every routed outbox row DONE or FAILED and every
 * email SENT or FAILED. Then waits `quietMs` more so a duplicate send would still show up.
 */
export async function settle(ds: DataSource, timeoutMs = 20_000, quietMs = 300): Promise<void> {
  await waitFor(
    async () => {
      const [r] = await ds.query(
        `SELECT (SELECT count(*)::int FROM outbox_messages WHERE status NOT IN ('DONE','FAILED') AND split_part(topic, '.', 1) = ANY($1::text[])) AS open,
                (SELECT count(*)::int FROM mail_messages WHERE status NOT IN ('SENT','FAILED')) AS mails`,
        [ROUTED],
      );
      return r.open === 0 && r.mails === 0;
    },
    timeoutMs,
    'the outbox and the mail queue to drain',
  );
  await new Promise((r) => setTimeout(r, quietMs));
}

/** One accepted email as the test looks at it: subject → sorted recipients. */
export type Delivered = Record<string, string[]>;

/** Reads the sink's accepted emails in steps: `next()` returns what arrived since the last call. */
export class Inbox {
  private seen = 0;
  constructor(private readonly accepted: SinkMail[]) {}

  next(): SinkMail[] {
    const out = this.accepted.slice(this.seen);
    this.seen = this.accepted.length;
    return out;
  }

  /** What arrived since the last call, grouped by subject, recipients sorted. */
  nextBySubject(): Delivered {
    const out: Delivered = {};
    for (const m of this.next()) (out[m.subject ?? ''] ??= []).push(...m.to);
    for (const k of Object.keys(out)) out[k].sort();
    return out;
  }
}

/** `2031-03-05` at 09:00 in Beijing, as an instant. */
export const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`);

/**
 * An api and a worker on one database with a real SMTP server, the worker's cron off so the test
 * drives the scans: `scanOn(date)` runs one scan as of that day (09:00 Beijing) from the worker and
 * returns what arrived by subject.
 */
export interface ReminderRig {
  sink: Awaited<ReturnType<typeof startSmtpSink>>;
  t: TestApp;
  w: TestWorker;
  inbox: Inbox;
  scanOn: (date: string, time?: string) => Promise<Delivered>;
  close: () => Promise<void>;
}

export async function startReminderRig(appUrl = 'https://sifa.example.cn'): Promise<ReminderRig> {
  process.env.REMINDER_SCAN_CRON = 'off'; // read by the worker's RemindersSchedule
  const sink = await startSmtpSink();
  const t = await startClosedLoopApp({ env: { APP_URL: appUrl } });
  const w = await createTestWorker({
    databaseUrl: t.config.databaseUrl,
    now: T0,
    env: { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', MAIL_BACKOFF_MS: '100', APP_URL: appUrl },
  });
  const inbox = new Inbox(sink.accepted);
  const scanOn = async (date: string, time?: string) => {
    const asOf = at(date, time);
    if (asOf > w.clock.now()) w.clock.set(asOf);
    await w.app.get(ReminderScanService).scan(asOf);
    await settle(w.ds);
    return inbox.nextBySubject();
  };
  const close = async () => {
    await w.close();
    await t.close();
    await sink.close();
    delete process.env.REMINDER_SCAN_CRON;
  };
  return { sink, t, w, inbox, scanOn, close };
}
