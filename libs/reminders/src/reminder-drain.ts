import { DataSource } from 'typeorm';

export interface DrainResult {
  drained: boolean;
  sent: number;
  failed: number;
  pending: number;
}

/**
 * Waits until every reminder's outbox row has been fanned out and every email it produced was
 * accepted by SMTP (SENT) or gave up (FAILED). Needs running workers; gives up after `timeoutMs`.
 */
export async function drainReminders(ds: DataSource, reminderIds: string[], timeoutMs = 120_000, pollMs = 250): Promise<DrainResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [r]: { open_events: number; sent: number; failed: number; pending: number }[] = await ds.query(
      `SELECT (SELECT count(*)::int FROM outbox_messages WHERE dedupe_key = ANY(SELECT 'reminder:' || x FROM unnest($1::text[]) x) AND status NOT IN ('DONE','FAILED')) AS open_events,
              count(*) FILTER (WHERE mm.status = 'SENT')::int AS sent,
              count(*) FILTER (WHERE mm.status = 'FAILED')::int AS failed,
              count(*) FILTER (WHERE mm.status NOT IN ('SENT','FAILED'))::int AS pending
         FROM mail_messages mm
        WHERE mm.dedupe_key LIKE ANY(SELECT 'reminder:' || x || ':%' FROM unnest($1::text[]) x)`,
      [reminderIds],
    );
    if (r.open_events === 0 && r.pending === 0) return { drained: true, sent: r.sent, failed: r.failed, pending: 0 };
    if (Date.now() > deadline) return { drained: false, sent: r.sent, failed: r.failed, pending: r.pending + r.open_events };
    await new Promise((res) => setTimeout(res, pollMs));
  }
}
