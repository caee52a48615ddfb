/**
 * Types of the api's OpenAPI document (/api/docs-json): Full-text search and similar letters. Keep
 * in step with the DTOs.
 */
export interface SearchHit {
  source: 'LETTER' | 'REPLY' | 'MESSAGE';
  suggestionId: string;
  deliveryId: string | null;
  docNumber: string | null;
  title: string;
  titleHighlight: string;
  snippet: string;
  score: number;
  updatedAt: string;
}

export interface SearchPage {
  terms: Array<string>;
  items: Array<SearchHit>;
  total: number;
  page: number;
  pageSize: number;
}

export interface SimilarLetter {
  id: string;
  docNumber: string | null;
  title: string;
  status: string;
  courtId: string;
  courtName: string;
  issuedAt: string | null;
  titleSimilarity: number;
  sharedRecipients: Array<string>;
  reasons: Array<'SAME_PROBLEM' | 'SAME_RECIPIENT'>;
}

/** A letter a neighbouring court issued: what may be known of it outside its visibility (no id, no content). */
export interface IssuedElsewhere {
  docNumber: string | null;
  title: string;
  status: string;
  courtName: string;
  recipients: Array<string>;
  issuedAt: string | null;
  titleSimilarity: number;
  sharedRecipients: Array<string>;
  reasons: Array<'SAME_PROBLEM' | 'SAME_RECIPIENT'>;
}

export interface SimilarCheck {
  visible: Array<SimilarLetter>;
  elsewhere: Array<IssuedElsewhere>;
}
