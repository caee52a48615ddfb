import { createTestApp, TestApp } from '../harness';

jest.setTimeout(30_000);

describe('legal calendar API', () => {
  let t: TestApp;
  let admin: string;
  let clerk: string;
  const auth = (tok: string) => ({ authorization: `Bearer ${tok}` });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    clerk = await t.login('jhzjj.clerk');
  });
  afterAll(() => t.close());

  it('shows the seeded 2025 and 2026 calendars to anyone signed in', async () => {
    const res = await t.http().get('/api/v1/calendar/2025').set(auth(clerk));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2025, version: 1, workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'] });
    expect(res.body.holidays).toHaveLength(28);
    expect(res.body.holidays).toEqual(expect.arrayContaining(['2025-01-01', '2025-10-08']));
    const y2026 = await t.http().get('/api/v1/calendar/2026').set(auth(clerk));
    expect(y2026.status).toBe(200);
    expect(y2026.body.holidays).toEqual(expect.arrayContaining(['2026-02-15', '2026-02-17', '2026-02-23']));
    expect(y2026.body.workdays).toContain('2026-02-28');
    const anon = await t.http().get('/api/v1/calendar/2025');
    expect(anon.status).toBe(401);
  });

  it('answers 404 CALENDAR_NOT_LOADED for a year nobody entered, and 400 for a bad year', async () => {
    const res = await t.http().get('/api/v1/calendar/2027').set(auth(clerk));
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'CALENDAR_NOT_LOADED', details: { year: 2027 } });
    const bad = await t.http().get('/api/v1/calendar/20x5').set(auth(clerk));
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('computes due dates: months (民事诉讼法 第85条) and working days (调休 counted)', async () => {
    const m = await t.http().get('/api/v1/calendar/due-date?from=2025-08-01&months=2').set(auth(clerk));
    expect(m.status).toBe(200);
    expect(m.body).toEqual({
      from: '2025-08-01',
      months: 2,
      dueDate: '2025-10-09',
      adjusted: true,
      reason: '2025-10-01 is a statutory holiday; the period ends on the first working day after it, 2025-10-09 (民事诉讼法 第85条)',
    });
    const w = await t.http().get('/api/v1/calendar/due-date?from=2025-09-26&workingDays=1').set(auth(clerk));
    expect(w.status).toBe(200);
    expect(w.body).toMatchObject({ from: '2025-09-26', workingDays: 1, dueDate: '2025-09-28', adjusted: true });
    const plain = await t.http().get('/api/v1/calendar/due-date?from=2025-07-15&months=2').set(auth(clerk));
    expect(plain.body).toEqual({ from: '2025-07-15', months: 2, dueDate: '2025-09-15', adjusted: false });
  });

  it('refuses ambiguous or malformed due-date questions with 400', async () => {
    for (const q of [
      'from=2025-08-01',
      'from=2025-08-01&months=2&workingDays=3',
      'from=2025-02-30&months=1',
      'from=yesterday&months=1',
      'from=2025-08-01&months=abc',
      'from=2025-08-01&months=0',
    ]) {
      const res = await t.http().get(`/api/v1/calendar/due-date?${q}`).set(auth(clerk));
      expect([q, res.status, res.body.code]).toEqual([q, 400, 'VALIDATION_FAILED']);
    }
  });

  it('answers 422 CALENDAR_NOT_LOADED when the due date falls in a year not loaded', async () => {
    const res = await t.http().get('/api/v1/calendar/due-date?from=2026-12-01&months=2').set(auth(clerk));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'CALENDAR_NOT_LOADED', details: { year: 2027 } });
    expect(res.body.message).toMatch(/2027/);
  });

  it('lets only SYS_ADMIN change a calendar', async () => {
    const res = await t.http().put('/api/v1/calendar/2025').set(auth(clerk)).send({ holidays: [], workdays: [] });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    const court = await t.login('lx.admin');
    const res2 = await t.http().put('/api/v1/calendar/2025').set(auth(court)).send({ holidays: [], workdays: [] });
    expect(res2.status).toBe(403);
    const [{ version }] = await t.ds.query('SELECT version FROM legal_calendars WHERE year = 2025');
    expect(version).toBe(1);
  });

  it('refuses dates outside the year, a day in both lists and a weekday 调休, writing nothing', async () => {
    const outside = await t
      .http()
      .put('/api/v1/calendar/2027')
      .set(auth(admin))
      .send({ holidays: ['2027-01-01', '2026-12-31'], workdays: [] });
    expect(outside.status).toBe(400);
    expect(outside.body.code).toBe('VALIDATION_FAILED');
    expect(outside.body.details).toEqual([{ field: 'holidays.1', message: '2026-12-31 不属于 2027 年' }]);
    const both = await t
      .http()
      .put('/api/v1/calendar/2027')
      .set(auth(admin))
      .send({ holidays: ['2027-02-06'], workdays: ['2027-02-06', '2027-02-08'] });
    expect(both.status).toBe(400);
    expect(both.body.details.map((d: { field: string }) => d.field)).toEqual(['workdays.0', 'workdays.1']);
    const format = await t
      .http()
      .put('/api/v1/calendar/2027')
      .set(auth(admin))
      .send({ holidays: ['1/1/2027'], workdays: [] });
    expect(format.status).toBe(400);
    const rows = await t.ds.query('SELECT 1 FROM legal_calendars WHERE year = 2027');
    expect(rows).toHaveLength(0);
  });

  it('enters a new year: the due-date answer changes at once, and the change is audited', async () => {
    const before = await t.http().get('/api/v1/calendar/due-date?from=2026-12-01&months=1').set(auth(clerk));
    expect(before.status).toBe(422);
    expect(before.body.code).toBe('CALENDAR_NOT_LOADED');
    const put = await t
      .http()
      .put('/api/v1/calendar/2027')
      .set(auth(admin))
      .send({ holidays: ['2027-01-01', '2027-01-01'], workdays: ['2027-01-03'] });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-03'], version: 1 });
    const after = await t.http().get('/api/v1/calendar/due-date?from=2026-12-01&months=2').set(auth(clerk));
    expect(after.status).toBe(200);
    // 2027-02-01 is a Monday
    expect(after.body).toMatchObject({ dueDate: '2027-02-01', adjusted: false });
    // 2027-01-01 is now a holiday, 01-02 a Saturday, 01-03 a 调休 working Sunday
    const nye = await t.http().get('/api/v1/calendar/due-date?from=2026-12-01&months=1').set(auth(clerk));
    expect(nye.status).toBe(200);
    expect(nye.body).toMatchObject({ dueDate: '2027-01-03', adjusted: true });
    const got = await t.http().get('/api/v1/calendar/2027').set(auth(clerk));
    expect(got.body).toMatchObject({ year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-03'], version: 1 });
    const audit = await t.ds.query(`SELECT action, data FROM audit_events WHERE entity_type = 'legal_calendar' AND entity_id = '2027'`);
    expect(audit).toEqual([{ action: 'calendar.create', data: expect.objectContaining({ year: 2027, version: 1, holidaysAdded: ['2027-01-01'] }) }]);
  });

  it('changes a seeded year with optimistic locking, and due dates follow the change', async () => {
    const was = await t.http().get('/api/v1/calendar/due-date?from=2025-08-01&months=2').set(auth(clerk));
    expect(was.body.dueDate).toBe('2025-10-09');
    const current = await t.http().get('/api/v1/calendar/2025').set(auth(admin));
    // an administrator shortens the National Day holiday to 10-01..10-03
    const holidays = current.body.holidays.filter((d: string) => !['2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'].includes(d));
    const put = await t.http().put('/api/v1/calendar/2025').set(auth(admin)).send({ holidays, workdays: current.body.workdays, version: current.body.version });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(current.body.version + 1);
    const now = await t.http().get('/api/v1/calendar/due-date?from=2025-08-01&months=2').set(auth(clerk));
    expect(now.body.dueDate).toBe('2025-10-06'); // 10-04/05 are a plain weekend now
    const stale = await t
      .http()
      .put('/api/v1/calendar/2025')
      .set(auth(admin))
      .send({ holidays: current.body.holidays, workdays: current.body.workdays, version: current.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const audit = await t.ds.query(`SELECT data FROM audit_events WHERE action = 'calendar.update' AND entity_id = '2025'`);
    expect(audit).toHaveLength(1);
    expect(audit[0].data.holidaysRemoved).toEqual(['2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']);
  });
});
