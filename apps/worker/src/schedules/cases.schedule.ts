import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG, JobName, QueueName, SchedulerId } from '@app/core';

/**
 * The daily class-case lead detection (LEAD_SCAN_CRON, default 02:30 in BUSINESS_TZ; `off`
 * disables it), upserted under a stable id so any number of workers keep one schedule. Detection is
 * idempotent per (court, lead, period), so a run missed while Redis was away is caught up next day.
 */
@Injectable()
export class CasesSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(CasesSchedule.name);

  constructor(
    @InjectQueue(QueueName.CASES) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.leadScanCron === 'off') return;
    await this.queue.upsertJobScheduler(
      SchedulerId.LEAD_DETECT,
      { pattern: this.config.leadScanCron, tz: this.config.businessTz },
      { name: JobName.LEAD_DETECT, opts: { removeOnComplete: 20, removeOnFail: 20 } },
    );
    this.logger.log(`scheduler ${SchedulerId.LEAD_DETECT} registered (${this.config.leadScanCron})`);
  }
}
