import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG, JobName, QueueName, SchedulerId } from '@app/core';

/**
 * Registers the reminder scan's job scheduler (REMINDER_SCAN_CRON, default every 10 minutes,
 * in BUSINESS_TZ). Upserted under a stable id: any number of workers keep one schedule.
 */
@Injectable()
export class RemindersSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersSchedule.name);

  constructor(
    @InjectQueue(QueueName.REMINDERS) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const pattern = process.env.REMINDER_SCAN_CRON ?? '*/10 * * * *';
    if (pattern === 'off') return;
    await this.queue.upsertJobScheduler(SchedulerId.REMINDER_SCAN, { pattern, tz: this.config.businessTz }, { name: JobName.REMINDER_SCAN, opts: { removeOnComplete: 50, removeOnFail: 50 } });
    this.logger.log(`scheduler ${SchedulerId.REMINDER_SCAN} registered (${pattern})`);
  }
}
