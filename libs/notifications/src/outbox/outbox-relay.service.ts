import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, Clock } from '@app/core';
import { OUTBOX_ROUTES } from './outbox-routes';

export { redisEpoch } from './redis-epoch';

export interface ClaimedOutboxRow {
  id: string;
  topic: string;
}

/** An outbox row is leased for this long once relayed; unfinished after that, it is relayed again. */
export const OUTBOX_LEASE_MS = 5 * 60_000;

/**
 * Rows per relay pass. A pass costs two statements and one `addBulk` round trip to Redis, so a
 * large batch is what lets a backlog (a reminder scan's 100k rows) reach the queues in seconds.
 */
export const OUTBOX_RELAY_BATCH = 1000;

/**
 * Moves outbox rows into BullMQ. In one transaction: claim a batch — one UPDATE to ENQUEUED with a
 * lease over rows picked `FOR UPDATE SKIP LOCKED`, so any number of workers relay in parallel
 * without taking the same row — then hand it to `enqueue` (job id = outbox id) and commit. If
 * `enqueue` throws, the transaction rolls back and the rows are PENDING and claimable again. Rows
 * whose lease ran out (job lost with Redis, worker died) are claimed again.
 *
 * Each claimed row records the Redis epoch it is handed to (`redis_epoch`, see the worker's relay
 * schedule). Once the relay sees Redis under another epoch (restarted empty, flushed, failed over),
 * `releaseLost` ends the leases of rows enqueued under an older one — whichever worker enqueued
 * them, even one that died — so they are relayed again at once, not when their lease runs out.
 */
@Injectable()
export class OutboxRelayService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Relays one batch; returns how many rows were handed over. `redisEpoch` is the identity of the
   * Redis data set `enqueue` adds to, read before the claim (so a row never records an epoch newer
   * than the one its job went into).
   */
  async relayOnce(enqueue: (rows: ClaimedOutboxRow[]) => Promise<void>, batchSize = OUTBOX_RELAY_BATCH, redisEpoch: string | null = null): Promise<number> {
    const families = Object.keys(OUTBOX_ROUTES);
    return this.dataSource.transaction(async (m) => {
      const now = this.clock.now();
      await this.failExhausted(m, now, families);
      // Walk the partial indexes in order and stop at `batchSize` rows. A bitmap scan (what the
      // planner picks when it expects few rows) reads every entry, and during a backlog the
      // entries of rows already claimed are dead until vacuum: each pass would revisit all of
      // them. An ordered index scan skips them, and marks them so the next pass does not look.
      await m.query('SET LOCAL enable_bitmapscan = off');
      const rows = await this.claim(m, now, new Date(now.getTime() + OUTBOX_LEASE_MS), families, batchSize, redisEpoch);
      if (rows.length === 0) return 0;
      await enqueue(rows);
      return rows.length;
    });
  }

  /**
   * Ends the leases of rows enqueued into a Redis data set other than `redisEpoch` (their jobs are
   * gone with it) and not finished yet: the next claim takes them at once. Run when the relay first
   * sees an epoch. A row whose job was in fact still there (Redis restarted with persistence) is
   * added again under the same job id, which BullMQ ignores; one whose old job still runs in a
   * surviving worker is finished once, as every processor is idempotent (see the README).
   */
  async releaseLost(redisEpoch: string): Promise<number> {
    const families = Object.keys(OUTBOX_ROUTES);
    const now = this.clock.now();
    const [released]: { n: number }[] = await this.dataSource.query(
      `WITH released AS (
         UPDATE outbox_messages SET lease_until = $1
          WHERE status = 'ENQUEUED' AND lease_until > $1 AND redis_epoch IS DISTINCT FROM $2 AND split_part(topic, '.', 1) = ANY($3::text[])
         RETURNING 1)
       SELECT count(*)::int AS n FROM released`,
      [now, redisEpoch, families],
    );
    return released.n;
  }

  /** Leases up to `limit` rows: PENDING ones first, then ones whose lease ran out. */
  private async claim(
    m: EntityManager,
    now: Date,
    leaseUntil: Date,
    families: string[],
    limit: number,
    redisEpoch: string | null,
  ): Promise<ClaimedOutboxRow[]> {
    // Each pick walks its own partial index: cost follows the backlog, not the table. Rows come
    // back in the order picked, so jobs are queued oldest first.
    const lease = (pick: string, order: string, n: number): Promise<ClaimedOutboxRow[]> =>
      m.query(
        `WITH picked AS (SELECT id, ${order} AS ord FROM outbox_messages WHERE ${pick} AND split_part(topic, '.', 1) = ANY($2::text[])
                          ORDER BY ${order} LIMIT $3 FOR UPDATE SKIP LOCKED),
              leased AS (UPDATE outbox_messages o SET status = 'ENQUEUED', lease_until = $4, redis_epoch = $5 FROM picked p WHERE o.id = p.id RETURNING o.id, o.topic, p.ord)
         SELECT id, topic FROM leased ORDER BY ord`,
        [now, families, n, leaseUntil, redisEpoch],
      );
    const pending = await lease(`status = 'PENDING' AND available_at <= $1`, 'available_at', limit);
    if (pending.length >= limit) return pending;
    const expired = await lease(`status = 'ENQUEUED' AND lease_until <= $1`, 'lease_until', limit - pending.length);
    return [...pending, ...expired];
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
