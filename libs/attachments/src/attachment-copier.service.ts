import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@app/core';
import { EntityManager } from 'typeorm';
import { AttachmentEntity } from './attachment.entity';
import { AttachmentsService } from './attachments.service';

/**
 * Carries a letter's own files over to a letter made from it (a higher court adopting an escalated
 * letter in its name): each file gets a new attachment row and a new storage name linked to the same
 * bytes, so the two letters' files stay independent (detaching one never touches the other).
 */
@Injectable()
export class AttachmentCopier {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  /** Copies the LETTER files of `fromSuggestionId` onto `toSuggestionId` inside the caller's transaction; returns the new ids. */
  async copyLetterFiles(m: EntityManager, fromSuggestionId: string, toSuggestionId: string): Promise<string[]> {
    const files = await m.find(AttachmentEntity, { where: { suggestionId: fromSuggestionId, purpose: 'LETTER' }, order: { createdAt: 'ASC', id: 'ASC' } });
    const storage = this.attachments.storage;
    const made: string[] = [];
    try {
      const now = this.clock.now();
      for (const f of files) {
        const id = randomUUID();
        const storageName = await storage.duplicate(f.storageName, id);
        made.push(storageName);
        await m.insert(AttachmentEntity, {
          ...f,
          id,
          storageName,
          suggestionId: toSuggestionId,
          deliveryId: null,
          purpose: 'LETTER',
          attachedAt: now,
          version: 1,
        });
      }
    } catch (e) {
      // Nothing of this copy may outlive its transaction; names left by a later rollback are unreferenced links.
      await Promise.all(made.map((n) => storage.remove(n).catch(() => undefined)));
      throw e;
    }
    return made;
  }
}
