import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { DetectionResult, LeadDetectionService } from '@app/cases';
import { AdvisoryLockKey, JobName, QueueName, withAdvisoryLock } from '@app/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Class-case lead detection over every court's area (one run at a time cluster-wide). */
@Processor(QueueName.CASES, { concurrency: 1 })
export class CasesProcessor extends WorkerHost {
  private readonly logger = new Logger(CasesProcessor.name);

  constructor(
    private readonly detection: LeadDetectionService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {
    super();
  }

  async process(job: Job): Promise<DetectionResult> {
    if (job.name !== JobName.LEAD_DETECT) throw new Error(`unknown job ${job.name}`);
    const r = await withAdvisoryLock(this.ds, AdvisoryLockKey.LEAD_DETECTION, () => this.detection.detect(null));
    this.logger.log(`lead detection as of ${r.asOf}: ${r.candidates} candidates, ${r.upserted} leads, ${r.durationMs} ms`);
    return r;
  }
}
