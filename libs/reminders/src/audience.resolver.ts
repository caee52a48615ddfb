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

/** The two organizations of a delivery: its recipient agency and the issuing court. */
export interface DeliveryParties {
  organizationId: string;
  courtId: string;
}

/** The facts of an organization the audiences need. */
export interface OrganizationFacts {
  id: string;
  name: string;
  emails: string[];
  region_code: string;
  path: string;
}

/** One delivery (by its parties) and the audiences wanted for it. */
export interface AudienceRequest {
  parties: DeliveryParties;
  audiences: Audience[];
}

interface UserRow {
  id: string;
  display_name: string;
  email: string | null;
  organization_id: string;
}

const ROLE_OF: Partial<Record<Audience, string>> = { AGENCY_CLERKS: 'AGENCY_CLERK', AGENCY_LEADERS: 'AGENCY_LEADER', COURT_ADMINS: 'COURT_ADMIN' };

/**
 * Turns an audience (agency clerks, agency leaders, court admins, supervisors) of one delivery
 * into people: active users holding the role, plus the agency's registered mailboxes for its clerks.
 * Supervisors are the SUPERVISOR users of 人大/党委 bodies whose region contains the court's, and
 * of the courts above the issuing court.
 */
@Injectable()
export class AudienceResolver {
  async resolve(m: EntityManager, deliveryId: string, audiences: Audience[]): Promise<Addressee[]> {
    const [parties]: DeliveryParties[] = await m.query(
      `SELECT d.organization_id AS "organizationId", s.court_id AS "courtId" FROM deliveries d JOIN suggestions s ON s.id = d.suggestion_id WHERE d.id = $1`,
      [deliveryId],
    );
    if (!parties) return [];
    return (await this.resolveMany(m, [{ parties, audiences }]))[0];
  }

  /** The organizations with these ids, by id. */
  async organizations(m: EntityManager, ids: string[]): Promise<Map<string, OrganizationFacts>> {
    const rows: OrganizationFacts[] = await m.query(`SELECT id, name, emails, region_code, path FROM organizations WHERE id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
    return new Map(rows.map((o) => [o.id, o]));
  }

  /**
   * `resolve` for many deliveries in at most three queries whatever their number (the reminder
   * scan's batches): the organizations involved (unless given), their role holders, the
   * supervisors of the courts involved. Each answer is in the order `resolve` gives: audience
   * order, then username; one person once, at the first (most specific) audience that names them.
   */
  async resolveMany(m: EntityManager, requests: AudienceRequest[], orgs?: Map<string, OrganizationFacts>): Promise<Addressee[][]> {
    if (!requests.length) return [];
    const known =
      orgs ??
      (await this.organizations(
        m,
        requests.flatMap((r) => [r.parties.organizationId, r.parties.courtId]),
      ));
    const roleOrgs = new Set<string>();
    const courts = new Set<string>();
    for (const { parties, audiences } of requests) {
      if (audiences.includes('AGENCY_CLERKS') || audiences.includes('AGENCY_LEADERS')) roleOrgs.add(parties.organizationId);
      if (audiences.includes('COURT_ADMINS')) roleOrgs.add(parties.courtId);
      if (audiences.includes('SUPERVISORS') && known.has(parties.courtId)) courts.add(parties.courtId);
    }
    const holders = await this.roleHolders(m, [...roleOrgs]);
    const supervisors = await this.supervisors(
      m,
      [...courts].map((id) => known.get(id)!),
    );

    return requests.map(({ parties, audiences }) => {
      const agency = known.get(parties.organizationId);
      if (!agency || !known.has(parties.courtId)) return [];
      const out: Addressee[] = [];
      const push = (rows: UserRow[] | undefined, audience: Audience) => {
        for (const u of rows ?? []) out.push({ userId: u.id, name: u.display_name, email: u.email, organizationId: u.organization_id, audience });
      };
      for (const a of audiences) {
        if (a === 'AGENCY_CLERKS') {
          push(holders.get(`${parties.organizationId}:${ROLE_OF[a]}`), a);
          for (const email of agency.emails) out.push({ userId: null, name: agency.name, email, organizationId: parties.organizationId, audience: a });
        } else if (a === 'AGENCY_LEADERS') {
          push(holders.get(`${parties.organizationId}:${ROLE_OF[a]}`), a);
        } else if (a === 'COURT_ADMINS') {
          push(holders.get(`${parties.courtId}:${ROLE_OF[a]}`), a);
        } else if (a === 'SUPERVISORS') {
          push(supervisors.get(parties.courtId), a);
        }
      }
      const seen = new Set<string>();
      return out.filter((x) => {
        const key = x.userId ?? `mail:${x.email}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    });
  }

  /** Active users of these organizations by `org:role`, each list in username order. */
  private async roleHolders(m: EntityManager, orgIds: string[]): Promise<Map<string, UserRow[]>> {
    const out = new Map<string, UserRow[]>();
    if (!orgIds.length) return out;
    const roles = Object.values(ROLE_OF);
    const rows: (UserRow & { roles: string[] })[] = await m.query(
      `SELECT id, display_name, email, organization_id, roles FROM users
        WHERE active AND organization_id = ANY($1::uuid[]) AND roles && $2::text[] ORDER BY username`,
      [orgIds, roles],
    );
    for (const u of rows) {
      for (const role of new Set(u.roles)) {
        if (!roles.includes(role)) continue;
        const key = `${u.organization_id}:${role}`;
        if (!out.has(key)) out.set(key, []);
        out.get(key)!.push(u);
      }
    }
    return out;
  }

  /** The supervisors of each court (by court id), each list in username order. */
  private async supervisors(m: EntityManager, courts: OrganizationFacts[]): Promise<Map<string, UserRow[]>> {
    const out = new Map<string, UserRow[]>();
    if (!courts.length) return out;
    const rows: (UserRow & { court_id: string })[] = await m.query(
      `SELECT c.court_id, u.id, u.display_name, u.email, u.organization_id
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS c(court_id, court_region, court_path)
         JOIN organizations o ON o.active AND (
              (o.type IN ('CONGRESS','PARTY_COMMITTEE') AND c.court_region LIKE region_prefix(o.region_code) || '%')
              OR (o.type = 'COURT' AND c.court_path LIKE o.path || '%'))
         JOIN users u ON u.organization_id = o.id AND u.active AND 'SUPERVISOR' = ANY(u.roles)
        ORDER BY c.court_id, u.username`,
      [courts.map((c) => c.id), courts.map((c) => c.region_code), courts.map((c) => c.path)],
    );
    for (const u of rows) {
      if (!out.has(u.court_id)) out.set(u.court_id, []);
      out.get(u.court_id)!.push(u);
    }
    return out;
  }
}
