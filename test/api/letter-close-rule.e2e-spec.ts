import { SUGGESTION_RULES, SuggestionAction, SuggestionStatus } from '@app/suggestions';
import { TestApp } from '../harness';
import { Actors, issuedLetter, letterBody, startClosedLoopApp } from './lifecycle.fixtures';

/**
 * The letter closes only through its own transition table: the deliveries library asks the
 * letters library, which applies the system's CLOSE rule (from ISSUED, no main delivery open).
 * Each case breaks that rule at run time and watches the letter obey the broken rule — proof that
 * the rule, not a statement of its own, decides. (Before, the deliveries library closed the letter
 * by raw SQL: with `from` emptied, the last close still answered 200 and the letter was CLOSED.)
 */
describe('the letter closes through its transition table', () => {
  let t: TestApp;
  let a: Actors;
  const who = { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' };
  const closeRule = SUGGESTION_RULES.find((r) => r.action === SuggestionAction.CLOSE)!;
  const original = { ...closeRule };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
  });
  afterEach(() => Object.assign(closeRule, original));
  afterAll(() => t.close());

  /** An issued letter to two main recipients whose deliveries are done (IMPLEMENTED), ready to close. */
  async function finishedLetter(): Promise<{ id: string; deliveries: string[] }> {
    const letter = await issuedLetter(t, a, who, letterBody(t, {}, ['AG-330700-ZJJ', 'AG-330700-FGW']));
    await t.ds.query(`UPDATE deliveries SET status = 'IMPLEMENTED' WHERE suggestion_id = $1`, [letter.id]);
    const rows: { id: string }[] = await t.ds.query(`SELECT id FROM deliveries WHERE suggestion_id = $1 ORDER BY id`, [letter.id]);
    expect(rows).toHaveLength(2);
    return { id: letter.id, deliveries: rows.map((r) => r.id) };
  }

  const close = async (deliveryId: string) =>
    t
      .http()
      .post(`/api/v1/deliveries/${deliveryId}/close`)
      .set(await a.as('jh.admin'))
      .send({});
  const letterStatus = async (id: string) => (await t.ds.query(`SELECT status FROM suggestions WHERE id = $1`, [id]))[0].status as string;
  const deliveryStatus = async (id: string) => (await t.ds.query(`SELECT status FROM deliveries WHERE id = $1`, [id]))[0].status as string;
  const auditActions = async (id: string) =>
    (await t.ds.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [id])).map((r: { action: string }) => r.action) as string[];

  it('closes the letter with its last open main delivery, not before (the rule’s guard)', async () => {
    const { id, deliveries } = await finishedLetter();
    expect((await close(deliveries[0])).status).toBe(200);
    expect(await letterStatus(id)).toBe('ISSUED');
    expect((await close(deliveries[1])).status).toBe(200);
    expect(await letterStatus(id)).toBe('CLOSED');
    const [letter] = await t.ds.query(`SELECT closed_at FROM suggestions WHERE id = $1`, [id]);
    expect(letter.closed_at).not.toBeNull();
    expect(await auditActions(id)).toContain('suggestion.close');
  });

  it('refuses the last close with 409 INVALID_TRANSITION and writes nothing when the rule does not allow ISSUED', async () => {
    const { id, deliveries } = await finishedLetter();
    expect((await close(deliveries[0])).status).toBe(200);
    Object.assign(closeRule, { from: [SuggestionStatus.CLOSED] });
    const res = await close(deliveries[1]);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('INVALID_TRANSITION');
    expect(await letterStatus(id)).toBe('ISSUED');
    expect(await deliveryStatus(deliveries[1])).toBe('IMPLEMENTED');
  });

  it('leaves the letter open when the rule’s guard says so, even after the last main delivery closed', async () => {
    const { id, deliveries } = await finishedLetter();
    Object.assign(closeRule, { guard: () => ({ code: 'TEST_REFUSAL', message: 'broken on purpose' }) });
    expect((await close(deliveries[0])).status).toBe(200);
    expect((await close(deliveries[1])).status).toBe(200);
    expect(await deliveryStatus(deliveries[1])).toBe('CLOSED');
    expect(await letterStatus(id)).toBe('ISSUED');
    expect(await auditActions(id)).not.toContain('suggestion.close');
  });
});
