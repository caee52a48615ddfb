import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QueueName } from '@app/core';
import { OutboxJobData } from '@app/notifications';
import { EventFanoutService } from '@app/reminders';

/** `delivery.*` and `reminder.*` outbox rows → emails and webhook deliveries (idempotent). */
@Processor(QueueName.EVENTS, { concurrency: 5 })
export class EventsProcessor extends WorkerHost {
  constructor(private readonly fanout: EventFanoutService) {
    super();
  }

  process(job: Job<OutboxJobData>): Promise<string> {
    return this.fanout.process(job.data.outboxId);
  }
}
