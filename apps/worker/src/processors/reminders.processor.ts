import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { QueueName } from '@app/core';
import { ReminderScanService, ScanResult } from '@app/reminders';

/** Runs the reminder scan when its job scheduler fires (once per slot across all workers). */
@Processor(QueueName.REMINDERS, { concurrency: 1 })
export class RemindersProcessor extends WorkerHost {
  constructor(private readonly scanner: ReminderScanService) {
    super();
  }

  process(_job: Job): Promise<ScanResult> {
    return this.scanner.scan();
  }
}
