import type { Jurisdiction } from './jurisdiction.service';

/** Letter statuses that stay inside the issuing court: nobody outside it sees such a letter or its deliveries. */
export const INTERNAL_LETTER_STATUSES = ['DRAFT', 'IN_REVIEW', 'IN_APPROVAL', 'RETURNED', 'WITHDRAWN'] as const;

/** `<alias>.status IN (…internal…)` over a `suggestions` row. */
export const INTERNAL_LETTER_SQL = (s: string) => `${s}.status IN (${INTERNAL_LETTER_STATUSES.map((x) => `'${x}'`).join(',')})`;

/** What of a visible letter or delivery the caller may read. */
export interface FieldRules {
  /**
   * Internal comments are the court's: review and sign-off comments, committee decisions,
   * consultations and every delivery of a letter are shown to the court side and supervisors
   * (who see letters by jurisdiction), never to a caller who sees a letter only as its recipient.
   */
  internalFields: boolean;
  /**
   * Replies awaiting approval are the recipient's: a reply its agency leader has not approved yet is
   * shown in full only to this organization (the caller's own); everyone else learns only that one
   * is being prepared.
   */
  pendingRepliesOf: string | null;
}

/**
 * The typed answer of `JurisdictionService.resolve()`: which letters and deliveries a caller sees,
 * resolved once per request. It is the Jurisdiction (kept for existing readers) plus:
 * - `letters`: `courts` — letters of `courtIds` (court side, supervisors); `recipient` — letters
 *   delivered to `recipientOrganizationId` (agency staff, API tokens); `none`;
 * - `courtIds`: every court of the caller's court scope (a court's subtree, a 人大/党委's region),
 *   read from the directory tree and cached per subtree/region (VisibleCourts);
 * - `ownCourtId`: the caller's own court, whose letters they see in every status — other courts'
 *   letters only once they left the issuing court (not INTERNAL_LETTER_STATUSES);
 * - `authorUserId` / `division` (from Jurisdiction): a judge sees only their own letters, a
 *   division head their division's, both in their own court only;
 * - `adoptedLetterIds`: the letters a higher court adopted from the caller's own letters (Art. 3:
 *   the originating court keeps the thread; a judge: of their own letters, a division head: of their
 *   division's, the court admin and leaders: of the court's), read once per request — usually none,
 *   and then the filters carry no branch for them;
 * - `fields`: the field rules.
 * SQL filters over it are index-shaped (`s.court_id = ANY(…)`, `d.court_id = ANY(…)`,
 * `d.organization_id = …`) and never an OR over roles: see JurisdictionService.visibleLetters and
 * visibleDeliveries.
 */
export interface VisibilityScope extends Jurisdiction {
  letters: 'courts' | 'recipient' | 'none';
  courtIds: string[];
  ownCourtId: string | null;
  adoptedLetterIds: string[];
  fields: FieldRules;
}

/** A SQL condition with `:name` placeholders and their values. */
export interface SqlFilter {
  sql: string;
  params: Record<string, unknown>;
}

export function isVisibilityScope(j: Jurisdiction): j is VisibilityScope {
  return Array.isArray((j as Partial<VisibilityScope>).courtIds) && typeof (j as Partial<VisibilityScope>).letters === 'string';
}
