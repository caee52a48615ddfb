import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, escapeLike, Page, SqlParams } from '@app/core';
import { JurisdictionService } from '@app/directory';
import { Principal } from '@app/identity';
import { bigramsOf, highlight, queryTerms } from './highlight';

export interface SearchHit {
  source: 'LETTER' | 'REPLY' | 'MESSAGE';
  suggestionId: string;
  deliveryId: string | null;
  docNumber: string | null;
  title: string;
  /** The title with matches in <em> (escaped). */
  titleHighlight: string;
  /** A window of the matching text with matches in <em> (escaped). */
  snippet: string;
  score: number;
  updatedAt: Date;
}

/** A `search_documents` hit with its letter's title and number. */
interface SearchRow {
  source: SearchHit['source'];
  suggestion_id: string;
  delivery_id: string | null;
  body: string;
  updated_at: Date;
  title: string;
  doc_number: string | null;
  score: number;
}

/**
 * Full-text search over letters (title, background, items), submitted replies and messages, in
 * Chinese: every term (≥ 2 characters, whitespace-separated) must occur as a substring. The bigram
 * GIN index narrows the candidates, a LIKE check makes it exact; ranked by occurrences (title hits
 * weigh most), newest first on ties. Letters through `suggestionScope`, replies and messages
 * through `deliveryScope`: nothing the caller may not see is ever returned or counted.
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly jurisdiction: JurisdictionService,
  ) {}

  async search(principal: Principal, q: string, page: number, pageSize: number): Promise<Page<SearchHit> & { terms: string[] }> {
    const terms = queryTerms(q);
    const grams = [...new Set(terms.flatMap(bigramsOf))];
    if (!terms.length || terms.every((t) => [...t].length < 2) || !grams.length) {
      throw AppException.validation([{ field: 'q', message: 'Search for at least two characters' }]);
    }
    const j = await this.jurisdiction.resolve(principal);
    const p = new SqlParams();
    const where = [
      `sd.bigrams @> ${p.add(grams)}::text[]`,
      `lower(sd.body) LIKE ALL (${p.add(terms.map((t) => `%${escapeLike(t)}%`))}::text[])`,
      `((sd.delivery_id IS NULL AND ${p.named(this.jurisdiction.suggestionScope(j, 's', 'sv'))}) OR (sd.delivery_id IS NOT NULL AND ${p.named(this.jurisdiction.deliveryScope(j, 'd', 's', 'dv'))}))`,
    ];
    const from = `FROM search_documents sd JOIN suggestions s ON s.id = sd.suggestion_id LEFT JOIN deliveries d ON d.id = sd.delivery_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.ds.query<{ total: number }[]>(`SELECT count(*)::int AS total ${from}`, p.values);
    const score = terms
      .map((t) => {
        const tp = p.add(t);
        return `((length(lower(sd.body)) - length(replace(lower(sd.body), ${tp}, ''))) / length(${tp}) + CASE WHEN strpos(lower(s.title), ${tp}) > 0 THEN 5 ELSE 0 END)`;
      })
      .join(' + ');
    const rows = await this.ds.query<SearchRow[]>(
      `SELECT sd.source, sd.suggestion_id, sd.delivery_id, sd.body, sd.updated_at, s.title, s.doc_number, (${score})::float AS score
         ${from} ORDER BY score DESC, sd.updated_at DESC, sd.id DESC LIMIT ${p.add(pageSize)} OFFSET ${p.add((page - 1) * pageSize)}`,
      p.values,
    );
    return {
      terms,
      total,
      page,
      pageSize,
      items: rows.map((r): SearchHit => ({
        source: r.source,
        suggestionId: r.suggestion_id,
        deliveryId: r.delivery_id ?? null,
        docNumber: r.doc_number ?? null,
        title: r.title,
        titleHighlight: highlight(r.title, terms, 200),
        snippet: highlight(r.body, terms),
        score: Number(r.score),
        updatedAt: r.updated_at,
      })),
    };
  }
}
