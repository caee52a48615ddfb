import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobName, QueueName } from '@app/core';
import { AuditCheckpointService, SYSTEM_ACTOR } from '@app/audit';

/** Housekeeping jobs. The heartbeat proves the worker reaches Redis and Postgres; the audit checkpoint signs the chain heads daily. */
@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly checkpoints: AuditCheckpointService,
  ) {
    super();
  }

  async process(job: Job): Promise<{ ok: boolean; at: string; checkpointId?: string }> {
    switch (job.name) {
      case JobName.HEARTBEAT: {
        await this.dataSource.query('SELECT 1');
        const at = new Date().toISOString();
        this.logger.log(`heartbeat ${at}`);
        return { ok: true, at };
      }
      case JobName.AUDIT_CHECKPOINT: {
        const c = await this.checkpoints.take(SYSTEM_ACTOR);
        this.logger.log(`audit checkpoint ${c.id} taken`);
        return { ok: true, at: c.takenAt, checkpointId: c.id };
      }
      default:
        throw new Error(`unknown job ${job.name}`);
    }
  }
}
