import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { TestApp, TestWorker } from '../harness';
import { Actors, letterBody } from '../api/lifecycle.fixtures';
import { at, Inbox, ReminderRig, settle, startReminderRig } from './reminders.harness';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../..');

/** Runs the operator command the way an operator would (source via ts-node) and returns its output. */
function runScanCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'scripts/reminders-scan.ts', ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', TS_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'silent', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`reminders-scan did not exit; stderr: ${stderr}`));
    }, 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Issue 4, must-show 2: api and worker on one database, a real SMTP server, the scan run as of
 * later and later instants. The unsigned delivery gets exactly the configured sequence of emails
 * (DEFAULT_REMINDER_POLICY) to the right people, and nothing more once it is signed and replied.
 */
describe('reminder emails as the as-of instant moves forward', () => {
  let rig: ReminderRig;
  let sink: ReminderRig['sink'];
  let t: TestApp;
  let w: TestWorker;
  let inbox: Inbox;
  let scanOn: ReminderRig['scanOn'];

  const DOC = '金中法建〔2031〕1号';
  const CLERKS = ['clerk@zjj.jinhua.demo', 'zjj@jinhua.demo']; // the clerk and the agency's registered mailbox
  const LEADER = 'leader@zjj.jinhua.demo';
  const COURT_ADMIN = 'jh.admin@jhcourt.demo';
  const SUPERVISOR = 'supervisor@rd.jinhua.demo'; // 金华市人大常委会 over 金华中院
  const SIGN_SOON = `【待签收】${DOC}司法建议书即将到期,请及时签收`;
  const SIGN_LATE = `【已超期】${DOC}司法建议书超期未签收,请尽快办理`;
  /** What the court and the 人大 are told: the agency is late (督办), not "sign now". */
  const SIGN_LATE_OVERSIGHT = `【督办提醒】${DOC}司法建议超期未签收`;

  beforeAll(async () => {
    rig = await startReminderRig();
    ({ sink, t, w, inbox, scanOn } = rig);
  });
  afterAll(() => rig?.close());

  it('sends the notice, then sign-due-soon, then the three overdue stages, once each, then nothing after sign and reply', async () => {
    const a = new Actors(t);
    const body = letterBody(t, { title: '关于规范老旧小区电动汽车充电桩建设管理的司法建议' }, ['AG-330700-ZJJ']);
    const created = await t
      .http()
      .post('/api/v1/suggestions')
      .set(await a.as('jh.judge'))
      .send(body);
    const id = created.body.id as string;
    await t
      .http()
      .post(`/api/v1/suggestions/${id}/submit`)
      .set(await a.as('jh.judge'))
      .send({});
    await t
      .http()
      .post(`/api/v1/suggestions/${id}/review`)
      .set(await a.as('jh.head'))
      .send({ decision: 'APPROVE' });
    const issued = await t
      .http()
      .post(`/api/v1/suggestions/${id}/approve`)
      .set(await a.as('jh.leader'))
      .send({ decision: 'APPROVE' });
    expect(issued.status).toBe(200);
    expect(issued.body.docNumber).toBe(DOC);
    const delivery = issued.body.deliveries[0];
    expect(delivery).toMatchObject({ kind: 'MAIN', status: 'DELIVERED', signDueDate: '2031-03-06' });

    // Issue time: the delivery notice to the agency's clerks, its mailbox and its leaders.
    await settle(w.ds);
    const notice = inbox.next();
    expect(notice.map((m) => m.subject)).toEqual(Array(3).fill(`【司法建议】金华市中级人民法院向贵单位发出司法建议书 ${DOC}`));
    expect(notice.flatMap((m) => m.to).sort()).toEqual([...CLERKS, LEADER].sort());
    expect(notice[0].text).toContain('请于2031年3月6日前签收。');
    expect(notice[0].text).toContain(`https://sifa.example.cn/deliveries/${delivery.id}`);

    // Two days before the due date: nothing yet.
    expect(await scanOn('2031-03-04')).toEqual({});
    // The day before: sign due soon, to the clerks; the same day again and the due day itself add nothing.
    expect(await scanOn('2031-03-05')).toEqual({ [SIGN_SOON]: CLERKS });
    expect(await scanOn('2031-03-05', '17:30')).toEqual({});
    expect(await scanOn('2031-03-06')).toEqual({});
    // One day late: stage 0, the clerks. Two days late: still stage 0, nothing new.
    expect(await scanOn('2031-03-07')).toEqual({ [SIGN_LATE]: CLERKS });
    expect(await scanOn('2031-03-08')).toEqual({});

    // Three days late: stage 1, clerks and leaders — this step through the operator command.
    const cli = await runScanCli(['--as-of', '2031-03-09T09:00:00+08:00', '--drain', '--timeout', '60'], {
      APP_ENV: 'test',
      DATABASE_URL: t.config.databaseUrl,
      REDIS_PREFIX: w.redisPrefix,
    });
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('scan as of 2031-03-09T01:00:00.000Z (business date 2031-03-09): 1 deliveries due, 1 new reminders');
    expect(cli.stdout).toContain('drained: 3 email(s) accepted by SMTP, 0 failed');
    await settle(w.ds);
    expect(inbox.nextBySubject()).toEqual({ [SIGN_LATE]: [...CLERKS, LEADER].sort() });
    // The command run again for the same day finds the reminder already there.
    const again = await runScanCli(['--as-of', '2031-03-09T15:00:00+08:00', '--drain'], { APP_ENV: 'test', DATABASE_URL: t.config.databaseUrl });
    expect(again.stdout).toContain('1 deliveries due, 0 new reminders');
    await settle(w.ds);
    expect(inbox.next()).toEqual([]);

    // Seven days late: stage 2 adds the court's research office and the 人大 supervisor; the agency's
    // clerks, mailbox and leader go on being chased.
    expect(await scanOn('2031-03-12')).toEqual({});
    const escalated = await scanOn('2031-03-13');
    expect(escalated).toEqual({ [SIGN_LATE]: [...CLERKS, LEADER].sort(), [SIGN_LATE_OVERSIGHT]: [COURT_ADMIN, SUPERVISOR].sort() });
    expect(await scanOn('2031-03-13', '18:00')).toEqual({});
    const toSupervisor = sink.accepted.find((m) => m.to.includes(SUPERVISOR))!;
    expect(toSupervisor.text).toContain('韩主任(金华市人大常委会):');
    expect(toSupervisor.text).toContain('已超过签收期限(2031年3月6日)7天仍未签收,请关注督办');
    expect(toSupervisor.text).not.toContain('立即签收');
    expect(toSupervisor.text).toContain(`https://sifa.example.cn/suggestions/${id}`);

    // The reminders are rows, one per (delivery, kind, stage, period), each with in-app notices.
    const rows = await t.ds.query(`SELECT kind, stage, period FROM reminders WHERE delivery_id = $1 ORDER BY created_at`, [delivery.id]);
    expect(rows).toEqual([
      { kind: 'SIGN_DUE_SOON', stage: 0, period: 0 },
      { kind: 'SIGN_OVERDUE', stage: 0, period: 0 },
      { kind: 'SIGN_OVERDUE', stage: 1, period: 0 },
      { kind: 'SIGN_OVERDUE', stage: 2, period: 0 },
    ]);

    // The agency signs on 03-14 and replies (its leader approves the reply).
    t.clock.set(at('2031-03-14', '10:00'));
    const b = new Actors(t); // fresh tokens on the moved clock
    const signed = await t
      .http()
      .post(`/api/v1/deliveries/${delivery.id}/sign`)
      .set(await b.as('jhzjj.clerk'))
      .send({});
    expect(signed.status).toBe(200);
    expect(await scanOn('2031-03-20')).toEqual({}); // stage 2 would have repeated today had it stayed unsigned
    const reply = await t
      .http()
      .post(`/api/v1/deliveries/${delivery.id}/reply`)
      .set(await b.as('jhzjj.clerk'))
      .send({
        content: '关于司法建议的回复函',
        measures: '已制定工作方案',
        items: [1, 2, 3].map((index) => ({ index, stance: 'ADOPT', note: '已部署' })),
      });
    expect(reply.status).toBe(200);
    const approved = await t
      .http()
      .post(`/api/v1/deliveries/${delivery.id}/reply/approve`)
      .set(await b.as('jhzjj.leader'))
      .send({});
    expect(approved.body.status).toBe('REPLIED');
    const replyDue = approved.body.replyDueDate as string;
    for (const day of ['2031-03-27', '2031-04-30', replyDue, '2031-06-15', '2031-09-01']) {
      expect([day, await scanOn(day)]).toEqual([day, {}]);
    }
    expect(sink.accepted).toHaveLength(3 + 2 + 2 + 3 + 5);
    expect(new Set(sink.accepted.map((m) => m.messageId)).size).toBe(sink.accepted.length);
  });
});
