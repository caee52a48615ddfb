import { DEFAULT_REMINDER_POLICY as P, escalationAudience, loadReminderPolicy } from './reminder-policy';
import { DeliveryClocks, remindersDue } from './reminder-rules';

const unsigned: DeliveryClocks = {
  status: 'DELIVERED',
  kind: 'MAIN',
  signDueDate: '2026-03-05',
  replyDueDate: '2026-05-06',
  followUpDate: null,
  pendingExtensionSince: null,
};
const kinds = (d: DeliveryClocks, today: string) => remindersDue(d, today, P).map((r) => `${r.kind}/${r.stage}/${r.period}`);

describe('reminder rules', () => {
  it('walks an unsigned delivery through due-soon and escalating overdue stages', () => {
    expect(kinds(unsigned, '2026-03-03')).toEqual([]);
    expect(kinds(unsigned, '2026-03-04')).toEqual(['SIGN_DUE_SOON/0/0']);
    expect(kinds(unsigned, '2026-03-05')).toEqual(['SIGN_DUE_SOON/0/0']);
    expect(kinds(unsigned, '2026-03-06')).toEqual(['SIGN_OVERDUE/0/0']);
    expect(kinds(unsigned, '2026-03-08')).toEqual(['SIGN_OVERDUE/1/0']);
    expect(kinds(unsigned, '2026-03-12')).toEqual(['SIGN_OVERDUE/2/0']);
    expect(kinds(unsigned, '2026-03-19')).toEqual(['SIGN_OVERDUE/2/1']);
  });

  // Issue 12, point 14: escalation adds audiences and never drops the agency being chased. Checked
  // against the old code (stage 2 of the defaults without AGENCY_CLERKS, `overdue()` taking only the
  // stage's own audience): both tests failed; with only the rule reverted, the override test fails.
  it('adds audiences stage by stage and never drops the agency: clerks always, leaders from stage 1, court and supervisors from stage 2', () => {
    const CLERKS = ['AGENCY_CLERKS'];
    const LEADERS = [...CLERKS, 'AGENCY_LEADERS'];
    const ALL = [...LEADERS, 'COURT_ADMINS', 'SUPERVISORS'];
    const signed: DeliveryClocks = { ...unsigned, status: 'SIGNED' };
    const cases: [DeliveryClocks, string, string, string[]][] = [
      [unsigned, '2026-03-06', 'SIGN_OVERDUE/0/0', CLERKS],
      [unsigned, '2026-03-08', 'SIGN_OVERDUE/1/0', LEADERS],
      [unsigned, '2026-03-12', 'SIGN_OVERDUE/2/0', ALL],
      [unsigned, '2026-03-19', 'SIGN_OVERDUE/2/1', ALL],
      [signed, '2026-05-07', 'REPLY_OVERDUE/0/0', CLERKS],
      [signed, '2026-05-14', 'REPLY_OVERDUE/1/0', LEADERS],
      [signed, '2026-05-21', 'REPLY_OVERDUE/2/0', ALL],
      [signed, '2026-05-28', 'REPLY_OVERDUE/2/1', ALL],
    ];
    for (const [d, today, key, audience] of cases) {
      const [r] = remindersDue(d, today, P);
      expect([today, `${r.kind}/${r.stage}/${r.period}`, r.audience]).toEqual([today, key, audience]);
    }
    expect(remindersDue(unsigned, '2026-03-12', P)[0].daysOverdue).toBe(7);
  });

  it('keeps the agency and earlier audiences even when a policy override lists a stage without them', () => {
    const policy = loadReminderPolicy(
      JSON.stringify({
        signOverdue: {
          repeatEveryDays: 7,
          stages: [
            { afterDays: 1, audience: ['AGENCY_LEADERS'] },
            { afterDays: 3, audience: ['COURT_ADMINS'] },
            { afterDays: 7, audience: ['SUPERVISORS'] },
          ],
        },
      }),
    );
    const audience = (today: string) => remindersDue(unsigned, today, policy)[0].audience;
    expect(audience('2026-03-06')).toEqual(['AGENCY_CLERKS', 'AGENCY_LEADERS']);
    expect(audience('2026-03-08')).toEqual(['AGENCY_CLERKS', 'AGENCY_LEADERS', 'COURT_ADMINS']);
    expect(audience('2026-03-12')).toEqual(['AGENCY_CLERKS', 'AGENCY_LEADERS', 'COURT_ADMINS', 'SUPERVISORS']);
    expect(escalationAudience(policy.signOverdue.stages, 2)).toEqual(audience('2026-03-12'));
  });

  it('reminds about the reply 7 days before, on the day, and weekly after, then suggests copying the superior', () => {
    const signed: DeliveryClocks = { ...unsigned, status: 'SIGNED', replyDueDate: '2026-05-06' };
    expect(kinds(signed, '2026-04-28')).toEqual([]);
    expect(kinds(signed, '2026-04-29')).toEqual(['REPLY_DUE_SOON/0/0']);
    expect(kinds(signed, '2026-05-06')).toEqual(['REPLY_DUE_TODAY/0/0']);
    expect(kinds(signed, '2026-05-07')).toEqual(['REPLY_OVERDUE/0/0']);
    expect(kinds(signed, '2026-05-14')).toEqual(['REPLY_OVERDUE/1/0']);
    expect(kinds(signed, '2026-05-21')).toEqual(['REPLY_OVERDUE/2/0']);
    expect(kinds(signed, '2026-06-05')).toEqual(['REPLY_OVERDUE/2/2', 'COPY_SUPERIOR_SUGGESTED/0/0']);
  });

  it('goes quiet once the step is done', () => {
    expect(kinds({ ...unsigned, status: 'REPLIED' }, '2026-06-30')).toEqual([]);
    expect(kinds({ ...unsigned, status: 'CLOSED' }, '2026-06-30')).toEqual([]);
    expect(kinds({ ...unsigned, kind: 'COPY' }, '2026-03-20')).toEqual([]);
  });

  it('chases pending extension decisions and reached follow-up dates', () => {
    expect(kinds({ ...unsigned, status: 'SIGNED', replyDueDate: '2026-06-30', pendingExtensionSince: '2026-04-01' }, '2026-04-03')).toEqual([
      'EXTENSION_PENDING/0/0',
    ]);
    const impl: DeliveryClocks = { ...unsigned, status: 'IMPLEMENTING', followUpDate: '2026-09-01' };
    expect(kinds(impl, '2026-08-31')).toEqual([]);
    expect(kinds(impl, '2026-09-01')).toEqual(['FOLLOW_UP_DUE/0/0']);
    expect(kinds(impl, '2026-10-01')).toEqual(['FOLLOW_UP_DUE/0/1']);
  });

  it('loads a policy override and rejects a broken one', () => {
    expect(loadReminderPolicy('{"signDueSoonDays":2}').signDueSoonDays).toBe(2);
    expect(() => loadReminderPolicy('{')).toThrow(/REMINDER_POLICY/);
    expect(() => loadReminderPolicy('{"replyOverdue":{"repeatEveryDays":7,"stages":[{"afterDays":5,"audience":[]},{"afterDays":2,"audience":[]}]}}')).toThrow(
      /increasing/,
    );
  });
});
