import { randomUUID } from 'node:crypto';

/** The domain of the sender address (`司法建议 <noreply@court.gov.cn>` → `court.gov.cn`). */
export function senderDomain(mailFrom: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(mailFrom);
  return m ? m[1].toLowerCase() : 'sifa-jianyi.local';
}

/** A new, globally unique Message-ID, fixed for one logical email. */
export function newMessageId(mailFrom: string): string {
  return `<${randomUUID()}@${senderDomain(mailFrom)}>`;
}
