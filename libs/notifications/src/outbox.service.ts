import { Injectable } from '@nestjs/common';
import { Clock } from '@app/core';
import { EntityManager } from 'typeorm';
import { timeOrderedUuid } from './outbox/time-ordered-id';

export { timeOrderedUuid };

export interface OutboxInput {
  /** What kind of work, e.g. `suggestion.issued`, `delivery.created`, `email.send`. */
  topic: string;
  /** One logical message = one key (e.g. `delivery.created:<deliveryId>`); repeats are ignored. */
  dedupeKey: string;
  payload: Record<string, unknown>;
  availableAt?: Date;
}

/** Writes outbox rows inside the caller's transaction. */
@Injectable()
export class OutboxService {
  constructor(private readonly clock: Clock) {}

  /** Returns true when the row was new, false when its dedupe key already existed. */
  async add(m: EntityManager, input: OutboxInput): Promise<boolean> {
    const now = this.clock.now();
    const availableAt = input.availableAt ?? this.availableNow(now);
    const rows = await m.query<{ id: string }[]>(
      `INSERT INTO outbox_messages (topic, dedupe_key, payload, created_at, available_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [input.topic, input.dedupeKey, JSON.stringify(input.payload), now, availableAt],
    );
    return rows.length > 0;
  }

  /**
   * `add` for many rows in one statement (e.g. a reminder scan's batch). Returns the dedupe keys
   * that were new; keys that already existed, or repeat within `inputs`, are ignored. The rows get
   * time-ordered ids, so a large burst appends to the primary key instead of scattering over it.
   */
  async addMany(m: EntityManager, inputs: OutboxInput[]): Promise<Set<string>> {
    if (!inputs.length) return new Set();
    const now = this.clock.now();
    const availableNow = this.availableNow(now);
    const rows: { dedupe_key: string }[] = await m.query(
      `INSERT INTO outbox_messages (id, topic, dedupe_key, payload, created_at, available_at)
       SELECT x.id, x.topic, x.dedupe_key, x.payload::jsonb, $5, x.available_at
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $6::timestamptz[]) AS x(id, topic, dedupe_key, payload, available_at)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING dedupe_key`,
      [
        inputs.map(() => timeOrderedUuid()),
        inputs.map((i) => i.topic),
        inputs.map((i) => i.dedupeKey),
        inputs.map((i) => JSON.stringify(i.payload)),
        now,
        inputs.map((i) => i.availableAt ?? availableNow),
      ],
    );
    return new Set(rows.map((r) => r.dedupe_key));
  }

  /**
   * Available no later than now in either frame: a scan run "as of" a future instant must not
   * hold its work back from workers that run on the wall clock.
   */
  private availableNow(now: Date): Date {
    return new Date(Math.min(now.getTime(), Date.now()));
  }
}
