import { MigrationInterface, QueryRunner } from 'typeorm';
import { addMissingCauses } from '../libs/cases/src/cause-catalogue-sync';

/**
 * The 案由 catalogue completed (民事案件案由规定, 2020 revision: every third-level cause and the fourth
 * levels): the causes `case_causes` does not hold yet are added. Codes are stable — a code already
 * there must still carry its name, or the migration stops (addMissingCauses).
 */
export class CauseCatalogueCompleted1765520000000 implements MigrationInterface {
  name = 'CauseCatalogueCompleted1765520000000';

  async up(q: QueryRunner): Promise<void> {
    await addMissingCauses(q);
  }

  async down(): Promise<void> {
    // The added causes stay: case records, leads and letters may refer to them.
  }
}
