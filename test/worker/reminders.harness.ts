import { DataSource } from 'typeorm';
import { SinkMail, waitFor } from './smtp-sink';

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
