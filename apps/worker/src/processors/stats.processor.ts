import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobName, QueueName } from '@app/core';
import { RefreshResult, StatsRefreshService } from '@app/statistics';

/**
 * Refreshes the statistics rollups: full on the first run of a business day (or when asked with
 * `{full: true}`), incremental otherwise. Overlapping runs skip (advisory try-lock).
 */
@Processor(QueueName.STATS, { concurrency: 1 })
export class StatsProcessor extends WorkerHost {
  private readonly logger = new Logger(StatsProcessor.name);

  constructor(private readonly refresher: StatsRefreshService) {
    super();
  }

  async process(job: Job<{ full?: boolean }>): Promise<RefreshResult> {
    if (job.name !== JobName.STATS_REFRESH) throw new Error(`unknown job ${job.name}`);
    const r = await this.refresher.refresh({ full: job.data?.full === true });
    if (r.mode !== 'incremental' || r.durationMs > 5000)
      this.logger.log(`stats refresh ${r.mode} as of ${r.asOf}: ${r.touchedKeys} keys in ${r.durationMs} ms`);
    return r;
  }
}
