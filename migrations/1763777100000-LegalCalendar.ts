import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The legal calendar as data: per year, the statutory holidays (放假日) and the 调休 weekend days
 * that are working days (上班日). Seeded with the State Council's published schedules:
 *
 * - 2025: 国务院办公厅关于2025年部分节假日安排的通知 (published 2024-11-12).
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04, 新华社 full text, e.g.
 *   https://politics.gmw.cn/2025-11/04/content_38391083.htm).
 *
 * Every date is listed literally so the seed can be checked against the notices line by line.
 * Later years are entered by an administrator through `PUT /api/v1/calendar/:year`.
 */
export const STATE_COUNCIL_CALENDARS: { year: number; holidays: string[]; workdays: string[] }[] = [
  {
    year: 2025,
    holidays: [
      // 元旦: 1月1日(周三)放假1天
      '2025-01-01',
      // 春节: 1月28日(除夕、周二)至2月4日(正月初七、周二)放假调休,共8天
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
      // 清明节: 4月4日(周五)至6日(周日)放假,共3天
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      // 劳动节: 5月1日(周四)至5日(周一)放假调休,共5天
      '2025-05-01',
      '2025-05-02',
      '2025-05-03',
      '2025-05-04',
      '2025-05-05',
      // 端午节: 5月31日(周六)至6月2日(周一)放假,共3天
      '2025-05-31',
      '2025-06-01',
      '2025-06-02',
      // 国庆节、中秋节: 10月1日(周三)至8日(周三)放假调休,共8天
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ],
    workdays: [
      '2025-01-26', // 春节: 1月26日(周日)上班
      '2025-02-08', // 春节: 2月8日(周六)上班
      '2025-04-27', // 劳动节: 4月27日(周日)上班
      '2025-09-28', // 国庆节: 9月28日(周日)上班
      '2025-10-11', // 国庆节: 10月11日(周六)上班
    ],
  },
  {
    year: 2026,
    holidays: [
      // 元旦: 1月1日(周四)至3日(周六)放假调休,共3天
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      // 春节: 2月15日(腊月二十八、周日)至23日(正月初七、周一)放假调休,共9天 (正月初一 = 2月17日)
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
      // 清明节: 4月4日(周六)至6日(周一)放假,共3天
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
      // 劳动节: 5月1日(周五)至5日(周二)放假调休,共5天
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
      '2026-05-04',
      '2026-05-05',
      // 端午节: 6月19日(周五)至21日(周日)放假,共3天
      '2026-06-19',
      '2026-06-20',
      '2026-06-21',
      // 中秋节: 9月25日(周五)至27日(周日)放假,共3天
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      // 国庆节: 10月1日(周四)至7日(周三)放假调休,共7天
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    workdays: [
      '2026-01-04', // 元旦: 1月4日(周日)上班
      '2026-02-14', // 春节: 2月14日(周六)上班
      '2026-02-28', // 春节: 2月28日(周六)上班
      '2026-05-09', // 劳动节: 5月9日(周六)上班
      '2026-09-20', // 国庆节: 9月20日(周日)上班
      '2026-10-10', // 国庆节: 10月10日(周六)上班
    ],
  },
];

export class LegalCalendar1763777100000 implements MigrationInterface {
  name = 'LegalCalendar1763777100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_calendars (
        year integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
        holidays date[] NOT NULL DEFAULT '{}',
        workdays date[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid
      )`);
    for (const c of STATE_COUNCIL_CALENDARS) {
      await q.query(`INSERT INTO legal_calendars (year, holidays, workdays) VALUES ($1, $2::date[], $3::date[])`, [c.year, c.holidays, c.workdays]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_calendars`);
  }
}
