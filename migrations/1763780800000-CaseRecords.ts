import { MigrationInterface, QueryRunner } from 'typeorm';
import { addMissingCauses } from '../libs/cases/src/cause-catalogue-sync';
import { CAUSE_CATALOGUE } from '../libs/cases/src/cause-catalogue';
import { DEFAULT_AUTHORITIES } from '../libs/cases/src/authority-defaults';
import { parseCaseNumber } from '../libs/cases/src/case-number';

/**
 * Case records (issue 17) and parsed source cases of letters (issue 14 point 11):
 * - `organizations.case_code`: each court's 法院代字 (浙0781), unique where set; case numbers find
 *   their court by it;
 * - `case_causes`: the 案由 catalogue (libs/cases cause-catalogue.data.ts), codes in "C" collation so
 *   a cause and its children are one index range;
 * - `cases`: one row per 案号 (no natural person's name is ever stored: parties carry a kind and,
 *   for organisations only, a name);
 * - `case_monthly` / `case_party_monthly`: rollups per (court, cause[, keyword | party], month)
 *   rebuilt for the courts an import touched, read by trends, leads and impact;
 * - `case_leads`, `case_authorities` (案由/keyword → competent authority), `suggestion_causes`
 *   (the 案由 a letter is about) and `suggestion_source_cases` (its 案号, parsed).
 */
export class CaseRecords1763780800000 implements MigrationInterface {
  name = 'CaseRecords1763780800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organizations ADD COLUMN IF NOT EXISTS case_code text`);
    await q.query(`CREATE UNIQUE INDEX IF NOT EXISTS ux_organizations_case_code ON organizations (case_code) WHERE case_code IS NOT NULL`);

    await q.query(`CREATE TABLE case_causes (
      code text COLLATE "C" PRIMARY KEY,
      name text NOT NULL,
      level smallint NOT NULL,
      parent_code text COLLATE "C" REFERENCES case_causes(code),
      kind text NOT NULL CHECK (kind IN ('CIVIL','ADMINISTRATIVE'))
    )`);
    await q.query(`CREATE INDEX ix_case_causes_name ON case_causes (name)`);
    await addMissingCauses(q);

    await q.query(`CREATE TABLE cases (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      case_number text NOT NULL,
      year smallint NOT NULL,
      province text NOT NULL,
      court_code text NOT NULL,
      type_word text NOT NULL,
      case_kind text NOT NULL,
      seq integer NOT NULL,
      court_id uuid NOT NULL REFERENCES organizations(id),
      cause_code text COLLATE "C" NOT NULL REFERENCES case_causes(code),
      filed_on date NOT NULL,
      closed_on date,
      outcome text,
      parties jsonb NOT NULL DEFAULT '[]',
      party_names text[] NOT NULL DEFAULT '{}',
      amount numeric(18,2),
      keywords text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ux_cases_case_number UNIQUE (case_number),
      CONSTRAINT ck_cases_closed CHECK (closed_on IS NULL OR closed_on >= filed_on)
    )`);
    await q.query(`CREATE INDEX ix_cases_court_cause_filed ON cases (court_id, cause_code, filed_on DESC)`);

    await q.query(`CREATE TABLE case_monthly (
      court_id uuid NOT NULL,
      cause_code text COLLATE "C" NOT NULL,
      keyword text NOT NULL DEFAULT '',
      month date NOT NULL,
      cases integer NOT NULL,
      PRIMARY KEY (court_id, keyword, cause_code, month)
    )`);
    await q.query(`CREATE TABLE case_party_monthly (
      court_id uuid NOT NULL,
      cause_code text COLLATE "C" NOT NULL,
      party_name text NOT NULL,
      month date NOT NULL,
      cases integer NOT NULL,
      PRIMARY KEY (court_id, cause_code, party_name, month)
    )`);

    await q.query(`CREATE TABLE case_authorities (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      cause_code text COLLATE "C" REFERENCES case_causes(code),
      keyword text,
      authority text NOT NULL,
      name_patterns text[] NOT NULL,
      domain text,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT ck_case_authorities_key CHECK (cause_code IS NOT NULL OR keyword IS NOT NULL)
    )`);
    await q.query(`CREATE UNIQUE INDEX ux_case_authorities_key ON case_authorities (coalesce(cause_code, ''), coalesce(keyword, ''))`);
    for (const a of DEFAULT_AUTHORITIES) {
      const code = a.cause ? CAUSE_CATALOGUE.find((c) => c.name === a.cause && c.level >= 3)?.code : null;
      if (a.cause && !code) throw new Error(`authority default names unknown cause ${a.cause}`);
      await q.query(`INSERT INTO case_authorities (cause_code, keyword, authority, name_patterns, domain) VALUES ($1,$2,$3,$4,$5)`, [
        code ?? null,
        a.keyword ?? null,
        a.authority,
        a.patterns,
        a.domain,
      ]);
    }

    await q.query(`CREATE TABLE case_leads (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      court_id uuid NOT NULL REFERENCES organizations(id),
      kind text NOT NULL CHECK (kind IN ('CAUSE_GROWTH','PARTY')),
      cause_code text COLLATE "C" NOT NULL DEFAULT '',
      keyword text NOT NULL DEFAULT '',
      party_name text NOT NULL DEFAULT '',
      period_from date NOT NULL,
      period_to date NOT NULL,
      cases integer NOT NULL,
      previous_cases integer NOT NULL,
      growth numeric,
      evidence jsonb NOT NULL,
      authority text,
      suggested_organization_id uuid REFERENCES organizations(id),
      answered_by_id uuid REFERENCES suggestions(id),
      status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW','DRAFTED','DISMISSED')),
      dismiss_reason text,
      draft_id uuid REFERENCES suggestions(id),
      decided_by uuid,
      decided_at timestamptz,
      detected_at timestamptz NOT NULL,
      version integer NOT NULL DEFAULT 1,
      CONSTRAINT ux_case_leads_key UNIQUE (court_id, kind, cause_code, keyword, party_name, period_to)
    )`);
    await q.query(`CREATE INDEX ix_case_leads_court_status ON case_leads (court_id, status, detected_at DESC)`);

    await q.query(`CREATE TABLE suggestion_causes (
      suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
      cause_code text COLLATE "C" NOT NULL REFERENCES case_causes(code),
      keyword text NOT NULL DEFAULT '',
      lead_id uuid REFERENCES case_leads(id),
      PRIMARY KEY (suggestion_id, cause_code, keyword)
    )`);
    await q.query(`CREATE TABLE suggestion_source_cases (
      suggestion_id uuid NOT NULL REFERENCES suggestions(id) ON DELETE CASCADE,
      position integer NOT NULL,
      case_number text NOT NULL,
      year smallint NOT NULL,
      court_code text NOT NULL,
      type_word text NOT NULL,
      case_kind text NOT NULL,
      seq integer NOT NULL,
      PRIMARY KEY (suggestion_id, position)
    )`);
    await q.query(`CREATE INDEX ix_suggestion_source_cases_number ON suggestion_source_cases (case_number)`);
    // Letters written before: their parseable source cases, normalized (the text on the letter stays as written).
    const letters: { id: string; source_cases: string[] }[] = await q.query(`SELECT id, source_cases FROM suggestions WHERE cardinality(source_cases) > 0`);
    for (const l of letters) {
      let position = 0;
      for (const text of l.source_cases) {
        const r = parseCaseNumber(text);
        if (!r.ok) continue;
        const v = r.value;
        await q.query(
          `INSERT INTO suggestion_source_cases (suggestion_id, position, case_number, year, court_code, type_word, case_kind, seq) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
          [l.id, ++position, v.normalized, v.year, v.courtCode, v.typeWord, v.caseKind, v.sequence],
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'suggestion_source_cases',
      'suggestion_causes',
      'case_leads',
      'case_authorities',
      'case_party_monthly',
      'case_monthly',
      'cases',
      'case_causes',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP INDEX IF EXISTS ux_organizations_case_code`);
    await q.query(`ALTER TABLE organizations DROP COLUMN IF EXISTS case_code`);
  }
}
