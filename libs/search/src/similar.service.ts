import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, SqlParams } from '@app/core';
import { JurisdictionService } from '@app/directory';
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

/** A candidate letter with its similarity and the recipients it shares. */
interface SimilarRow {
  id: string;
  doc_number: string | null;
  title: string;
  status: string;
  court_id: string;
  court_name: string;
  issued_at: Date | null;
  sim: number;
  shared: string[] | null;
}

/** Title similarity at or above this counts as "the same problem". */
export const SIMILAR_TITLE_THRESHOLD = 0.3;

/**
 * Earlier letters (created before this one) the caller may see that address the same problem
 * (trigram similarity of the core title, GIN-indexed) or went to the same recipient, so a judge
 * does not send the same suggestion twice. Best matches first, at most `limit`.
 */
@Injectable()
export class SimilarService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  async similar(principal: Principal, id: string, limit = 10): Promise<SimilarLetter[]> {
    const j = await this.jurisdiction.resolve(principal);
    const p = new SqlParams();
    const idp = p.add(id);
    const [me] = await this.ds.query<{ id: string; title: string; created_at: Date }[]>(
      `SELECT s.id, s.title, s.created_at FROM suggestions s WHERE s.id = ${idp} AND ${p.named(this.jurisdiction.suggestionScope(j, 's', 'v0'))}`,
      p.values,
    );
    if (!me) throw AppException.notFound('Suggestion');
    const q = new SqlParams();
    const self = q.add(id);
    const created = q.add(me.created_at);
    const title = q.add(me.title);
    const threshold = q.add(SIMILAR_TITLE_THRESHOLD);
    const rows = await this.ds.query<SimilarRow[]>(
      `WITH mine AS (
         SELECT organization_id FROM suggestion_recipients WHERE suggestion_id = ${self} AND kind = 'MAIN'
         UNION SELECT organization_id FROM deliveries WHERE suggestion_id = ${self} AND kind = 'MAIN'),
       by_title AS (
         SELECT s.id FROM suggestions s
          WHERE search_title_core(s.title) % search_title_core(${title}) AND similarity(search_title_core(s.title), search_title_core(${title})) >= ${threshold}
            AND s.id <> ${self} AND s.created_at < ${created} LIMIT 200),
       by_recipient AS (
         SELECT DISTINCT x.suggestion_id AS id FROM (
           SELECT suggestion_id FROM deliveries WHERE organization_id IN (SELECT organization_id FROM mine) AND kind = 'MAIN'
           UNION SELECT suggestion_id FROM suggestion_recipients WHERE organization_id IN (SELECT organization_id FROM mine) AND kind = 'MAIN') x
          WHERE x.suggestion_id <> ${self} LIMIT 500),
       candidates AS (SELECT id FROM by_title UNION SELECT id FROM by_recipient)
       SELECT s.id, s.doc_number, s.title, s.status, s.court_id, c.name AS court_name, s.issued_at,
              similarity(search_title_core(s.title), search_title_core(${title}))::float AS sim,
              coalesce((SELECT array_agg(DISTINCT o.name) FROM deliveries d JOIN organizations o ON o.id = d.organization_id
                         WHERE d.suggestion_id = s.id AND d.kind = 'MAIN' AND d.organization_id IN (SELECT organization_id FROM mine)), '{}') AS shared
         FROM candidates k JOIN suggestions s ON s.id = k.id JOIN organizations c ON c.id = s.court_id
        WHERE s.created_at < ${created} AND ${q.named(this.jurisdiction.suggestionScope(j, 's', 'v1'))}
        ORDER BY sim DESC, s.created_at DESC LIMIT ${q.add(limit)}`,
      q.values,
    );
    return rows.map((r): SimilarLetter => {
      const sim = Math.round(Number(r.sim) * 1000) / 1000;
      const shared = r.shared ?? [];
      const reasons: SimilarLetter['reasons'] = [];
      if (sim >= SIMILAR_TITLE_THRESHOLD) reasons.push('SAME_PROBLEM');
      if (shared.length) reasons.push('SAME_RECIPIENT');
      return {
        id: r.id,
        docNumber: r.doc_number ?? null,
        title: r.title,
        status: r.status,
        courtId: r.court_id,
        courtName: r.court_name,
        issuedAt: r.issued_at ?? null,
        titleSimilarity: sim,
        sharedRecipients: shared,
        reasons,
      };
    });
  }
}
