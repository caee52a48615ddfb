import { MigrationInterface, QueryRunner } from 'typeorm';
import { CAUSE_RENAMED } from '../libs/cases/src/cause-catalogue';
import { addMissingCauses, applyCauseRenames } from '../libs/cases/src/cause-catalogue-sync';

/**
 * The administrative 案由 completed to the three levels of 《最高人民法院关于行政案件案由的暂行规定》
 * (first level 行政行为, third levels 1–140) and the last civil fourth levels (under 仿冒纠纷,
 * 确认不侵害知识产权纠纷 and 因申请知识产权临时措施损害责任纠纷). Three causes take the official wording
 * (CAUSE_RENAMED: 行政案件 → 行政行为, 不履行法定职责 → 不履行××职责, 行政公益诉讼 → ××（行政行为）公益诉讼);
 * their codes stay, so the cases, leads and letters that carry them are unchanged.
 */
export class AdministrativeCausesCompleted1765610000000 implements MigrationInterface {
  name = 'AdministrativeCausesCompleted1765610000000';

  async up(q: QueryRunner): Promise<void> {
    await addMissingCauses(q);
    await applyCauseRenames(q);
  }

  async down(q: QueryRunner): Promise<void> {
    // The added causes stay (case records, leads and letters may refer to them); the former names come back.
    for (const [code, names] of Object.entries(CAUSE_RENAMED)) await q.query(`UPDATE case_causes SET name = $2 WHERE code = $1`, [code, names[0]]);
  }
}
