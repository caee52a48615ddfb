import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './all-exceptions.filter';
import { assertCleanInput } from './input-guard';

const refusal = (value: unknown, maxDepth?: number) => {
  try {
    assertCleanInput(value, maxDepth);
    return null;
  } catch (e) {
    return (e as { getResponse: () => unknown }).getResponse();
  }
};

describe('input guard', () => {
  it('names every field and key holding a NUL, in the order sent', () => {
    expect(refusal({ title: 'a\u0000b', items: [{ problem: 'ok' }, { problem: '\u0000' }], ['k\u0000']: 1 })).toMatchObject({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'title', message: expect.stringContaining('NUL') },
        { field: 'items.1.problem', message: expect.any(String) },
        { field: 'k\\u0000', message: expect.any(String) },
      ],
    });
    expect(refusal('plain\u0000text')).toMatchObject({ details: [{ field: 'body' }] });
  });

  it('passes ordinary text, other control characters and shallow nesting', () => {
    expect(refusal({ a: 'tab\there\r\nline \u0001\u001f', b: [[1, 2], { c: null }], d: true })).toBeNull();
    expect(refusal(undefined)).toBeNull();
  });

  it('refuses nesting deeper than the limit without recursion (20,000 levels)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 20_000; i++) deep = i % 2 ? [deep] : { a: deep };
    expect(refusal(deep)).toMatchObject({ statusCode: 400, code: 'MALFORMED_REQUEST', details: { maxDepth: 32 } });
    expect(refusal([[[['x']]]], 4)).toBeNull();
    expect(refusal([[[[['x']]]]], 4)).toMatchObject({ code: 'MALFORMED_REQUEST' });
  });

  it('handles a wide array (no argument-spreading limits)', () => {
    expect(refusal(Array.from({ length: 300_000 }, () => 'x'))).toBeNull();
  });

  it('answers 400 (not 500) should a NUL ever reach PostgreSQL (22021, 22P05)', () => {
    for (const code of ['22021', '22P05']) {
      const sent: { status?: number; body?: { code: string } } = {};
      const reply = {
        status: (s: number) => ((sent.status = s), reply),
        header: () => reply,
        send: (b: { code: string }) => ((sent.body = b), reply),
      };
      const host = { switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ id: 'c' }) }) };
      const err = new QueryFailedError('INSERT', [], Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code }));
      new AllExceptionsFilter().catch(err, host as never);
      expect([code, sent.status, sent.body?.code]).toEqual([code, 400, 'VALIDATION_FAILED']);
    }
  });
});
