import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG, JobName, QueueName, SchedulerId } from '@app/core';

@Injectable()
export class StatsSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(StatsSchedule.name);

  /** Every STATS_REFRESH_SECONDS (default 60): the stated freshness of every dashboard figure. */
  constructor(
    @InjectQueue(QueueName.STATS) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.statsRefreshSeconds * 1000;
    await this.queue.upsertJobScheduler(
      SchedulerId.STATS_REFRESH,
      { every },
      { name: JobName.STATS_REFRESH, data: {}, opts: { removeOnComplete: 50, removeOnFail: 50 } },
    );
    this.logger.log(`scheduler ${SchedulerId.STATS_REFRESH} registered (every ${every / 1000} s)`);
  }
}
