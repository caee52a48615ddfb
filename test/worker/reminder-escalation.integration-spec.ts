import { chineseDate } from '@app/notifications';
import { Actors, issuedLetter, letterBody } from '../api/lifecycle.fixtures';
import { at, ReminderRig, settle, startReminderRig } from './reminders.harness';

jest.setTimeout(180_000);

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Issue 4, must-show 2, the long way round: a delivery left unsigned is chased at every stage and
 * then weekly; signed late, its reply is chased a week before, on the day and after the due date
 * up to the Art. 9 suggestion to copy the agency's superior; after the reply, nothing.
 * Every email goes over real SMTP (DEFAULT_REMINDER_POLICY).
 */
describe('reminder emails: weekly repeats, reply reminders and the Art. 9 suggestion', () => {
  let rig: ReminderRig;
  beforeAll(async () => {
    rig = await startReminderRig();
  });
  afterAll(() => rig?.close());

  const DOC = '金中法建〔2031〕1号';
  const CLERKS = ['clerk@zjj.jinhua.demo', 'zjj@jinhua.demo'];
  const LEADER = 'leader@zjj.jinhua.demo';
  const COURT_ADMIN = 'jh.admin@jhcourt.demo';
  const SUPERVISOR = 'supervisor@rd.jinhua.demo';
  const SIGN_LATE = `【已超期】${DOC}司法建议书超期未签收,请尽快办理`;
  const SIGN_OVERSIGHT = `【督办提醒】${DOC}司法建议超期未签收`;
  const REPLY_LATE = `【已超期】${DOC}司法建议已超期,请尽快办理`;
  const REPLY_OVERSIGHT = `【督办提醒】${DOC}司法建议超期未办理`;
  const COPY_SUPERIOR = `【建议抄送】${DOC}司法建议长期未反馈,建议抄送其上级机关`;

  it('repeats the last stage weekly, chases the reply before, on and after its due date, suggests copying the superior, then stops', async () => {
    const { t, scanOn, sink, inbox, w } = rig;
    const a = new Actors(t);
    const letter = await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, letterBody(t, {}, ['AG-330700-ZJJ']));
    const delivery = letter.deliveries[0];
    expect(letter.docNumber).toBe(DOC);
    expect(delivery.signDueDate).toBe('2031-03-06');
    await settle(w.ds);
    expect(inbox.next()).toHaveLength(3); // the delivery notice (two clerks' addresses and the leader)

    // Unsigned: stage 0 (1 day late), stage 1 (3 days), stage 2 (7 days), then stage 2 every 7 days;
    // each stage adds people and the agency's clerks and mailbox stay on every one (issue 12, point 14).
    const oversight = { [SIGN_LATE]: [...CLERKS, LEADER].sort(), [SIGN_OVERSIGHT]: [COURT_ADMIN, SUPERVISOR].sort() };
    const unsigned: [string, object][] = [
      ['2031-03-07', { [SIGN_LATE]: CLERKS }],
      ['2031-03-09', { [SIGN_LATE]: [...CLERKS, LEADER].sort() }],
      ['2031-03-13', oversight],
      ['2031-03-16', {}],
      ['2031-03-19', {}],
      ['2031-03-20', oversight], // 14 days late: the first weekly repeat
      ['2031-03-26', {}],
      ['2031-03-27', oversight], // 21 days late
    ];
    for (const [day, expected] of unsigned) expect([day, await scanOn(day)]).toEqual([day, expected]);

    // Signed on 03-28: the sign-for reminders stop; the reply clock runs to its due date.
    t.clock.set(at('2031-03-28', '10:00'));
    const b = new Actors(t);
    const signed = await t
      .http()
      .post(`/api/v1/deliveries/${delivery.id}/sign`)
      .set(await b.as('jhzjj.clerk'))
      .send({});
    expect(signed.status).toBe(200);
    const due = signed.body.replyDueDate as string;
    expect(due > '2031-05-01').toBe(true);
    expect(await scanOn('2031-04-03')).toEqual({}); // 27 days after the sign-for due date: no more sign-for reminders

    const replyPhase: [string, object][] = [
      [addDays(due, -8), {}],
      [addDays(due, -7), { [`【待反馈】${DOC}司法建议将于${chineseDate(due)}到期,请按时反馈`]: CLERKS }],
      [addDays(due, -3), {}],
      [addDays(due, -1), {}],
      [due, { [`【今日到期】${DOC}司法建议今日反馈到期`]: [...CLERKS, LEADER].sort() }],
      [addDays(due, 1), { [REPLY_LATE]: CLERKS }],
      [addDays(due, 7), {}],
      [addDays(due, 8), { [REPLY_LATE]: [...CLERKS, LEADER].sort() }],
      [addDays(due, 15), { [REPLY_LATE]: [...CLERKS, LEADER].sort(), [REPLY_OVERSIGHT]: [COURT_ADMIN, SUPERVISOR].sort() }],
      [addDays(due, 22), { [REPLY_LATE]: [...CLERKS, LEADER].sort(), [REPLY_OVERSIGHT]: [COURT_ADMIN, SUPERVISOR].sort() }],
      [addDays(due, 29), { [REPLY_LATE]: [...CLERKS, LEADER].sort(), [REPLY_OVERSIGHT]: [COURT_ADMIN, SUPERVISOR].sort() }],
      // 30 days late: the research office is told it may copy the agency's superior (Art. 9), once.
      [addDays(due, 30), { [COPY_SUPERIOR]: [COURT_ADMIN] }],
      [addDays(due, 31), {}],
    ];
    for (const [day, expected] of replyPhase) expect([day, await scanOn(day)]).toEqual([day, expected]);
    const art9 = sink.accepted.find((m) => m.subject === COPY_SUPERIOR)!;
    expect(art9.text).toContain(`https://sifa.example.cn/`);

    // The agency replies (its leader approves): nothing more, however long the scans go on.
    t.clock.set(at(addDays(due, 32), '10:00'));
    const c = new Actors(t);
    const reply = await t
      .http()
      .post(`/api/v1/deliveries/${delivery.id}/reply`)
      .set(await c.as('jhzjj.clerk'))
      .send({
        content: '关于司法建议的回复函',
        items: [1, 2, 3].map((index) => ({ index, stance: 'ADOPT' })),
      });
    expect(reply.status).toBe(200);
    expect(
      (
        await t
          .http()
          .post(`/api/v1/deliveries/${delivery.id}/reply/approve`)
          .set(await c.as('jhzjj.leader'))
          .send({})
      ).body.status,
    ).toBe('REPLIED');
    for (const n of [36, 37, 43, 60, 90]) expect([n, await scanOn(addDays(due, n))]).toEqual([n, {}]);

    const rows = await t.ds.query(`SELECT kind, stage, period FROM reminders WHERE delivery_id = $1 AND kind <> 'DELIVERY_NOTICE' ORDER BY created_at`, [
      delivery.id,
    ]);
    expect(rows.map((r: { kind: string; stage: number; period: number }) => `${r.kind}:${r.stage}:${r.period}`)).toEqual([
      'SIGN_OVERDUE:0:0',
      'SIGN_OVERDUE:1:0',
      'SIGN_OVERDUE:2:0',
      'SIGN_OVERDUE:2:1',
      'SIGN_OVERDUE:2:2',
      'REPLY_DUE_SOON:0:0',
      'REPLY_DUE_TODAY:0:0',
      'REPLY_OVERDUE:0:0',
      'REPLY_OVERDUE:1:0',
      'REPLY_OVERDUE:2:0',
      'REPLY_OVERDUE:2:1',
      'REPLY_OVERDUE:2:2',
      'COPY_SUPERIOR_SUGGESTED:0:0',
    ]);
    expect(new Set(sink.accepted.map((m) => m.messageId)).size).toBe(sink.accepted.length);
  });
});
