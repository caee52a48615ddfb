import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which Redis data set a relayed outbox row's job went into (`redis_epoch`: the server's run_id and
 * the relay's marker key in it). When the relay finds Redis with another epoch (restarted empty,
 * flushed, failed over), rows enqueued under an older one have lost their jobs: their leases are
 * released and they are relayed again at once instead of when the lease runs out.
 */
export class OutboxRedisEpoch1763779100000 implements MigrationInterface {
  name = 'OutboxRedisEpoch1763779100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_messages ADD COLUMN redis_epoch text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_messages DROP COLUMN redis_epoch`);
  }
}
