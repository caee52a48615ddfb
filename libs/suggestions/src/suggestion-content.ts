import { AppException } from '@app/core';
import { OrganizationEntity } from '@app/directory';
import { Principal } from '@app/identity';
import { EntityManager, In } from 'typeorm';
import { SuggestionEntity, SuggestionItemEntity, SuggestionRecipientEntity } from './suggestion.entity';
import { RecipientKind, SuggestionErrorCode } from './suggestion.types';

export interface RecipientInput {
  organizationId: string;
  kind: RecipientKind;
}

export interface ItemInput {
  problem: string;
  recommendation: string;
}

/** Recipients: known, active, distinct organizations other than the court, with at least one MAIN. */
export async function checkRecipients(m: EntityManager, courtId: string, recipients: RecipientInput[]): Promise<void> {
  const bad = (message: string) => new AppException(422, SuggestionErrorCode.RECIPIENT_INVALID, message, [{ field: 'recipients', message }]);
  const ids = recipients.map((r) => r.organizationId);
  if (new Set(ids).size !== ids.length) throw bad('Each organization may appear once');
  if (!recipients.some((r) => r.kind === RecipientKind.MAIN)) throw bad('At least one MAIN recipient is required');
  if (ids.includes(courtId)) throw bad('The court cannot send a suggestion to itself');
  const found = await m.findBy(OrganizationEntity, { id: In(ids), active: true });
  if (found.length !== ids.length) throw bad('Unknown or inactive organization among the recipients');
}

export async function writeItems(m: EntityManager, suggestionId: string, items: ItemInput[]): Promise<void> {
  await m.delete(SuggestionItemEntity, { suggestionId });
  if (items.length)
    await m.insert(
      SuggestionItemEntity,
      items.map((it, i) => ({ suggestionId, index: i + 1, problem: it.problem, recommendation: it.recommendation })),
    );
}

export async function writeRecipients(m: EntityManager, suggestionId: string, recipients: RecipientInput[]): Promise<void> {
  await m.delete(SuggestionRecipientEntity, { suggestionId });
  if (recipients.length)
    await m.insert(
      SuggestionRecipientEntity,
      recipients.map((r, i) => ({ suggestionId, organizationId: r.organizationId, kind: r.kind, position: i + 1 })),
    );
}

/** Saves a version of the draft: the whole content and who changed which fields. */
export async function snapshot(m: EntityManager, s: SuggestionEntity, p: Principal, changedFields: string[], at: Date): Promise<void> {
  const items = await m.find(SuggestionItemEntity, { where: { suggestionId: s.id }, order: { index: 'ASC' } });
  const recipients = await m.find(SuggestionRecipientEntity, { where: { suggestionId: s.id }, order: { position: 'ASC' } });
  const files: { id: string; file_name: string }[] = await m.query(
    `SELECT id, file_name FROM attachments WHERE suggestion_id = $1 AND delivery_id IS NULL ORDER BY created_at, id`,
    [s.id],
  );
  const content = {
    title: s.title,
    category: s.category,
    domain: s.domain,
    major: s.major,
    background: s.background,
    causeAnalysis: s.causeAnalysis,
    legalBasis: s.legalBasis,
    sourceCases: s.sourceCases,
    replyPeriodMonths: s.replyPeriodMonths,
    contactName: s.contactName,
    contactPhone: s.contactPhone,
    items: items.map((i) => ({ index: i.index, problem: i.problem, recommendation: i.recommendation })),
    recipients: recipients.map((r) => ({ organizationId: r.organizationId, kind: r.kind })),
    attachments: files.map((f) => ({ id: f.id, fileName: f.file_name })),
  };
  await m.query(
    `INSERT INTO suggestion_versions (suggestion_id, version, snapshot, changed_fields, changed_by, changed_by_name, changed_at) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
    [s.id, s.version, JSON.stringify(content), changedFields, p.userId, p.displayName || p.username, at],
  );
}

/**
 * A letter goes to review only when it is complete: a legal basis, a contact person and phone, at
 * least one MAIN recipient and one item (drafts may be saved without them). 422 LETTER_INCOMPLETE
 * whose details name every missing field, nothing written.
 */
export async function assertComplete(m: EntityManager, s: SuggestionEntity): Promise<void> {
  const [counts] = await m.query(
    `SELECT (SELECT count(*)::int FROM suggestion_items WHERE suggestion_id = $1) AS items,
            (SELECT count(*)::int FROM suggestion_recipients WHERE suggestion_id = $1 AND kind = 'MAIN') AS mains`,
    [s.id],
  );
  const missing: { field: string; message: string }[] = [];
  const blank = (v: string | null | undefined) => !v || !v.trim();
  if (blank(s.legalBasis)) missing.push({ field: 'legalBasis', message: '请填写法律依据' });
  if (blank(s.contactName)) missing.push({ field: 'contactName', message: '请填写联系人' });
  if (blank(s.contactPhone)) missing.push({ field: 'contactPhone', message: '请填写联系电话' });
  if (!counts.mains) missing.push({ field: 'recipients', message: '请至少选择一个主送单位' });
  if (!counts.items) missing.push({ field: 'items', message: '请至少填写一项建议' });
  if (missing.length)
    throw new AppException(422, SuggestionErrorCode.LETTER_INCOMPLETE, `The letter is incomplete: ${missing.map((f) => f.field).join(', ')}`, missing);
}
