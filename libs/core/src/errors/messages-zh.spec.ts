import * as fs from 'node:fs';
import * as path from 'node:path';
import { AppException } from './app.exception';
import { CommonErrorCode } from './error-codes';
import { constraintZh, fieldLabel } from './field-messages-zh';
import { chineseDetails, chineseMessage, ERROR_MESSAGES_ZH, isChineseText } from './messages-zh';

const ROOT = path.resolve(__dirname, '../../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(p);
    return p.endsWith('.ts') && !p.endsWith('.spec.ts') ? [p] : [];
  });
}

/**
 * Every `*ErrorCode` enum or const object exported anywhere in libs (found by reading the sources,
 * so a code another change adds is checked too), plus codes thrown as string literals.
 */
function everyErrorCode(): Map<string, string> {
  const codes = new Map<string, string>();
  const files = [...sources(path.join(ROOT, 'libs')), ...sources(path.join(ROOT, 'apps/api/src'))];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const names = [...text.matchAll(/export (?:enum|const) (\w*ErrorCode)\b/g)].map((m) => m[1]);
    if (names.length) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file) as Record<string, Record<string, unknown>>;
      for (const n of names) for (const v of Object.values(mod[n] ?? {})) if (typeof v === 'string') codes.set(v, `${path.relative(ROOT, file)} ${n}`);
    }
    for (const m of text.matchAll(/(?:AppException\.conflict\(|new AppException\(\s*\d+,\s*)'([A-Z][A-Z0-9_]+)'/g)) codes.set(m[1], path.relative(ROOT, file));
  }
  return codes;
}

describe('Chinese error messages', () => {
  it('has a Chinese message for every code of every *ErrorCode in libs (and every literal code thrown)', () => {
    const codes = everyErrorCode();
    // The scan finds the enums it must: a broken scan would pass vacuously.
    for (const known of [
      'NOT_FOUND',
      'INVALID_CREDENTIALS',
      'UNSUPPORTED_FILE_TYPE',
      'ORGANIZATION_CYCLE',
      'CALENDAR_NOT_LOADED',
      'NO_PENDING_REPLY',
      'COMMITTEE_DECISION_REQUIRED',
      'ALREADY_WATCHED',
      'WEBHOOK_URL_INVALID',
      'MAIL_NOT_FAILED',
    ]) {
      expect(codes.has(known)).toBe(true);
    }
    const missing = [...codes].filter(([code]) => ERROR_MESSAGES_ZH[code] === undefined).map(([code, where]) => `${code} (${where})`);
    expect(missing).toEqual([]);
    for (const [code, zh] of Object.entries(ERROR_MESSAGES_ZH)) {
      const text = typeof zh === 'string' ? zh : zh({ message: 'x not found', details: undefined });
      expect([code, isChineseText(text)]).toEqual([code, true]);
    }
  });

  it('replaces the English message of a code, keeps a purely Chinese one, and never shows the code', () => {
    expect(chineseMessage(404, 'NOT_FOUND', 'Suggestion not found')).toBe('未找到该司法建议，或您无权查看');
    expect(chineseMessage(404, 'NOT_FOUND', 'Cannot GET /api/v1/nothing')).toBe('未找到所请求的内容，或您无权查看');
    expect(chineseMessage(401, 'INVALID_CREDENTIALS', '用户名或密码错误 (invalid username or password)')).toBe('用户名或密码错误');
    expect(chineseMessage(429, 'TOO_MANY_REQUESTS', '登录失败次数过多，请 15 分钟后再试')).toBe('登录失败次数过多，请 15 分钟后再试');
    expect(chineseMessage(429, 'TOO_MANY_REQUESTS', 'too many login attempts', { retryAfterSeconds: 601 })).toBe('操作过于频繁，请 11 分钟后再试');
    expect(chineseMessage(404, 'CALENDAR_NOT_LOADED', 'No legal calendar is loaded for 2027', { year: 2027 })).toMatch(/^2027年的法定节假日安排尚未录入/);
    expect(chineseMessage(503, 'SERVICE_UNAVAILABLE', 'Not ready: smtp unavailable', { postgres: { status: 'up' }, smtp: { status: 'down' } })).toBe(
      '服务暂时不可用（邮件服务不可用），请稍后再试',
    );
    expect(chineseMessage(403, 'FORBIDDEN', 'This action needs one of the roles: COURT_ADMIN, SYS_ADMIN')).toBe('此操作须由研究室/办公室、系统管理员办理');
    expect(chineseMessage(418, 'SOMETHING_NEW', 'An English sentence')).toBe('请求未能完成');
    expect(chineseMessage(500, CommonErrorCode.INTERNAL_ERROR, 'Internal error')).not.toMatch(/[A-Za-z]/);
  });

  it('keeps a Chinese message that quotes the user own Latin values (“COURT-330781”), but not unquoted English', () => {
    expect(isChineseText('「单位」第4行：上级单位代码“NO-SUCH-CODE”不存在')).toBe(true);
    expect(isChineseText('「单位」第4行：上级单位代码 NO-SUCH-CODE 不存在')).toBe(false);
    expect(isChineseText('“好”is not found')).toBe(false);
  });

  it('gives field details Chinese messages and lists them in the message of a validation error', () => {
    const details = chineseDetails([
      { field: 'title', message: constraintZh('isLength', 'title', 'title must be longer than or equal to 1 and shorter than or equal to 200 characters') },
      { field: 'items.0.problem', message: constraintZh('isNotEmpty', 'items.0.problem', 'problem should not be empty') },
      { field: 'holidays.1', message: '2026-12-31 does not belong to 2027' },
      { field: 'comment', message: 'a comment is required when returning' },
      { field: 'mystery', message: 'something odd' },
    ]);
    expect(details).toEqual([
      { field: 'title', message: '标题的长度须在 1 至 200 个字之间' },
      { field: 'items.0.problem', message: '建议事项第1项的问题不能为空' },
      { field: 'holidays.1', message: '2026-12-31 不属于 2027 年' },
      { field: 'comment', message: '退回时须填写意见' },
      { field: 'mystery', message: '该项填写有误' },
    ]);
    const e = AppException.validation(details as never);
    expect(chineseMessage(400, e.code, e.message, details)).toBe(
      '提交的内容有误：标题的长度须在 1 至 200 个字之间；建议事项第1项的问题不能为空；2026-12-31 不属于 2027 年；退回时须填写意见；该项填写有误',
    );
    expect(fieldLabel('recipients.2.organizationId')).toBe('收件单位第3项的单位');
    expect(constraintZh('whitelistValidation', 'isAdmin', 'property isAdmin should not exist')).toBe('请求中含有不接受的字段');
  });
});
