import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, SqlParams } from '@app/core';
import { JurisdictionService, VisibilityScope } from '@app/directory';
import { Principal } from '@app/identity';

export interface SimilarLetter {
  id: string;
  docNumber: string | null;
  title: string;
  status: string;
  courtId: string;
  courtName: string;
  issuedAt: Date | null;
  /** Trigram similarity of the core titles ("关于…的司法建议" removed), 0..1. */
  titleSimilarity: number;
  /** Recipients this letter shares with the one asked about. */
  sharedRecipients: string[];
  reasons: Array<'SAME_PROBLEM' | 'SAME_RECIPIENT'>;
}

/**
 * A letter another court of the same higher court or region has issued, as far as a court outside
 * its visibility may know it: title, number, court, main recipients, issue date and state — never its
 * content or id (the letter itself stays under the visibility rule).
 */
export interface IssuedElsewhere {
  docNumber: string | null;
  title: string;
  status: string;
  courtName: string;
  recipients: string[];
  issuedAt: Date | null;
  titleSimilarity: number;
  sharedRecipients: string[];
  reasons: Array<'SAME_PROBLEM' | 'SAME_RECIPIENT'>;
}

/** The drafting-time check: letters the caller may see, and letters issued by neighbouring courts. */
export interface SimilarCheck {
  visible: SimilarLetter[];
  elsewhere: IssuedElsewhere[];
}

/** Title similarity at or above this counts as "the same problem". */
export const SIMILAR_TITLE_THRESHOLD = 0.3;

interface Probe {
  title: string;
  /** The MAIN recipients asked about. */
  recipientIds: string[];
  /** Leave out this letter (the one being drafted). */
  excludeId: string | null;
  /** Only letters created before this (the detail page's "earlier letters"). */
  before: Date | null;
}

/**
 * Earlier letters (created before this one) the caller may see that address the same problem
 * (trigram similarity of the core title, GIN-indexed) or went to the same recipient, so a judge
 * does not send the same suggestion twice. Best matches first, at most `limit`. At drafting time
 * (`check`) also letters already issued by the other courts under the same higher court or in the
 * same city-level region, shown without their content.
 */
@Injectable()
export class SimilarService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  async similar(principal: Principal, id: string, limit = 10): Promise<SimilarLetter[]> {
    const j = await this.jurisdiction.resolve(principal);
    const me = await this.visibleLetter(j, id);
    const recipientIds = await this.mainRecipients(id);
    return this.visibleMatches(j, { title: me.title, recipientIds, excludeId: id, before: me.created_at }, limit);
  }

  /** The drafting form's check, before or after the draft is saved (`excludeId`: the draft itself). */
  async check(principal: Principal, probe: { title: string; recipientIds: string[]; excludeId?: string }, limit = 10): Promise<SimilarCheck> {
    const j = await this.jurisdiction.resolve(principal);
    if (probe.excludeId) await this.visibleLetter(j, probe.excludeId);
    const p: Probe = { title: probe.title, recipientIds: probe.recipientIds, excludeId: probe.excludeId ?? null, before: null };
    const visible = await this.visibleMatches(j, p, limit);
    const elsewhere = await this.elsewhere(j, p, new Set(visible.map((v) => v.id)), limit);
    return { visible, elsewhere };
  }

  private async visibleLetter(j: VisibilityScope, id: string): Promise<{ title: string; created_at: Date }> {
    const p = new SqlParams();
    const idp = p.add(id);
    const [me] = await this.ds.query<{ id: string; title: string; created_at: Date }[]>(
      `SELECT s.id, s.title, s.created_at FROM suggestions s WHERE s.id = ${idp} AND ${p.named(this.jurisdiction.suggestionScope(j, 's', 'v0'))}`,
      p.values,
    );
    if (!me) throw AppException.notFound('Suggestion');
    return me;
  }

  private async mainRecipients(id: string): Promise<string[]> {
    const rows: { organization_id: string }[] = await this.ds.query(
      `SELECT organization_id FROM suggestion_recipients WHERE suggestion_id = $1 AND kind = 'MAIN'
       UNION SELECT organization_id FROM deliveries WHERE suggestion_id = $1 AND kind = 'MAIN'`,
      [id],
    );
    return rows.map((r) => r.organization_id);
  }

  /**
   * Candidates (same problem by title, or a MAIN recipient in common) among letters the filter
   * `where` admits, best first: rows with the letter, its similarity, shared and all MAIN recipients.
   */
  private async candidates(probe: Probe, where: (q: SqlParams) => string, limit: number): Promise<Record<string, unknown>[]> {
    const q = new SqlParams();
    const mine = q.add(probe.recipientIds);
    const title = q.add(probe.title);
    const threshold = q.add(SIMILAR_TITLE_THRESHOLD);
    const self = probe.excludeId ? `AND s.id <> ${q.add(probe.excludeId)}` : '';
    const before = probe.before ? `AND s.created_at < ${q.add(probe.before)}` : '';
    return this.ds.query(
      `WITH by_title AS (
         SELECT s.id FROM suggestions s
          WHERE search_title_core(s.title) % search_title_core(${title}) AND similarity(search_title_core(s.title), search_title_core(${title})) >= ${threshold}
            ${self} ${before} LIMIT 200),
       by_recipient AS (
         SELECT DISTINCT x.suggestion_id AS id FROM (
           SELECT suggestion_id FROM deliveries WHERE organization_id = ANY(${mine}::uuid[]) AND kind = 'MAIN'
           UNION SELECT suggestion_id FROM suggestion_recipients WHERE organization_id = ANY(${mine}::uuid[]) AND kind = 'MAIN') x
          LIMIT 500),
       candidates AS (SELECT id FROM by_title UNION SELECT id FROM by_recipient)
       SELECT s.id, s.doc_number, s.title, s.status, s.court_id, c.name AS court_name, s.issued_at,
              similarity(search_title_core(s.title), search_title_core(${title}))::float AS sim,
              coalesce((SELECT array_agg(DISTINCT o.name) FROM deliveries d JOIN organizations o ON o.id = d.organization_id
                         WHERE d.suggestion_id = s.id AND d.kind = 'MAIN' AND d.organization_id = ANY(${mine}::uuid[])), '{}') AS shared,
              coalesce((SELECT array_agg(o.name ORDER BY r.position) FROM suggestion_recipients r JOIN organizations o ON o.id = r.organization_id
                         WHERE r.suggestion_id = s.id AND r.kind = 'MAIN'), '{}') AS recipients
         FROM candidates k JOIN suggestions s ON s.id = k.id JOIN organizations c ON c.id = s.court_id
        WHERE TRUE ${self} ${before} AND ${where(q)}
        ORDER BY sim DESC, s.created_at DESC LIMIT ${q.add(limit)}`,
      q.values,
    );
  }

  private async visibleMatches(j: VisibilityScope, probe: Probe, limit: number): Promise<SimilarLetter[]> {
    const rows = await this.candidates(probe, (q) => q.named(this.jurisdiction.suggestionScope(j, 's', 'v1')), limit);
    return rows.map((r) => ({
      id: r.id as string,
      docNumber: (r.doc_number as string) ?? null,
      title: r.title as string,
      status: r.status as string,
      courtId: r.court_id as string,
      courtName: r.court_name as string,
      issuedAt: (r.issued_at as Date) ?? null,
      ...match(r),
    }));
  }

  /**
   * Letters issued (ISSUED, CLOSED, ARCHIVED) by the courts under the caller's court's higher court
   * (its whole subtree, the higher court included) or in the caller's city-level region (the first
   * four digits of the 行政区划 code) — those the caller does not see already.
   */
  private async elsewhere(j: VisibilityScope, probe: Probe, seen: Set<string>, limit: number): Promise<IssuedElsewhere[]> {
    const courtId = j.courtId;
    if (!courtId) return [];
    const rows = await this.candidates(
      probe,
      (q) => `s.status IN ('ISSUED','CLOSED','ARCHIVED') AND s.court_id IN (
          SELECT n.id FROM organizations me JOIN organizations n ON n.type = 'COURT'
           WHERE me.id = ${q.add(courtId)} AND (
             n.path LIKE (SELECT h.path FROM organizations h WHERE h.id = me.parent_id AND h.type = 'COURT') || '%'
             OR (length(me.region_code) >= 4 AND left(n.region_code, 4) = left(me.region_code, 4))))`,
      limit + seen.size,
    );
    return rows
      .filter((r) => !seen.has(r.id as string))
      .slice(0, limit)
      .map((r) => ({
        docNumber: (r.doc_number as string) ?? null,
        title: r.title as string,
        status: r.status as string,
        courtName: r.court_name as string,
        recipients: (r.recipients as string[]) ?? [],
        issuedAt: (r.issued_at as Date) ?? null,
        ...match(r),
      }));
  }
}

function match(r: Record<string, unknown>): Pick<SimilarLetter, 'titleSimilarity' | 'sharedRecipients' | 'reasons'> {
  const sim = Math.round(Number(r.sim) * 1000) / 1000;
  const shared = (r.shared as string[]) ?? [];
  const reasons: SimilarLetter['reasons'] = [];
  if (sim >= SIMILAR_TITLE_THRESHOLD) reasons.push('SAME_PROBLEM');
  if (shared.length) reasons.push('SAME_RECIPIENT');
  return { titleSimilarity: sim, sharedRecipients: shared, reasons };
}
