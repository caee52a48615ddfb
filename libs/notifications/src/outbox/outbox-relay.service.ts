import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { OUTBOX_ROUTES, topicFamily } from './outbox-routes';

export interface ClaimedOutboxRow {
  id: string;
  topic: string;
}

/** An outbox row is leased for this long once relayed; unfinished after that, it is relayed again. */
export const OUTBOX_LEASE_MS = 5 * 60_000;

/**
 * Moves outbox rows into BullMQ. In one transaction: claim a batch (`FOR UPDATE SKIP LOCKED`, so
 * any number of workers relay in parallel without taking the same row), hand it to `enqueue`,
 * mark it ENQUEUED with a lease. If `enqueue` throws, the transaction rolls back and the rows stay
 * claimable. Rows whose lease ran out (job lost with Redis, worker died) are claimed again.
 */
@Injectable()
export class OutboxRelayService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Relays one batch; returns how many rows were handed over. */
  async relayOnce(enqueue: (rows: ClaimedOutboxRow[]) => Promise<void>, batchSize = 100): Promise<number> {
    const families = Object.keys(OUTBOX_ROUTES);
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      await this.failExhausted(m, now, families);
      const rows = await this.claim(m, now, families, batchSize);
      if (rows.length === 0) return 0;
      await enqueue(rows);
      await m.query(`UPDATE outbox_messages SET status = 'ENQUEUED', lease_until = $2 WHERE id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
        new Date(now.getTime() + OUTBOX_LEASE_MS),
      ]);
      return rows.length;
    });
  }

  private async claim(m: EntityManager, now: Date, families: string[], limit: number): Promise<ClaimedOutboxRow[]> {
    // Each query walks its own partial index: cost follows the backlog, not the table.
    const pending: ClaimedOutboxRow[] = await m.query(
      `SELECT id, topic FROM outbox_messages
        WHERE status = 'PENDING' AND available_at <= $1 AND split_part(topic, '.', 1) = ANY($2::text[])
        ORDER BY available_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [now, families, limit],
    );
    if (pending.length >= limit) return pending;
    const expired: ClaimedOutboxRow[] = await m.query(
      `SELECT id, topic FROM outbox_messages
        WHERE status = 'ENQUEUED' AND lease_until <= $1 AND split_part(topic, '.', 1) = ANY($2::text[])
        ORDER BY lease_until LIMIT $3 FOR UPDATE SKIP LOCKED`,
      [now, families, limit - pending.length],
    );
    return [...pending, ...expired].filter((r) => OUTBOX_ROUTES[topicFamily(r.topic)]);
  }

  /** A row relayed again and again without finishing (its handler keeps crashing) is given up. */
  private async failExhausted(m: EntityManager, now: Date, families: string[]): Promise<void> {
    await m.query(
      `UPDATE outbox_messages SET status = 'FAILED', processed_at = $1, last_error = coalesce(last_error, 'gave up after repeated relays')
        WHERE status = 'ENQUEUED' AND lease_until <= $1 AND attempts >= $2 AND split_part(topic, '.', 1) = ANY($3::text[])`,
      [now, this.config.mailMaxAttempts, families],
    );
  }
}
