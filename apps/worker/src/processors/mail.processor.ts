import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueName } from '@app/core';
import { MAIL_QUEUE_CONCURRENCY, MailDispatcherService, MailOutcome, OutboxJobData } from '@app/notifications';

/**
 * Sends the email of one `mail.send` outbox row. The job carries only the outbox id; the
 * dispatcher re-reads the rows and is idempotent. A retryable failure throws, and BullMQ retries
 * with exponential backoff (attempts and delay set by the relay from MAIL_MAX_ATTEMPTS / MAIL_BACKOFF_MS).
 */
// A killed worker's job is noticed as stalled within ~15 s (lock 10 s, checked every 5 s), not 30–60 s.
@Processor(QueueName.MAIL, { concurrency: MAIL_QUEUE_CONCURRENCY, lockDuration: 10_000, stalledInterval: 5_000 })
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly dispatcher: MailDispatcherService) {
    super();
  }

  async process(job: Job<OutboxJobData>): Promise<MailOutcome> {
    const outcome = await this.dispatcher.process(job.data.outboxId);
    if (outcome === 'FAILED') this.logger.warn(`mail of outbox ${job.data.outboxId} failed for good`);
    return outcome;
  }
}
