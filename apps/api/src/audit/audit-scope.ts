import { Jurisdiction, JurisdictionService } from '@app/directory';
import { hasRole, Principal, Role } from '@app/identity';

/**
 * Which audit rows (`audit_events` aliased `e`) a caller may read (PRODUCT.md "What stays inside").
 *
 * - Rows about a letter — the letter itself (`suggestion`), its deliveries (replies, messages,
 *   supervision notes, evaluations… are all `delivery` rows) and attachments on either — are
 *   visible exactly when the letter (or delivery) is, through the one rule,
 *   JurisdictionService.suggestionScope / deliveryScope. A higher court or a supervisor therefore
 *   reads nothing of a draft, an internal review or a return comment; SYS_ADMIN, who reads no
 *   letters, reads no letter rows either. An upload not yet attached is its uploader's organization's.
 * - Any other row (users, organizations, tokens, webhooks, calendar, mail, checkpoints…):
 *   SYS_ADMIN all; others rows about their own organization, and court admins/supervisors also
 *   rows about the courts in their jurisdiction (as before). Rows about no organization: SYS_ADMIN only.
 */
export function auditRowScope(jurisdiction: JurisdictionService, j: Jurisdiction, p: Principal): { sql: string; params: Record<string, unknown> } {
  const letter = jurisdiction.suggestionScope(j, 's', 'auLetter');
  const delivery = jurisdiction.deliveryScope(j, 'd', 's', 'auDelivery');
  const params: Record<string, unknown> = { ...letter.params, ...delivery.params, auOwn: p.organizationId };
  // The entity id as a uuid (letter-related rows always carry one); never a cast error on others.
  const id = `(CASE WHEN e.entity_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' THEN CAST(e.entity_id AS uuid) END)`;
  let other = 'e.organization_id = :auOwn';
  if (hasRole(p, Role.SYS_ADMIN)) {
    other = 'TRUE';
  } else {
    // The courts of the caller's VisibilityScope (none for an agency).
    const courts = jurisdiction.asScope(j).courtIds;
    if (courts.length) {
      params.auCourts = courts;
      other = `(e.organization_id = :auOwn OR e.organization_id = ANY(:auCourts::uuid[]))`;
    }
  }
  const sql = `(CASE e.entity_type
      WHEN 'suggestion' THEN EXISTS (SELECT 1 FROM suggestions s WHERE s.id = ${id} AND ${letter.sql})
      WHEN 'delivery' THEN EXISTS (SELECT 1 FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id WHERE d.id = ${id} AND ${delivery.sql})
      WHEN 'attachment' THEN coalesce(
        (SELECT (CASE WHEN a.delivery_id IS NULL THEN ${letter.sql} ELSE ${delivery.sql} END) IS TRUE
           FROM attachments a JOIN suggestions s ON s.id = a.suggestion_id LEFT JOIN deliveries d ON d.id = a.delivery_id
          WHERE a.id = ${id}),
        e.organization_id = :auOwn)
      ELSE ${other} END) IS TRUE`;
  return { sql, params };
}

/** Letter-level steps that are not the issuing court's internal business. */
const PUBLIC_LETTER_ACTIONS = ['suggestion.withdraw', 'suggestion.close', 'suggestion.closed', 'suggestion.archive'];

/** A reply before it is submitted (drafted for approval, saved, returned by the leader) is the recipient's. */
const RECIPIENT_ACTIONS = ['delivery.reply_draft', 'delivery.reply_save', 'delivery.reply_return'];

/** What of an internal row those outside may read: the status it led to and the document number. */
export const AUDIT_PUBLIC_DATA = ['status', 'docNumber'];

/**
 * What stays inside, as on the timeline: a visible row is shown whole, or — to those outside the
 * step — without its data (but AUDIT_PUBLIC_DATA) and without the person who took it. A letter-level
 * row is the issuing court's business (drafting, review and sign-off comments, escalation) except
 * withdrawal, closing and archiving, and whole to the organization that took the step; a reply
 * drafted for the agency leader's approval (`delivery.reply_draft`, with its stances) is the
 * recipient's, and so are a saved reply (`delivery.reply_save`) and a returned one (`delivery.reply_return`).
 * A SQL condition on `audit_events e`: true when the caller reads the row whole.
 */
export function auditRowWhole(p: Principal): { sql: string; params: Record<string, unknown> } {
  const id = `(CASE WHEN e.entity_id ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' THEN CAST(e.entity_id AS uuid) END)`;
  const sql = `(CASE
      WHEN e.actor_org_id = :awOwn OR e.action = ANY(:awPublic) THEN TRUE
      WHEN e.entity_type = 'suggestion' THEN EXISTS (SELECT 1 FROM suggestions s WHERE s.id = ${id} AND s.court_id = :awOwn)
      WHEN e.action = ANY(:awRecipient) THEN EXISTS (SELECT 1 FROM deliveries d WHERE d.id = ${id} AND d.organization_id = :awOwn)
      ELSE TRUE END)`;
  return { sql, params: { awOwn: p.organizationId, awPublic: PUBLIC_LETTER_ACTIONS, awRecipient: RECIPIENT_ACTIONS } };
}
