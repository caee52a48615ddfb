import { parseCaseNumber } from './case-number';
import { validateCase } from './case-record';

// Broken once on purpose: with the type words matched shortest-first, （2025）浙0781执恢12号 parsed as 执 + "恢12" and failed.
describe('案号 parser', () => {
  it.each([
    ['（2025）浙0781民初1234号', '（2025）浙0781民初1234号', '浙0781', '民初', 1234, '民事'],
    ['(2025)浙0781民初1234号', '（2025）浙0781民初1234号', '浙0781', '民初', 1234, '民事'],
    [' ( 2024 ) 浙07 民终 56 ', '（2024）浙07民终56号', '浙07', '民终', 56, '民事'],
    ['（２０２３）浙行终７号', '（2023）浙行终7号', '浙', '行终', 7, '行政'],
    ['〔2025〕浙0781执恢12号', '（2025）浙0781执恢12号', '浙0781', '执恢', 12, '执行'],
    ['(2025)浙0781执345号', '（2025）浙0781执345号', '浙0781', '执', 345, '执行'],
    ['（2022）最高法民申1号', '（2022）最高法民申1号', '最高法', '民申', 1, '民事'],
    ['(2025)浙0782知民初0099号', '（2025）浙0782知民初99号', '浙0782', '知民初', 99, '民事'],
  ])('%s → %s', (input, normalized, courtCode, typeWord, sequence, caseKind) => {
    const r = parseCaseNumber(input, 2026);
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ normalized, courtCode, typeWord, sequence, caseKind }) });
  });

  it.each([
    ['', '案号不能为空'],
    ['2025浙0781民初1234号', '括号中的四位收案年度'],
    ['（2025）XX0781民初1号', '法院代字'],
    ['（2025）浙078民初1号', '两位'],
    ['（2025）浙0781民X1号', '案件类型代字'],
    ['（2025）浙0781民初号', '案件编号'],
    ['（2031）浙0781民初1号', '收案年度2031'],
    ['（2025）最高法01民初1号', '法院代字'],
    ["'; DROP TABLE cases; --", '括号中的四位收案年度'],
  ])('refuses %j with a reason', (input, reason) => {
    const r = parseCaseNumber(input, 2026);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toContain(reason);
  });
});

describe('case record validation', () => {
  it('drops natural persons’ names and keeps organisations’', () => {
    const r = validateCase(
      {
        caseNumber: '(2025)浙0781民初1号',
        cause: '物业服务合同纠纷',
        filedOn: '2025-03-01',
        parties: [
          { kind: '自然人', name: '张三' },
          { kind: '法人', name: '某物业公司' },
        ],
      },
      1,
      2026,
      '2026-01-01',
    );
    expect('row' in r && r.row.parties).toEqual([{ kind: '自然人' }, { kind: '法人', name: '某物业公司' }]);
    expect('row' in r && r.row.namesDropped).toBe(1);
    expect(JSON.stringify(r)).not.toContain('张三');
  });

  it('reports every problem of a row by field', () => {
    const r = validateCase({ caseNumber: 'abc', cause: '无此案由', filedOn: '2025-02-30', closedOn: 'x', amount: -1 }, 37, 2026, '2026-01-01');
    expect('errors' in r && r.errors.map((e) => [e.row, e.field])).toEqual([
      [37, 'caseNumber'],
      [37, 'cause'],
      [37, 'filedOn'],
      [37, 'closedOn'],
      [37, 'amount'],
    ]);
  });

  it('refuses an administrative cause on a civil case number', () => {
    const r = validateCase({ caseNumber: '(2025)浙0781民初1号', cause: '行政处罚', filedOn: '2025-03-01' }, 2, 2026, '2026-01-01');
    expect('errors' in r && r.errors[0].field).toBe('cause');
  });
});
