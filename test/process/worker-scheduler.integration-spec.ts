import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QueueName, SchedulerId } from '@app/core';
import { createTestDatabase } from '@app/testing';
import { WorkerModule } from '../../apps/worker/src/worker.module';

describe('worker process', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const prefix = `test:${randomBytes(4).toString('hex')}`;
  const workers: INestApplicationContext[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    Object.assign(process.env, { APP_ENV: 'test', DATABASE_URL: db.url, REDIS_PREFIX: prefix, HEARTBEAT_CRON: '*/5 * * * *' });
  });
  afterAll(async () => {
    for (const w of workers) await w.close();
    await db.drop();
  });

  it('starts without HTTP, connects to Redis and keeps one scheduler however many workers start', async () => {
    for (let i = 0; i < 3; i++) workers.push(await NestFactory.createApplicationContext(WorkerModule, { logger: false }));
    const queue = new Queue(QueueName.MAINTENANCE, { connection: { url: 'redis://127.0.0.1:6379' }, prefix: `${prefix}:bull` });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => s.key).sort()).toEqual([SchedulerId.AUDIT_CHECKPOINT, SchedulerId.HEARTBEAT].sort());
      expect(schedulers.find((s) => s.key === SchedulerId.HEARTBEAT)!.pattern).toBe('*/5 * * * *');
      // A restart (close + start) upserts the same scheduler rather than adding one.
      await workers.pop()!.close();
      workers.push(await NestFactory.createApplicationContext(WorkerModule, { logger: false }));
      expect((await queue.getJobSchedulers()).map((s) => s.key).sort()).toEqual([SchedulerId.AUDIT_CHECKPOINT, SchedulerId.HEARTBEAT].sort());
    } finally {
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  });
});
