import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * `<court short name>法建〔<year>〕<n>号`. n comes from a per-court-year counter row incremented with
 * INSERT … ON CONFLICT DO UPDATE … RETURNING inside the approval transaction: the row lock holds
 * until commit, so numbers are unique, and a rolled-back approval gives its number back (no gaps).
 */
@Injectable()
export class DocNumberService {
  async next(m: EntityManager, courtId: string, year: number): Promise<number> {
    const [row] = await m.query<{ last_value: number }[]>(
      `INSERT INTO doc_number_counters (court_id, year, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (court_id, year) DO UPDATE SET last_value = doc_number_counters.last_value + 1
       RETURNING last_value`,
      [courtId, year],
    );
    return row.last_value;
  }

  static format(shortName: string, year: number, seq: number): string {
    return `${shortName}法建〔${year}〕${seq}号`;
  }
}
