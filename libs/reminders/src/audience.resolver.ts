import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Audience } from './reminder-policy';

export interface Addressee {
  userId: string | null;
  name: string;
  email: string | null;
  organizationId: string;
  audience: Audience;
}

/**
 * Turns an audience (agency clerks, agency leaders, court admins, supervisors) of one delivery
 * into people: active users holding the role, plus the agency's registered mailboxes for its clerks.
 * Supervisors are the SUPERVISOR users of 人大/党委 bodies whose region contains the court's, and
 * of the courts above the issuing court.
 */
@Injectable()
export class AudienceResolver {
  async resolve(m: EntityManager, deliveryId: string, audiences: Audience[]): Promise<Addressee[]> {
    const [d] = await m.query(
      `SELECT d.organization_id, s.court_id, c.region_code AS court_region, c.path AS court_path, a.emails AS agency_emails, a.name AS agency_name
         FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id
         JOIN organizations c ON c.id = s.court_id JOIN organizations a ON a.id = d.organization_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    if (!d) return [];
    const out: Addressee[] = [];
    const users = async (sql: string, params: unknown[], audience: Audience) => {
      const rows: { id: string; display_name: string; email: string | null; organization_id: string }[] = await m.query(sql, params);
      for (const r of rows) out.push({ userId: r.id, name: r.display_name, email: r.email, organizationId: r.organization_id, audience });
    };
    const byRole = `SELECT id, display_name, email, organization_id FROM users WHERE active AND organization_id = $1 AND $2 = ANY(roles) ORDER BY username`;
    for (const a of audiences) {
      if (a === 'AGENCY_CLERKS') {
        await users(byRole, [d.organization_id, 'AGENCY_CLERK'], a);
        for (const email of d.agency_emails as string[]) out.push({ userId: null, name: d.agency_name, email, organizationId: d.organization_id, audience: a });
      } else if (a === 'AGENCY_LEADERS') {
        await users(byRole, [d.organization_id, 'AGENCY_LEADER'], a);
      } else if (a === 'COURT_ADMINS') {
        await users(byRole, [d.court_id, 'COURT_ADMIN'], a);
      } else if (a === 'SUPERVISORS') {
        await users(
          `SELECT u.id, u.display_name, u.email, u.organization_id FROM users u JOIN organizations o ON o.id = u.organization_id
            WHERE u.active AND 'SUPERVISOR' = ANY(u.roles) AND o.active AND (
              (o.type IN ('CONGRESS','PARTY_COMMITTEE') AND $1 LIKE region_prefix(o.region_code) || '%')
              OR (o.type = 'COURT' AND $2 LIKE o.path || '%'))
            ORDER BY u.username`,
          [d.court_region, d.court_path],
          a,
        );
      }
    }
    // One person once, at the first (most specific) audience that names them.
    const seen = new Set<string>();
    return out.filter((x) => {
      const key = x.userId ?? `mail:${x.email}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}
