import { ReminderScanService } from '@app/reminders';
import { createTestWorker, TestApp, TestWorker } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp } from '../api/lifecycle.fixtures';
import { at } from './reminders.harness';

jest.setTimeout(120_000);

const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
const LX = { judge: 'lx.judge', head: 'lx.head', leader: 'lx.leader' };
const TITLE = '关于规范老旧小区电动汽车充电桩建设管理的司法建议';
const D1 = '2031-03-13'; // seven days after the sign-by date (2031-03-06) of letters issued at T0

/**
 * Three worker contexts run the same scan at the same time, in batches of different sizes (so
 * their transactions interleave and race for the same reminder keys). Every reminder exists once,
 * with exactly one outbox row, and every person it is for sees its in-app notice once.
 */
describe('reminder scans running at the same time in several workers', () => {
  let t: TestApp;
  const workers: TestWorker[] = [];
  let a: Actors;
  let lxDoc: string;

  beforeAll(async () => {
    process.env.REMINDER_SCAN_CRON = 'off';
    t = await startClosedLoopApp();
    for (let i = 0; i < 3; i++) {
      workers.push(await createTestWorker({ databaseUrl: t.config.databaseUrl, now: at(D1), env: { OUTBOX_RELAY: 'off' } }));
    }
    a = new Actors(t);
    // Someone who is both clerk and leader (told once), and supervisors near and far.
    await a.createUser('zjj.both', 'AG-330700-ZJJ', ['AGENCY_CLERK', 'AGENCY_LEADER'], '双岗(金华市住建局)');
    await a.createUser('lxrd.supervisor', 'NPC-330781', ['SUPERVISOR'], '吕主任(兰溪市人大常委会)');
    await a.createUser('zfw.supervisor', 'PC-330700-ZFW', ['SUPERVISOR'], '钱书记(金华市委政法委)');
    await a.createUser('hzrd.supervisor', 'NPC-330100', ['SUPERVISOR'], '杭州市人大(无关)');
    await issuedLetter(t, a, JH, letterBody(t, {}, ['AG-330700-ZJJ', 'AG-330700-FGW', 'AG-330700-SCJG'])); // 金中法建〔2031〕1号
    const lx = await issuedLetter(t, a, LX, letterBody(t, {}, ['AG-330781-SCJG']));
    lxDoc = lx.docNumber;
    const signedOne = await issuedLetter(t, a, JH, letterBody(t, {}, ['AG-330700-FGW'])); // 金中法建〔2031〕2号
    const fgw = signedOne.deliveries[0].id;
    expect(
      (
        await t
          .http()
          .post(`/api/v1/deliveries/${fgw}/sign`)
          .set(await a.as('jhfgw.clerk'))
          .send({})
      ).status,
    ).toBe(200);
    const asked = await t
      .http()
      .post(`/api/v1/deliveries/${fgw}/extension`)
      .set(await a.as('jhfgw.clerk'))
      .send({ reason: '需征求多部门意见', requestedDueDate: '2031-09-30' });
    expect(asked.status).toBe(200);
  });
  afterAll(async () => {
    for (const w of workers) await w.close();
    await t?.close();
    delete process.env.REMINDER_SCAN_CRON;
  });

  const scanAll = () => Promise.all(workers.map((w, i) => w.app.get(ReminderScanService).scan(at(D1), [1, 2, 500][i])));
  const reminderTitles = async (username: string) => {
    const res = await t
      .http()
      .get('/api/v1/notifications?pageSize=100')
      .set(await a.as(username));
    expect(res.status).toBe(200);
    return (res.body.items as { kind: string; title: string }[])
      .filter((n) => n.kind.startsWith('reminder.'))
      .map((n) => n.title)
      .sort();
  };

  it('creates each reminder once, with one outbox row and one notice per person', async () => {
    const results = await scanAll();
    expect(results.map((r) => r.candidates)).toEqual([5, 5, 5]);
    const ids = results.flatMap((r) => r.reminderIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(5);

    const reminders: { id: string; delivery_id: string; kind: string; stage: number; period: number }[] = await t.ds.query(
      `SELECT id, delivery_id, kind, stage, period FROM reminders ORDER BY kind, delivery_id`,
    );
    expect(reminders.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(reminders.map((r) => [r.kind, r.stage, r.period])).toEqual([['EXTENSION_PENDING', 0, 1], ...Array(4).fill(['SIGN_OVERDUE', 2, 0])]);

    // One outbox row per reminder, carrying the reminder, its delivery and its kind.
    const outbox = await t.ds.query(`SELECT dedupe_key, payload, status FROM outbox_messages WHERE topic = 'reminder.created'`);
    expect(outbox.sort((x: { dedupe_key: string }, y: { dedupe_key: string }) => x.dedupe_key.localeCompare(y.dedupe_key))).toEqual(
      [...reminders]
        .sort((x, y) => `reminder:${x.id}`.localeCompare(`reminder:${y.id}`))
        .map((r) => ({ dedupe_key: `reminder:${r.id}`, payload: { reminderId: r.id, deliveryId: r.delivery_id, kind: r.kind }, status: 'PENDING' })),
    );
    const [audit] = await t.ds.query(`SELECT coalesce(sum((data->>'count')::int), 0)::int AS n FROM audit_events WHERE action = 'reminders.created'`);
    expect(audit.n).toBe(5);

    // What each person finds among their notices.
    const jh1 = `金中法建〔2031〕1号《${TITLE}》`;
    const jh2 = `金中法建〔2031〕2号《${TITLE}》`;
    const lx = `${lxDoc}《${TITLE}》`;
    const late = (letter: string) => `【超期未签收】${letter}已超期7天`;
    expect(await reminderTitles('jhzjj.leader')).toEqual([late(jh1)]);
    expect(await reminderTitles('zjj.both')).toEqual([late(jh1)]);
    expect(await reminderTitles('jhzjj.clerk')).toEqual([late(jh1)]); // escalation never drops the agency's clerks
    expect(await reminderTitles('lxscjg.leader')).toEqual([late(lx)]);
    expect(await reminderTitles('jh.admin')).toEqual([late(jh1), late(jh1), late(jh1), `【待审批延期】${jh2}`].sort());
    expect(await reminderTitles('lx.admin')).toEqual([late(lx)]);
    expect(await reminderTitles('jhrd.supervisor')).toEqual([...Array(3).fill(late(jh1)), late(lx)].sort());
    expect(await reminderTitles('zfw.supervisor')).toEqual([...Array(3).fill(late(jh1)), late(lx)].sort());
    expect(await reminderTitles('lxrd.supervisor')).toEqual([late(lx)]);
    expect(await reminderTitles('hzrd.supervisor')).toEqual([]);
    expect(await reminderTitles('jhfgw.clerk')).toEqual([late(jh1)]); // an agency without a leader still hears of its own overdue letter
    expect(await reminderTitles('lxscjg.clerk')).toEqual([late(lx)]);

    const bodies: { body: string }[] = await t.ds.query(
      `SELECT DISTINCT n.body FROM in_app_notifications n JOIN users u ON u.id = n.user_id WHERE u.username = 'jh.admin' AND n.kind LIKE 'reminder.%' ORDER BY n.body`,
    );
    expect(bodies.map((b) => b.body)).toEqual(
      [
        `金华市住房和城乡建设局尚未签收司法建议${jh1},签收期限2031-03-06已过7天,请尽快办理。`,
        `金华市发展和改革委员会尚未签收司法建议${jh1},签收期限2031-03-06已过7天,请尽快办理。`,
        `金华市市场监督管理局尚未签收司法建议${jh1},签收期限2031-03-06已过7天,请尽快办理。`,
        `金华市发展和改革委员会就司法建议${jh2}提出的延期申请已等待10天,请尽快审批。`,
      ].sort(),
    );
  });

  it('adds nothing when the same scan runs again everywhere at once', async () => {
    const count = async () =>
      (
        await t.ds.query(
          `SELECT (SELECT count(*) FROM reminders)::int AS reminders, (SELECT count(*) FROM outbox_messages WHERE topic = 'reminder.created')::int AS outbox,
                (SELECT count(*) FROM in_app_notifications WHERE kind LIKE 'reminder.%')::int AS notices`,
        )
      )[0];
    const before = await count();
    expect(before).toEqual({ reminders: 5, outbox: 5, notices: 20 }); // 17 + the three agencies' clerks, kept at stage 2
    const again = await scanAll();
    expect(again.map((r) => r.created)).toEqual([0, 0, 0]);
    expect(await count()).toEqual(before);
  });
});
