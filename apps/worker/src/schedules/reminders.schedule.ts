import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG, JobName, QueueName, SchedulerId } from '@app/core';

/** How often every worker checks that the scan's scheduler still exists in Redis. */
const CHECK_EVERY_MS = 60_000;

/**
 * Registers the reminder scan's job scheduler (REMINDER_SCAN_CRON, default every 10 minutes,
 * in BUSINESS_TZ; `off` disables it). Upserted under a stable id: any number of workers keep one
 * schedule. Redis is losable (FLUSHALL, a new instance): the scheduler lives only there, so each
 * worker checks every minute and registers it again when it is gone. The scan itself is
 * idempotent and looks at the current state, so slots missed meanwhile are caught up by the next one.
 */
@Injectable()
export class RemindersSchedule implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RemindersSchedule.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectQueue(QueueName.REMINDERS) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.reminderScanCron === 'off') return;
    await this.register();
    this.logger.log(`scheduler ${SchedulerId.REMINDER_SCAN} registered (${this.config.reminderScanCron})`);
    this.timer = setInterval(() => {
      this.ensure().catch((e) => this.logger.warn(`cannot check the reminder scheduler: ${(e as Error).message}`));
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Registers the scheduler again if Redis lost it; returns true when it had to. */
  async ensure(): Promise<boolean> {
    if (this.config.reminderScanCron === 'off' || (await this.queue.getJobScheduler(SchedulerId.REMINDER_SCAN))) return false;
    await this.register();
    this.logger.warn(`scheduler ${SchedulerId.REMINDER_SCAN} was missing from Redis; registered again (${this.config.reminderScanCron})`);
    return true;
  }

  private register(): Promise<unknown> {
    return this.queue.upsertJobScheduler(
      SchedulerId.REMINDER_SCAN,
      { pattern: this.config.reminderScanCron, tz: this.config.businessTz },
      { name: JobName.REMINDER_SCAN, opts: { removeOnComplete: 50, removeOnFail: 50 } },
    );
  }
}
