import { AuditService } from '@app/audit';
import { createTestApp, TestApp } from '../harness';
import { seedProvisionalCalendars } from '../../scripts/seed/demo-calendars';
import { seedDemoLetters } from '../../scripts/seed/demo-letters';

/** The demo seed holds letters and deliveries in every state, made through the services, once. */
describe('demo letters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds every letter and delivery state, idempotently, with timeline and audit', async () => {
    // As `seed-demo` does: letters issued late in a year are due in the next one.
    await seedProvisionalCalendars(t.ds, t.app.get(AuditService));
    const summary = await seedDemoLetters(t.ds, t.app.get(AuditService), t.config);
    expect(summary).toMatch(/letters in every state/);
    const letters = (await t.ds.query(`SELECT DISTINCT status FROM suggestions`)).map((r: { status: string }) => r.status).sort();
    expect(letters).toEqual(['ARCHIVED', 'CLOSED', 'DRAFT', 'ESCALATED', 'IN_APPROVAL', 'IN_REVIEW', 'ISSUED', 'RETURNED', 'WITHDRAWN'].sort());
    const deliveries = (await t.ds.query(`SELECT DISTINCT status FROM deliveries`)).map((r: { status: string }) => r.status);
    expect(deliveries).toEqual(
      expect.arrayContaining(['DELIVERED', 'SIGNED', 'REPLIED', 'IMPLEMENTING', 'IMPLEMENTED', 'NOT_ADOPTED', 'CLOSED', 'REJECTED_BY_RECIPIENT', 'READ']),
    );
    const [{ tl, au }] = await t.ds.query(
      `SELECT (SELECT count(*)::int FROM timeline_events) tl, (SELECT count(*)::int FROM audit_events WHERE entity_type IN ('suggestion','delivery')) au`,
    );
    expect(tl).toBeGreaterThan(50);
    expect(au).toBeGreaterThan(40);
    const before = await t.ds.query(`SELECT count(*)::int AS n FROM suggestions`);
    expect(await seedDemoLetters(t.ds, t.app.get(AuditService), t.config)).toMatch(/already present/);
    expect(await t.ds.query(`SELECT count(*)::int AS n FROM suggestions`)).toEqual(before);
    // A demo clerk finds letters in the inbox.
    const clerk = await t.login('jhzjj.clerk', t.config.demoPassword); // the demo seed sets demo passwords
    const inbox = await t
      .http()
      .get('/api/v1/deliveries')
      .set({ authorization: `Bearer ${clerk}` });
    expect(inbox.body.total).toBeGreaterThanOrEqual(1);
  }, 60000);
});
