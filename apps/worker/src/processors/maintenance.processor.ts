import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { JobName, QueueName } from '@app/core';

/** Housekeeping jobs. The heartbeat proves the worker reaches Redis and Postgres. */
@Processor(QueueName.MAINTENANCE)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async process(job: Job): Promise<{ ok: boolean; at: string }> {
    switch (job.name) {
      case JobName.HEARTBEAT: {
        await this.dataSource.query('SELECT 1');
        const at = new Date().toISOString();
        this.logger.log(`heartbeat ${at}`);
        return { ok: true, at };
      }
      default:
        throw new Error(`unknown job ${job.name}`);
    }
  }
}
