import { createTestApp, TestApp, TestAppOptions, TEST_PASSWORD } from '../harness';

/**
 * Closed-loop tests run on a fixed clock in 2031 (access tokens carry the clock's time, so the clock
 * may not lie in the real past) with that year's legal calendar entered by the administrator:
 * 劳动节 2031-05-01..05 (05-03/04 a weekend). 2031-03-03 is a Monday.
 */
export const T0 = new Date('2031-03-03T02:00:00Z');

export async function startClosedLoopApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const t = await createTestApp({ now: T0, ...opts });
  const admin = await t.login('admin');
  const res = await t
    .http()
    .put('/api/v1/calendar/2031')
    .set(auth(admin))
    .send({ holidays: ['2031-01-01', '2031-05-01', '2031-05-02', '2031-05-05', '2031-10-01', '2031-10-02', '2031-10-03'], workdays: [] });
  if (res.status !== 200) throw new Error(`calendar 2031: ${res.status} ${JSON.stringify(res.body)}`);
  return t;
}

/** Shared helpers of the closed-loop e2e tests (letters, deliveries, visibility). */
export const auth = (tok: string) => ({ authorization: `Bearer ${tok}` });

/** Logs users in once per test file and remembers their tokens. */
export class Actors {
  private readonly tokens = new Map<string, Promise<string>>();
  constructor(private readonly t: TestApp) {}

  /** One login per user, even when many requests ask at once (logins are throttled). */
  token(username: string): Promise<string> {
    if (!this.tokens.has(username)) this.tokens.set(username, this.t.login(username));
    return this.tokens.get(username)!;
  }

  async as(username: string) {
    return auth(await this.token(username));
  }

  /** Creates a user through the admin API (e.g. a clerk for an agency the demo directory leaves without one). */
  async createUser(username: string, orgCode: string, roles: string[], displayName = username): Promise<string> {
    const org = this.t.dir.orgs.get(orgCode);
    if (!org) throw new Error(`no org ${orgCode}`);
    // Judges and division heads belong to a division (422 DIVISION_REQUIRED without one).
    const division = roles.some((r) => r === 'JUDGE' || r === 'DIVISION_HEAD') ? '民一庭' : undefined;
    const res = await this.t
      .http()
      .post('/api/v1/users')
      .set(await this.as('admin'))
      .send({ organizationId: org.id, username, displayName, roles, division, password: TEST_PASSWORD });
    if (res.status !== 201) throw new Error(`create user ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }
}

export function orgId(t: TestApp, code: string): string {
  const org = t.dir.orgs.get(code);
  if (!org) throw new Error(`no org ${code}`);
  return org.id;
}

export function letterBody(t: TestApp, overrides: Record<string, unknown> = {}, main = ['AG-330700-ZJJ'], copy: string[] = []) {
  return {
    title: '关于规范老旧小区电动汽车充电桩建设管理的司法建议',
    category: 'CLASS_CASE',
    domain: '城市管理',
    major: false,
    background: '近年来本院受理因老旧小区安装充电桩引发的物业服务合同纠纷、相邻关系纠纷案件明显增多。',
    items: [
      { problem: '物业服务企业以安全为由拒绝出具充电桩报装同意证明', recommendation: '出台指引，明确物业服务企业配合报装的义务与时限' },
      { problem: '老旧小区电力容量不足，私桩报装周期长', recommendation: '统筹推进老旧小区配电设施增容改造' },
      { problem: '公共充电设施规划布局不足', recommendation: '将老旧小区公共充电设施纳入城市更新规划' },
    ],
    sourceCases: ['(2024)浙07民终1234号', '(2024)浙0702民初5678号'],
    legalBasis: '《中华人民共和国民法典》第二百七十八条、第九百四十二条',
    replyPeriodMonths: 2,
    recipients: [...main.map((c) => ({ organizationId: orgId(t, c), kind: 'MAIN' })), ...copy.map((c) => ({ organizationId: orgId(t, c), kind: 'COPY' }))],
    contactName: '周承办',
    contactPhone: '0579-82345678',
    ...overrides,
  };
}

/** Drafts a letter as `judge` and walks it to IN_APPROVAL (submit, division head approves). */
export async function letterInApproval(t: TestApp, a: Actors, judge: string, head: string, body: Record<string, unknown>): Promise<string> {
  const created = await t
    .http()
    .post('/api/v1/suggestions')
    .set(await a.as(judge))
    .send(body);
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  const sub = await t
    .http()
    .post(`/api/v1/suggestions/${id}/submit`)
    .set(await a.as(judge))
    .send({});
  if (sub.status !== 200) throw new Error(`submit: ${sub.status} ${JSON.stringify(sub.body)}`);
  const rev = await t
    .http()
    .post(`/api/v1/suggestions/${id}/review`)
    .set(await a.as(head))
    .send({ decision: 'APPROVE' });
  if (rev.status !== 200) throw new Error(`review: ${rev.status} ${JSON.stringify(rev.body)}`);
  return id;
}

/** Issues a letter: in approval, then the leader approves. Returns the issued letter. */
export async function issuedLetter(t: TestApp, a: Actors, who: { judge: string; head: string; leader: string }, body: Record<string, unknown>) {
  const id = await letterInApproval(t, a, who.judge, who.head, body);
  const res = await t
    .http()
    .post(`/api/v1/suggestions/${id}/approve`)
    .set(await a.as(who.leader))
    .send({ decision: 'APPROVE' });
  if (res.status !== 200) throw new Error(`approve: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export const DAY = 24 * 3600 * 1000;
