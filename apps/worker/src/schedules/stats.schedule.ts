import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, QueueName, SchedulerId } from '@app/core';

/** Every STATS_REFRESH_SECONDS (default 60) — the stated freshness of every dashboard figure. */
export const statsRefreshSeconds = (): number => {
  const v = Number(process.env.STATS_REFRESH_SECONDS ?? 60);
  return Number.isInteger(v) && v >= 5 && v <= 3600 ? v : 60;
};

@Injectable()
export class StatsSchedule implements OnApplicationBootstrap {
  private readonly logger = new Logger(StatsSchedule.name);

  constructor(@InjectQueue(QueueName.STATS) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = statsRefreshSeconds() * 1000;
    await this.queue.upsertJobScheduler(SchedulerId.STATS_REFRESH, { every }, { name: JobName.STATS_REFRESH, data: {}, opts: { removeOnComplete: 50, removeOnFail: 50 } });
    this.logger.log(`scheduler ${SchedulerId.STATS_REFRESH} registered (every ${every / 1000} s)`);
  }
}
