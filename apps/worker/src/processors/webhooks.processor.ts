import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QueueName } from '@app/core';
import { OutboxJobData } from '@app/notifications';
import { WebhookSenderService } from '@app/webhooks';

/** One signed POST per `webhook.deliver` outbox row; failures retry with exponential backoff. */
@Processor(QueueName.WEBHOOKS, { concurrency: 10, lockDuration: 15_000, stalledInterval: 5_000 })
export class WebhooksProcessor extends WorkerHost {
  constructor(private readonly sender: WebhookSenderService) {
    super();
  }

  process(job: Job<OutboxJobData>): Promise<string> {
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.sender.process(job.data.outboxId, final);
  }
}
