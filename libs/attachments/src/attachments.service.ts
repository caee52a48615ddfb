import { Injectable } from '@nestjs/common';
import { Principal } from '@app/identity';
import { EntityManager } from 'typeorm';
import { AttachmentTarget } from './attachment-target';

/**
 * Uploaded files: streamed to STORAGE_DIR under random names, type checked by magic bytes,
 * attached to a letter/delivery inside the caller's transaction, downloadable only by those who
 * may see what they are attached to.
 */
@Injectable()
export class AttachmentsService {
  /**
   * Attaches previously uploaded files (by id) to a letter or delivery, inside the caller's
   * transaction. Throws 422 ATTACHMENT_NOT_FOUND when an id does not exist, was uploaded by
   * another organization, or is already attached to something else.
   */
  async attach(_m: EntityManager, _principal: Principal, attachmentIds: string[], _target: AttachmentTarget): Promise<void> {
    if (attachmentIds.length === 0) return;
    throw new Error('AttachmentsService.attach is being implemented');
  }
}
