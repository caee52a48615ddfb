/** What an uploaded file is attached to. */
export type AttachmentPurpose = 'LETTER' | 'REPLY' | 'IMPLEMENTATION' | 'MESSAGE' | 'EXTENSION' | 'OTHER';

export interface AttachmentTarget {
  suggestionId: string;
  deliveryId?: string | null;
  purpose: AttachmentPurpose;
}
