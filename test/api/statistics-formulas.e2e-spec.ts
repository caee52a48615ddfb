import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Counters, countersFromRow, insertDailySql, metricsOf, sumMeasures } from '@app/statistics';
import { createTestDatabase } from '@app/testing';

/**
 * The statistics formulas (PRODUCT.md Metrics) have one implementation, the rollup SQL
 * (libs/statistics rollup-sql.ts); this test runs it in PostgreSQL on hand-built deliveries with
 * hand-computed answers. The rows go into temporary tables named like the real ones (`LIKE …
 * INCLUDING DEFAULTS INCLUDING GENERATED`, so the running-clock columns are computed as in
 * production): PostgreSQL looks in the session's temporary schema first, so the production SQL
 * reads exactly these rows, with no foreign keys to satisfy. Today is 2025-06-30 (Asia/Shanghai).
 * Checked by breaking it: with `replied_on_time` counting `replied_on < reply_due_date` (not ≤),
 * the on-time feedback rate came out 1/4 instead of 2/4; with returned deliveries not left out
 * (`d.status <> 'REJECTED_BY_RECIPIENT'` dropped), 7 deliveries were issued instead of 6.
 */
const TZ = 'Asia/Shanghai';
const TODAY = '2025-06-30';
const DELIVERED = new Date('2025-04-01T00:00:00Z');
const hoursAfter = (h: number) => new Date(DELIVERED.getTime() + h * 3_600_000);
const daysAfter = (d: number) => new Date(DELIVERED.getTime() + d * 86_400_000);
const m = (numerator: number, denominator: number, rate: number | null) => ({ numerator, denominator, rate });

interface Fact {
  status: string;
  letterStatus?: string;
  major?: boolean;
  copiedToSuperior?: boolean;
  signedAt?: Date;
  signDueDate?: string;
  replyDueDate?: string;
  /** A submitted reply (on the delivery's replied_at) with these stances. */
  repliedAt?: Date;
  stances?: string[];
  /** A reply still waiting for its leader's approval (not a reply yet). */
  pendingStances?: string[];
  evaluation?: 'ADOPTED' | 'PARTIALLY_ADOPTED' | 'NOT_ADOPTED';
  /** The court's judgement of each item (its evaluation), which the per-item rate counts. */
  judged?: string[];
  implementationConfirmed?: boolean;
  followUpDate?: string;
}

/** Seven main deliveries with known answers. */
const FACTS: Fact[] = [
  // F1: signed in 2 h, replied on time (2025-05-10 ≤ 05-20), adopted and implemented; items ADOPT + PARTIAL; 重大, superior copied.
  {
    status: 'IMPLEMENTED',
    major: true,
    copiedToSuperior: true,
    signedAt: hoursAfter(2),
    replyDueDate: '2025-05-20',
    repliedAt: daysAfter(39),
    evaluation: 'ADOPTED',
    implementationConfirmed: true,
    stances: ['ADOPT', 'PARTIAL'],
    judged: ['ADOPTED', 'PARTIALLY_ADOPTED'],
  },
  // F2: signed in 30 h, replied AFTER its due date, partially adopted, implementing with the follow-up date passed;
  //     the agency adopts two items, the court finds only one partly adopted.
  {
    status: 'IMPLEMENTING',
    signedAt: hoursAfter(30),
    replyDueDate: '2025-05-31',
    repliedAt: daysAfter(65),
    evaluation: 'PARTIALLY_ADOPTED',
    followUpDate: '2025-06-15',
    stances: ['DECLINE', 'ADOPT', 'ADOPT'],
    judged: ['NOT_ADOPTED', 'PARTIALLY_ADOPTED', 'NOT_ADOPTED'],
  },
  // F3: signed in 5 h, reply due 2025-06-01 and missing: counts in the denominators, overdue to reply.
  { status: 'SIGNED', signedAt: hoursAfter(5), replyDueDate: '2025-06-01' },
  // F4: never signed, sign-for due date passed; reply not yet due.
  { status: 'DELIVERED', signDueDate: '2025-06-25', replyDueDate: '2025-08-20' },
  // F5: signed in 1 h, reply not due yet: in no feedback denominator; its draft awaits approval and is no reply.
  { status: 'SIGNED', signedAt: hoursAfter(1), replyDueDate: '2025-07-31', pendingStances: ['ADOPT', 'ADOPT'] },
  // F6: returned as misdelivered (it was re-routed): counts nowhere.
  { status: 'REJECTED_BY_RECIPIENT', signDueDate: '2025-04-03' },
  // F7: signed in 10 h, replied ON its due date (2025-05-11, business time zone), not adopted; one item declined.
  {
    status: 'NOT_ADOPTED',
    signedAt: hoursAfter(10),
    replyDueDate: '2025-05-11',
    repliedAt: daysAfter(40),
    evaluation: 'NOT_ADOPTED',
    stances: ['DECLINE'],
    judged: ['NOT_ADOPTED'],
  },
];

/** A withdrawn letter's delivery: counts nowhere. */
const WITHDRAWN: Fact = { status: 'CLOSED', letterStatus: 'WITHDRAWN', signedAt: hoursAfter(1), repliedAt: daysAfter(3), stances: ['ADOPT'] };

describe('statistics formulas: the rollup SQL on hand-built deliveries', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pg: Client;
  const court = randomUUID();
  const author = randomUUID();

  /** Loads `facts` (replacing what was there) and sums the rollup as of `today`. */
  const rollup = async (facts: Fact[], today = TODAY): Promise<Counters> => {
    await pg.query(`TRUNCATE pg_temp.delivery_replies, pg_temp.deliveries, pg_temp.suggestions, pg_temp.organizations, pg_temp.stats_daily`);
    await pg.query(
      `INSERT INTO organizations (id, type, name, short_name, code, region_code, path) VALUES ($1, 'COURT', '测试法院', '测试法院', 'C', '330781', $2)`,
      [court, `/${court}/`],
    );
    for (const f of facts) {
      const [letter, agency, parent, delivery] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await pg.query(
        `INSERT INTO organizations (id, type, name, short_name, code, region_code, parent_id, path) VALUES
           ($1, 'AGENCY', '上级单位', '上级', $3, '330700', NULL, $4),
           ($2, 'AGENCY', '主送单位', '主送', $5, '330781', $1, $6)`,
        [parent, agency, `P-${parent}`, `/${parent}/`, `A-${agency}`, `/${parent}/${agency}/`],
      );
      await pg.query(
        `INSERT INTO suggestions (id, court_id, author_id, status, category, major, title, issued_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'GOVERNANCE', $5, '测试建议', $6, $6, $6)`,
        [letter, court, author, f.letterStatus ?? 'ISSUED', f.major ?? false, DELIVERED],
      );
      await pg.query(
        `INSERT INTO deliveries (id, suggestion_id, organization_id, court_id, kind, status, delivered_at, sign_due_date, signed_at, reply_due_date, replied_at,
                                 evaluation_result, implementation_confirmed_at, follow_up_date, evaluation_items, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'MAIN', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $6, $6)`,
        [
          delivery,
          letter,
          agency,
          court,
          f.status,
          DELIVERED,
          f.signDueDate ?? '2025-04-04',
          f.signedAt ?? null,
          f.replyDueDate ?? null,
          f.repliedAt ?? null,
          f.evaluation ?? null,
          f.implementationConfirmed ? daysAfter(80) : null,
          f.followUpDate ?? null,
          f.judged ? JSON.stringify(f.judged.map((result, i) => ({ index: i + 1, result, note: '' }))) : null,
        ],
      );
      if (f.copiedToSuperior) {
        await pg.query(
          `INSERT INTO deliveries (id, suggestion_id, organization_id, court_id, kind, status, delivered_at, created_at, updated_at)
           VALUES ($1, $2, $3, $4, 'COPY', 'READ', $5, $5, $5)`,
          [randomUUID(), letter, parent, court, DELIVERED],
        );
      }
      const reply = async (status: string, stances: string[], at: Date) =>
        pg.query(`INSERT INTO delivery_replies (id, delivery_id, status, content, items, written_at, submitted_at) VALUES ($1, $2, $3, '回复', $4, $5, $6)`, [
          randomUUID(),
          delivery,
          status,
          JSON.stringify(stances.map((stance, i) => ({ index: i + 1, stance }))),
          at,
          status === 'SUBMITTED' ? at : null,
        ]);
      if (f.repliedAt) await reply('SUBMITTED', f.stances ?? [], f.repliedAt);
      if (f.pendingStances) await reply('PENDING_APPROVAL', f.pendingStances, daysAfter(20));
    }
    await pg.query(insertDailySql(), [TZ, today]);
    const { rows } = await pg.query(`SELECT ${sumMeasures('r')} FROM stats_daily r`);
    return countersFromRow(rows[0]);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    for (const table of ['organizations', 'suggestions', 'deliveries', 'delivery_replies', 'stats_daily']) {
      await pg.query(`CREATE TEMP TABLE ${table} (LIKE public.${table} INCLUDING DEFAULTS INCLUDING GENERATED)`);
    }
  });
  afterAll(async () => {
    await pg.end();
    await db.drop();
  });

  describe('seven deliveries and a withdrawn letter, as of 2025-06-30', () => {
    let metrics: ReturnType<typeof metricsOf>;
    beforeAll(async () => {
      metrics = metricsOf(await rollup([...FACTS, WITHDRAWN]));
    });

    it('counts issued main deliveries, leaving out the rejected one and the withdrawn letter', () => {
      expect(metrics.issued).toEqual(m(6, 6, 1));
      expect(metrics.major).toEqual(m(1, 6, 0.166667));
      expect(metrics.copiedToSuperior).toEqual(m(1, 6, 0.166667));
    });

    it('签收率 = signed ÷ issued; average and p90 hours to sign', () => {
      expect(metrics.signRate).toEqual(m(5, 6, 0.833333));
      expect(metrics.avgHoursToSign).toEqual(m(48, 5, 9.6));
      // 5 values (1, 2, 5, 10, 30): rank ⌈4.5⌉ = 5 is the 30 h value, bucket [30, 36) capped at the max 30.
      expect(metrics.p90HoursToSign).toEqual(m(30, 5, 30));
    });

    it('反馈率 counts a late reply; 按期反馈率 does not (same denominator: due or replied)', () => {
      // replied: F1, F2 (late), F7 (on the due date) = 3; due or replied: those + F3 = 4 (F4, F5 not yet due).
      expect(metrics.feedbackRate).toEqual(m(3, 4, 0.75));
      expect(metrics.onTimeFeedbackRate).toEqual(m(2, 4, 0.5));
      expect(metrics.avgDaysToReply).toEqual(m(144, 3, 48));
      // 3 values (39, 40, 65 days): rank ⌈2.7⌉ = 3 is the 65-day reply, bucket [63, 70) capped at the max 65.
      expect(metrics.p90DaysToReply).toEqual(m(65, 3, 65));
    });

    it('采纳率 over evaluated replies, per-item adoption as the court judged each item (not the agency’s stance), 落实率 over adopted', () => {
      expect(metrics.adoptionRate).toEqual(m(2, 3, 0.666667));
      // items the court judged 2 + 3 + 1 = 6 (F5's drafted stances are no answer, nothing judged there); ADOPTED or
      // PARTIALLY_ADOPTED: 2 (F1) + 1 (F2) = 3 — by the agency's own stances it would be 2 + 2 = 4.
      expect(metrics.itemAdoptionRate).toEqual(m(3, 6, 0.5));
      expect(metrics.implementationRate).toEqual(m(1, 2, 0.5));
    });

    it('overdue now by running clock, over what is open at that step', () => {
      expect(metrics.overdue.sign).toEqual(m(1, 1, 1));
      expect(metrics.overdue.reply).toEqual(m(1, 2, 0.5));
      expect(metrics.overdue.followUp).toEqual(m(1, 1, 1));
    });
  });

  it('moves with "today": a day before F3 fell due it was in no denominator', async () => {
    const earlier = metricsOf(await rollup(FACTS, '2025-06-01'));
    expect(earlier.feedbackRate).toEqual(m(3, 3, 1));
    expect(earlier.overdue.reply).toEqual(m(0, 2, 0));
    expect(earlier.overdue.sign).toEqual(m(0, 1, 0));
  });

  it('only rejected deliveries: an empty scope, rate null everywhere', async () => {
    const only = metricsOf(await rollup([FACTS[5]]));
    expect(only.issued).toEqual(m(0, 0, null));
    expect(only.feedbackRate.rate).toBeNull();
  });

  it('sign hours fall in the bucket [edge(i-1), edge(i)): an edge value opens the next bucket', async () => {
    // Edges 1, 2, 4, 6, 8, 12, 16, 20, 24, …, 720 h: 0.5 → bucket 0, 1 → 1, 23.5 → 8, 24 → 9, 10,000 → the last (open) one.
    const c = await rollup([0.5, 1, 23.5, 24, 10_000].map((h): Fact => ({ status: 'SIGNED', signedAt: hoursAfter(h), replyDueDate: '2035-01-01' })));
    const filled = c.signBuckets.flatMap((n, i) => (n ? [[i, n]] : []));
    expect(filled).toEqual([
      [0, 1],
      [1, 1],
      [8, 1],
      [9, 1],
      [23, 1],
    ]);
  });

  it('reply-time p90 is the upper edge of the bucket of the ⌈0.9 n⌉-th reply when that is below the largest', async () => {
    // Nine replies within 15–20 days and one after 100: rank 9 falls in [14, 21) → 21 days.
    const facts = [15, 16, 17, 18, 18, 19, 19, 20, 20, 100].map((d): Fact => ({ status: 'REPLIED', signedAt: hoursAfter(1), repliedAt: daysAfter(d) }));
    const c = await rollup(facts);
    expect(c.replyBuckets.reduce((a, b) => a + b, 0)).toBe(10);
    expect(c.replyDaysMax).toBe(100);
    expect(metricsOf(c).p90DaysToReply).toEqual(m(21, 10, 21));
  });
});
