import { Client } from 'pg';
import { ClockKind, runningClock } from '@app/deadlines';
import { createTestDatabase } from '@app/testing';

/**
 * The running-clock rule exists twice by design — `runningClock` in libs/deadlines and its SQL twin,
 * the stored generated columns `deliveries.running_clock` / `running_due_date` — and this test runs
 * both over the same hand-written cases, each with its expected answer written out here.
 * The SQL side is the real column definition: a temporary table made `LIKE deliveries INCLUDING
 * GENERATED` (no foreign keys to satisfy) takes the rows, PostgreSQL computes the columns.
 * Checked by breaking it: with the SIGN branch of runningClock not asking for a MAIN delivery, the
 * COPY case answered SIGN in TypeScript and NONE in SQL and the test failed; with the migration's
 * REPLY branch reading sign_due_date, the SQL answers of the SIGNED cases differed.
 */
const SIGN = '2031-03-10';
const REPLY = '2031-05-10';
const FOLLOW = '2031-08-01';

interface Case {
  status: string;
  kind: 'MAIN' | 'COPY';
  dates?: { sign?: string | null; reply?: string | null; follow?: string | null };
  expected: { kind: ClockKind; dueDate: string | null };
}

const CASES: Case[] = [
  { status: 'DELIVERED', kind: 'MAIN', expected: { kind: 'SIGN', dueDate: SIGN } },
  { status: 'DELIVERED', kind: 'COPY', dates: { sign: null, reply: null }, expected: { kind: 'NONE', dueDate: null } },
  // A copy with dates written on it by mistake still runs no clock.
  { status: 'DELIVERED', kind: 'COPY', expected: { kind: 'NONE', dueDate: null } },
  { status: 'DELIVERED', kind: 'MAIN', dates: { sign: null }, expected: { kind: 'SIGN', dueDate: null } },
  { status: 'SIGNED', kind: 'MAIN', expected: { kind: 'REPLY', dueDate: REPLY } },
  { status: 'SIGNED', kind: 'MAIN', dates: { reply: '2031-06-30' }, expected: { kind: 'REPLY', dueDate: '2031-06-30' } },
  { status: 'REPLIED', kind: 'MAIN', expected: { kind: 'NONE', dueDate: null } },
  { status: 'EVALUATED', kind: 'MAIN', expected: { kind: 'NONE', dueDate: null } },
  { status: 'IMPLEMENTING', kind: 'MAIN', expected: { kind: 'FOLLOW_UP', dueDate: FOLLOW } },
  { status: 'IMPLEMENTING', kind: 'MAIN', dates: { follow: null }, expected: { kind: 'FOLLOW_UP', dueDate: null } },
  { status: 'IMPLEMENTED', kind: 'MAIN', expected: { kind: 'NONE', dueDate: null } },
  { status: 'NOT_ADOPTED', kind: 'MAIN', expected: { kind: 'NONE', dueDate: null } },
  { status: 'CLOSED', kind: 'MAIN', expected: { kind: 'NONE', dueDate: null } },
  { status: 'REJECTED_BY_RECIPIENT', kind: 'MAIN', expected: { kind: 'NONE', dueDate: null } },
  { status: 'READ', kind: 'COPY', expected: { kind: 'NONE', dueDate: null } },
];

const datesOf = (c: Case) => ({
  signDueDate: c.dates?.sign === undefined ? SIGN : c.dates.sign,
  replyDueDate: c.dates?.reply === undefined ? REPLY : c.dates.reply,
  followUpDate: c.dates?.follow === undefined ? FOLLOW : c.dates.follow,
});

describe('running clock: the TypeScript rule and the generated columns agree', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pg: Client;
  let sql: Array<{ kind: ClockKind; dueDate: string | null }>;

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    await pg.query(`CREATE TEMP TABLE clock_cases (LIKE deliveries INCLUDING DEFAULTS INCLUDING GENERATED)`);
    for (const [i, c] of CASES.entries()) {
      const d = datesOf(c);
      await pg.query(
        `INSERT INTO clock_cases (id, suggestion_id, organization_id, court_id, kind, status, delivered_at, sign_due_date, reply_due_date, follow_up_date, created_at, updated_at)
         VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), $1, $2, now() + make_interval(secs => $3), $4, $5, $6, now(), now())`,
        [c.kind, c.status, i, d.signDueDate, d.replyDueDate, d.followUpDate],
      );
    }
    const { rows } = await pg.query(`SELECT running_clock AS kind, running_due_date::text AS "dueDate" FROM clock_cases ORDER BY delivered_at`);
    sql = rows;
  });
  afterAll(async () => {
    await pg.end();
    await db.drop();
  });

  it.each(CASES.map((c, i) => [i, `${c.kind} ${c.status}${c.dates ? ` ${JSON.stringify(c.dates)}` : ''}`, c] as const))(
    'case %i (%s): TypeScript, SQL and the expected answer are the same',
    (i, _label, c) => {
      const ts = runningClock({ status: c.status, kind: c.kind, ...datesOf(c) });
      expect(ts).toEqual(c.expected);
      expect(sql[i]).toEqual(c.expected);
    },
  );
});
