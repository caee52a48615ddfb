import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { AppException } from '@app/core';
import { actorOf, Principal } from '@app/identity';
import { DataSource } from 'typeorm';
import { CaseErrorCode } from './case-errors';
import { findCause } from './cause-catalogue';
import { AuthorityRule, loadAuthorityRules } from './lead-authority';

export interface AuthorityInput {
  cause?: string | null;
  keyword?: string | null;
  authority: string;
  namePatterns: string[];
  domain?: string | null;
}

/** The 案由/领域 → competent authority table leads suggest recipients from (SYS_ADMIN edits it). */
@Injectable()
export class AuthoritiesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<(AuthorityRule & { causeName: string | null })[]> {
    const rules = await loadAuthorityRules(this.ds.manager);
    return rules
      .map((r) => ({ ...r, causeName: r.causeCode ? (findCause(r.causeCode)?.name ?? null) : null }))
      .sort((a, b) => (a.causeCode ?? '~').localeCompare(b.causeCode ?? '~') || (a.keyword ?? '').localeCompare(b.keyword ?? ''));
  }

  /** Replaces the whole table (one transaction, audited with the before/after sizes). */
  async replace(p: Principal, rows: AuthorityInput[]): Promise<(AuthorityRule & { causeName: string | null })[]> {
    const bad: { field: string; message: string }[] = [];
    const seen = new Set<string>();
    const resolved = rows.map((r, i) => {
      const cause = r.cause ? findCause(r.cause) : null;
      if (r.cause && !cause) bad.push({ field: `rules[${i}].cause`, message: `案由“${r.cause}”不在案由目录中` });
      const keyword = r.keyword?.trim() || null;
      if (!cause && !keyword && r.cause === undefined) bad.push({ field: `rules[${i}]`, message: '须填写案由或关键词' });
      const key = `${cause?.code ?? ''}|${keyword ?? ''}`;
      if (seen.has(key)) bad.push({ field: `rules[${i}]`, message: '与前面的规则重复' });
      seen.add(key);
      return {
        causeCode: cause?.code ?? null,
        keyword,
        authority: r.authority.trim(),
        namePatterns: r.namePatterns.map((x) => x.trim()).filter(Boolean),
        domain: r.domain?.trim() || null,
      };
    });
    if (bad.length) throw new AppException(422, CaseErrorCode.CAUSE_UNKNOWN, 'Some rules are not valid', bad);
    await this.ds.transaction(async (m) => {
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM case_authorities`);
      await m.query(`DELETE FROM case_authorities`);
      for (const r of resolved)
        await m.query(`INSERT INTO case_authorities (cause_code, keyword, authority, name_patterns, domain) VALUES ($1,$2,$3,$4,$5)`, [
          r.causeCode,
          r.keyword,
          r.authority,
          r.namePatterns,
          r.domain,
        ]);
      await this.audit.record(m, actorOf(p), {
        action: 'case_authorities.replace',
        entityType: 'case_authorities',
        data: { before: n, after: resolved.length },
      });
    });
    return this.list();
  }
}
