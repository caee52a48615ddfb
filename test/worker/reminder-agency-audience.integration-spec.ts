import { Actors, issuedLetter, letterBody } from '../api/lifecycle.fixtures';
import { ReminderRig, settle, startReminderRig } from './reminders.harness';

jest.setTimeout(120_000);

const JH = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
const DOC = '金中法建〔2031〕1号';
const TITLE = '关于规范老旧小区电动汽车充电桩建设管理的司法建议';
/** 金华市发改委 has a clerk and a registered mailbox, and no leader. */
const FGW = ['clerk@fgw.jinhua.demo', 'fgw@jinhua.demo'];
const COURT_ADMIN = 'jh.admin@jhcourt.demo';
const SUPERVISOR = 'supervisor@rd.jinhua.demo';
const SIGN_LATE = `【已超期】${DOC}司法建议书超期未签收,请尽快办理`;
const SIGN_OVERSIGHT = `【督办提醒】${DOC}司法建议超期未签收`;

/**
 * Issue 12, point 14: escalation adds audiences, it never drops the agency being chased. An agency
 * with no leader registered, its letter 7 days overdue (stage 2): its clerk and its mailbox are
 * still mailed over real SMTP, and the clerk still gets the in-app notice, while the court's
 * research office and the supervisor are added. Checked against the old code (stage 2 addressed
 * to leaders, court admins and supervisors only): stage 2 sent the agency nothing and this failed.
 */
describe('overdue reminders to an agency with no leader', () => {
  let rig: ReminderRig;
  beforeAll(async () => {
    rig = await startReminderRig();
  });
  afterAll(() => rig?.close());

  it('keeps mailing its clerk and mailbox at every stage, stage 2 adding the court and the supervisors', async () => {
    const { t, scanOn, inbox, w } = rig;
    const a = new Actors(t);
    const letter = await issuedLetter(t, a, JH, letterBody(t, {}, ['AG-330700-FGW']));
    expect(letter.docNumber).toBe(DOC);
    await settle(w.ds);
    expect(
      inbox
        .next()
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(FGW); // the delivery notice

    expect(await scanOn('2031-03-07')).toEqual({ [SIGN_LATE]: FGW }); // stage 0
    expect(await scanOn('2031-03-09')).toEqual({ [SIGN_LATE]: FGW }); // stage 1: no leader to add
    expect(await scanOn('2031-03-13')).toEqual({ [SIGN_LATE]: FGW, [SIGN_OVERSIGHT]: [COURT_ADMIN, SUPERVISOR].sort() }); // stage 2
    expect(await scanOn('2031-03-20')).toEqual({ [SIGN_LATE]: FGW, [SIGN_OVERSIGHT]: [COURT_ADMIN, SUPERVISOR].sort() }); // its weekly repeat

    const [stage2] = await t.ds.query(`SELECT audience FROM reminders WHERE kind = 'SIGN_OVERDUE' AND stage = 2 AND period = 0`);
    expect(stage2.audience).toEqual(['AGENCY_CLERKS', 'AGENCY_LEADERS', 'COURT_ADMINS', 'SUPERVISORS']);
    const res = await t
      .http()
      .get('/api/v1/notifications?pageSize=100')
      .set(await new Actors(t).as('jhfgw.clerk'));
    expect(res.status).toBe(200);
    const titles = (res.body.items as { kind: string; title: string }[]).filter((n) => n.kind === 'reminder.SIGN_OVERDUE').map((n) => n.title);
    expect(titles.sort()).toEqual([1, 3, 7, 14].map((d) => `【超期未签收】${DOC}《${TITLE}》已超期${d}天`).sort());
  });
});
