import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG, JobName, QueueName, SchedulerId } from '@app/core';

/**
 * Registers the maintenance job schedulers (heartbeat; daily audit checkpoint). `upsertJobScheduler` with a stable id means N
 * workers starting (and restarting) keep exactly one schedule, firing once per slot cluster-wide.
 */
@Injectable()
export class MaintenanceSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceSchedule.name);

  constructor(
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const pattern = this.config.heartbeatCron;
    await this.queue.upsertJobScheduler(
      SchedulerId.HEARTBEAT,
      { pattern, tz: this.config.businessTz },
      { name: JobName.HEARTBEAT, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    this.logger.log(`scheduler ${SchedulerId.HEARTBEAT} registered (${pattern})`);
    // The daily signed checkpoint of the audit chains (AUDIT_CHECKPOINT_CRON, `off` disables it).
    const checkpoint = this.config.auditCheckpointCron;
    if (checkpoint === 'off') {
      await this.queue.removeJobScheduler(SchedulerId.AUDIT_CHECKPOINT);
      return;
    }
    await this.queue.upsertJobScheduler(
      SchedulerId.AUDIT_CHECKPOINT,
      { pattern: checkpoint, tz: this.config.businessTz },
      { name: JobName.AUDIT_CHECKPOINT, opts: { removeOnComplete: 30, removeOnFail: 30 } },
    );
    this.logger.log(`scheduler ${SchedulerId.AUDIT_CHECKPOINT} registered (${checkpoint})`);
  }
}
