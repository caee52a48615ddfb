import { regionInside } from '@app/directory';
import { EntityManager } from 'typeorm';

export interface AuthorityRule {
  id: string;
  causeCode: string | null;
  keyword: string | null;
  authority: string;
  namePatterns: string[];
  domain: string | null;
}

export interface SuggestedRecipient {
  authority: string;
  domain: string | null;
  organizationId: string | null;
  organizationName: string | null;
}

export async function loadAuthorityRules(m: EntityManager): Promise<AuthorityRule[]> {
  const rows = await m.query(`SELECT id, cause_code, keyword, authority, name_patterns, domain FROM case_authorities`);
  return rows.map((r: Record<string, unknown>) => ({
    id: r.id as string,
    causeCode: (r.cause_code as string | null) ?? null,
    keyword: (r.keyword as string | null) ?? null,
    authority: r.authority as string,
    namePatterns: r.name_patterns as string[],
    domain: (r.domain as string | null) ?? null,
  }));
}

/**
 * The competent authority of a 案由 (and keyword): a rule for the keyword first (电动汽车充电设施 →
 * 发改委, whatever the cause), then the most specific rule whose cause is the lead's or an ancestor.
 */
export function ruleFor(rules: AuthorityRule[], causeCode: string, keyword: string): AuthorityRule | null {
  const byKeyword = keyword ? rules.find((r) => r.keyword === keyword && (!r.causeCode || causeCode.startsWith(r.causeCode))) : undefined;
  if (byKeyword) return byKeyword;
  return (
    rules.filter((r) => !r.keyword && r.causeCode && causeCode.startsWith(r.causeCode)).sort((a, b) => b.causeCode!.length - a.causeCode!.length)[0] ?? null
  );
}

/**
 * That authority among the directory's agencies for a court: an active agency whose name matches a
 * pattern and whose region is the court's or encloses it, the nearest first (浦江县住建局 for 浦江,
 * 金华市住建局 for 金华中院).
 */
export async function resolveRecipient(m: EntityManager, rule: AuthorityRule | null, courtRegion: string): Promise<SuggestedRecipient | null> {
  if (!rule) return null;
  const patterns = rule.namePatterns.map((x) => `%${x.replace(/[\\%_]/g, '\\$&')}%`);
  const rows: { id: string; name: string; region_code: string }[] = await m.query(
    `SELECT id, name, region_code FROM organizations
      WHERE type IN ('AGENCY','OTHER') AND active AND (name LIKE ANY($1::text[]) OR short_name LIKE ANY($1::text[]))`,
    [patterns],
  );
  const fit = rows
    .filter((o) => regionInside(courtRegion, o.region_code))
    .sort((a, b) => b.region_code.replace(/(00)+$/, '').length - a.region_code.replace(/(00)+$/, '').length || a.name.localeCompare(b.name));
  return { authority: rule.authority, domain: rule.domain, organizationId: fit[0]?.id ?? null, organizationName: fit[0]?.name ?? null };
}
