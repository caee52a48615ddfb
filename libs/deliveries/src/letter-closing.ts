import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditRecordInput } from '@app/audit';
import { Principal } from '@app/identity';

/**
 * Closes the letter when a main delivery closed and none is left open. The letter's own library
 * implements it (its transition table decides); deliveries only says when to ask.
 */
export interface LetterCloser {
  /**
   * Runs in the delivery's transaction (the letter row is already locked). Answers the audit
   * event of the letter's closing, to append after the delivery's own; null when it stays open.
   */
  mainDeliveryClosed(m: EntityManager, p: Principal, closed: { suggestionId: string; deliveryId: string }, now: Date): Promise<AuditRecordInput | null>;
}

/** Where the letter's library registers its closer (deliveries cannot import the letters library: it imports deliveries). */
@Injectable()
export class LetterClosing {
  private closer?: LetterCloser;

  register(closer: LetterCloser): void {
    this.closer = closer;
  }

  /** The registered closer; throws when the letters library is not loaded (a delivery must never close without asking). */
  get(): LetterCloser {
    if (!this.closer) throw new Error('No letter closer is registered: the letters module (SuggestionsModule) must be loaded to close deliveries');
    return this.closer;
  }
}
