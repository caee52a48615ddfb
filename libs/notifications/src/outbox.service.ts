import { Injectable } from '@nestjs/common';
import { Clock } from '@app/core';
import { EntityManager } from 'typeorm';

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
    // Available no later than now in either frame: a scan run "as of" a future instant must not
    // hold its work back from workers that run on the wall clock.
    const availableAt = input.availableAt ?? new Date(Math.min(now.getTime(), Date.now()));
    const rows = await m.query(
      `INSERT INTO outbox_messages (topic, dedupe_key, payload, created_at, available_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [input.topic, input.dedupeKey, JSON.stringify(input.payload), now, availableAt],
    );
    return rows.length > 0;
  }
}
