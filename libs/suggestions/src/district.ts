import { regionInside } from '@app/directory';
import { EntityManager } from 'typeorm';

/** Art. 3 for one court and its MAIN recipients: who lies outside its district, and where the letter would go up to. */
export interface DistrictCheck {
  courtId: string;
  courtName: string;
  /** The court the letter goes up to (the directory parent), null for a court without one. */
  higherCourtId: string | null;
  higherCourtName: string | null;
  /** MAIN recipients outside the court's district: with any of them, sign-off escalates instead of issuing. */
  outside: { organizationId: string; organizationName: string; regionCode: string }[];
}

/**
 * The one Art. 3 rule (同级本地): a MAIN recipient lies inside the court's district when its region
 * code is the court's or lies inside it (regionInside). Sign-off decides with it
 * (SuggestionApprovalService), the letter shows it to the leader, and the drafting form asks it as
 * soon as a recipient is chosen (`GET /suggestions/district-check`).
 */
export async function districtCheck(m: EntityManager, courtId: string, mainOrganizationIds: string[]): Promise<DistrictCheck> {
  const [court]: { id: string; name: string; region_code: string; parent_id: string | null; parent_name: string | null }[] = await m.query(
    `SELECT c.id, c.name, c.region_code, p.id AS parent_id, p.name AS parent_name FROM organizations c LEFT JOIN organizations p ON p.id = c.parent_id WHERE c.id = $1`,
    [courtId],
  );
  const orgs: { id: string; name: string; region_code: string }[] = mainOrganizationIds.length
    ? await m.query(`SELECT id, name, region_code FROM organizations WHERE id = ANY($1::uuid[])`, [mainOrganizationIds])
    : [];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const outside = [...new Set(mainOrganizationIds)]
    .map((id) => byId.get(id))
    .filter((o): o is { id: string; name: string; region_code: string } => !!o && !regionInside(o.region_code, court.region_code))
    .map((o) => ({ organizationId: o.id, organizationName: o.name, regionCode: o.region_code }));
  return { courtId: court.id, courtName: court.name, higherCourtId: court.parent_id, higherCourtName: court.parent_name, outside };
}
