import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { once } from 'node:events';
import { JobsOptions, Queue } from 'bullmq';
import type Redis from 'ioredis';
import { AppConfig, APP_CONFIG, createRequestRedis } from '@app/core';
import { ClaimedOutboxRow, OUTBOX_RELAY_BATCH, OUTBOX_ROUTES, OutboxJobData, OutboxRelayService, redisEpoch, topicFamily } from '@app/notifications';

const BATCH_SIZE = OUTBOX_RELAY_BATCH;
const ENQUEUE_TIMEOUT_MS = 5000;
/** How long a relay pass waits for Redis to tell its epoch before the pass fails (and is retried). */
const EPOCH_TIMEOUT_MS = 2000;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]);
}

/**
 * The outbox relay: a polling loop in every worker (OUTBOX_POLL_MS) that claims PENDING outbox
 * rows and rows whose lease expired (`FOR UPDATE SKIP LOCKED`, so workers share the work) and
 * adds them to the queue of their topic family, job id = outbox id. If Redis is down the
 * transaction rolls back and the rows wait.
 *
 * Nothing is left waiting for a lease when Redis loses its data: each pass first reads the Redis
 * epoch (run_id + a marker key, over a small connection of its own). The first pass that sees an
 * epoch releases the leases of rows enqueued under another one — the jobs of every worker, dead or
 * alive, lost with a restart, FLUSHALL or failover — and relays them in the same pass. The loop is
 * woken the moment that connection is ready again after an outage, so work resumes within about
 * two seconds of Redis being back (the reconnect interval of every connection, see `queueRetryStrategy`).
 */
@Injectable()
export class OutboxRelaySchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelaySchedule.name);
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private failures = 0;
  /** The connection that reads the Redis epoch; its `ready` event wakes the loop. */
  private probe: Redis | null = null;
  /** The epoch this process last released lost leases for. */
  private releasedFor: string | null = null;

  constructor(
    private readonly relay: OutboxRelayService,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.outboxRelay) return;
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.loop;
    this.probe?.disconnect();
  }

  /**
   * One relay pass (the loop's, the events processor's, tests'); returns how many rows were
   * relayed. Reads the Redis epoch first; on a new one, releases the leases lost with the old.
   */
  async relayOnce(): Promise<number> {
    const epoch = await this.epoch();
    if (epoch !== this.releasedFor) {
      const released = await this.relay.releaseLost(epoch);
      if (released > 0) this.logger.warn(`Redis lost its jobs (now ${epoch}): relaying ${released} outbox row(s) again now`);
      this.releasedFor = epoch;
    }
    return this.relay.relayOnce((rows) => this.enqueue(rows), BATCH_SIZE, epoch);
  }

  private async epoch(): Promise<string> {
    if (this.stopped) throw new Error('the outbox relay is shutting down');
    if (!this.probe) {
      this.probe = createRequestRedis(this.config.redisUrl, { connectionName: 'outbox-relay' });
      this.probe.on('error', () => undefined); // a failed pass reports it
      this.probe.on('ready', () => {
        // Redis is back (or reachable for the first time): relay now, not after the backoff.
        this.failures = 0;
        this.wake?.();
      });
    }
    if (this.probe.status !== 'ready') await once(this.probe, 'ready', { signal: AbortSignal.timeout(EPOCH_TIMEOUT_MS) });
    return withTimeout(redisEpoch(this.probe, `${this.config.redisPrefix}:outbox-relay:epoch`), EPOCH_TIMEOUT_MS, 'reading the Redis epoch');
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let delay = this.config.outboxPollMs;
      try {
        const n = await this.relayOnce();
        this.failures = 0;
        if (n >= BATCH_SIZE) delay = 0; // more waiting: go on at once
      } catch (e) {
        this.failures++;
        delay = Math.min(this.config.outboxPollMs * 2 ** this.failures, 10_000);
        if (!this.stopped) this.logger.warn(`outbox relay failed (${(e as Error).message}); retrying in ${delay} ms`);
      }
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, delay);
      });
    }
  }

  private async enqueue(rows: ClaimedOutboxRow[]): Promise<void> {
    const byQueue = new Map<string, ClaimedOutboxRow[]>();
    for (const r of rows) {
      const route = OUTBOX_ROUTES[topicFamily(r.topic)];
      byQueue.set(route.queue, [...(byQueue.get(route.queue) ?? []), r]);
    }
    const opts: JobsOptions = {
      attempts: this.config.mailMaxAttempts,
      backoff: { type: 'exponential', delay: this.config.mailBackoffMs },
      removeOnComplete: true,
      removeOnFail: true,
    };
    for (const [queueName, list] of byQueue) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(queueName), { strict: false });
      const route = OUTBOX_ROUTES[topicFamily(list[0].topic)];
      const jobs = list.map((r) => ({ name: route.job, data: { outboxId: r.id } satisfies OutboxJobData, opts: { ...opts, jobId: r.id } }));
      await withTimeout(queue.addBulk(jobs), ENQUEUE_TIMEOUT_MS, `enqueueing ${jobs.length} job(s) on ${queueName}`);
    }
  }
}
