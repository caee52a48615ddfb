import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppConfig, APP_CONFIG, QueueName } from '@app/core';
import { OutboxJobData } from '@app/notifications';
import { EventFanoutService } from '@app/reminders';
import { OutboxRelaySchedule } from '../schedules/outbox-relay.schedule';

/**
 * `delivery.*` and `reminder.*` outbox rows → emails and webhook deliveries (idempotent). The
 * fan-out commits new outbox rows (one per email / webhook); relaying them at once instead of at
 * the relay's next poll takes one polling interval off "issue → email in the inbox".
 */
@Processor(QueueName.EVENTS, { concurrency: 5, lockDuration: 15_000, stalledInterval: 5_000 })
export class EventsProcessor extends WorkerHost {
  private readonly logger = new Logger(EventsProcessor.name);

  constructor(
    private readonly fanout: EventFanoutService,
    private readonly relay: OutboxRelaySchedule,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<OutboxJobData>): Promise<string> {
    const outcome = await this.fanout.process(job.data.outboxId);
    if (outcome === 'DONE' && this.config.outboxRelay) {
      // Best effort: if this fails the polling loop relays the rows a moment later.
      await this.relay.relayOnce().catch((e) => this.logger.warn(`relay after fan-out failed: ${(e as Error).message}`));
    }
    return outcome;
  }
}
