import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JobsOptions, Queue } from 'bullmq';
import { AppConfig, APP_CONFIG } from '@app/core';
import { ClaimedOutboxRow, OUTBOX_RELAY_BATCH, OUTBOX_ROUTES, OutboxJobData, OutboxRelayService, topicFamily } from '@app/notifications';

const BATCH_SIZE = OUTBOX_RELAY_BATCH;
const ENQUEUE_TIMEOUT_MS = 5000;

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
 * transaction rolls back and the rows wait; when Redis was flushed the leases bring them back.
 */
@Injectable()
export class OutboxRelaySchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelaySchedule.name);
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;

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
  }

  /** One relay pass, for tests and operator commands; returns how many rows were relayed. */
  relayOnce(): Promise<number> {
    return this.relay.relayOnce((rows) => this.enqueue(rows), BATCH_SIZE);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let delay = this.config.outboxPollMs;
      try {
        const n = await this.relayOnce();
        failures = 0;
        if (n >= BATCH_SIZE) delay = 0; // more waiting: go on at once
      } catch (e) {
        failures++;
        delay = Math.min(this.config.outboxPollMs * 2 ** failures, 10_000);
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
