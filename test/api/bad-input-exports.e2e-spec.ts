import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { readZip } from '@app/testing';
import { TestApp } from '../harness';
import { EXPORT_SHEETS } from '@app/statistics';
import { Actors, DAY, issuedLetter, letterBody, startClosedLoopApp, T0 } from './lifecycle.fixtures';

const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted || (c !== '"' && c !== ',' && !(c === '\r' && text[i + 1] === '\n'))) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else {
      row.push(field);
      field = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    }
  }
  return rows;
}

/** Texts a spreadsheet would take for formulas (OWASP CSV injection), as letter titles and agency names. */
const HOSTILE = ['=HYPERLINK("http://x","点")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'];

/**
 * Issue 12 point 12: exports never hand a spreadsheet a formula. The CSV prefixes `'` to every text
 * that starts with = + - @ tab or CR; the xlsx keeps such texts as string cells (never formulas).
 * Checked failing without the fix: with the FORMULA_START test removed from csvField the CSV cells
 * came back as sent, e.g. =HYPERLINK("http://x","点"); with ws.addRow instead of addSheetRow,
 * ExcelJS could not even read back a workbook holding a title with U+FFFF ("disallowed character").
 * ExcelJS already wrote the formula-like titles as string cells: those checks guard that it stays so.
 */
describe('bad input: formula-like texts in CSV and xlsx exports', () => {
  let t: TestApp;
  let a: Actors;
  const agencies = new Map<string, string>(); // id → name
  const get = async (user: string, path: string) => {
    const res = await t
      .http()
      .get(path)
      .set(await a.as(user))
      .buffer(true)
      .parse(binary);
    expect([path, res.status]).toEqual([path, 200]);
    return res.body as Buffer;
  };

  beforeAll(async () => {
    t = await startClosedLoopApp();
    a = new Actors(t);
    for (const [i, text] of HOSTILE.entries()) {
      const name = `${text}局${i}`;
      const org = await t
        .http()
        .post('/api/v1/organizations')
        .set(await a.as('admin'))
        .send({ type: 'AGENCY', name, shortName: `局${i}`, regionCode: '330700' });
      expect(org.status).toBe(201);
      agencies.set(org.body.id, name);
      const body = letterBody(t, { title: text }, []);
      body.recipients = [{ organizationId: org.body.id, kind: 'MAIN' }];
      await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, body);
    }
    // A text with a character XML forbids (U+FFFF; the API accepts it) must not make a workbook unreadable.
    const odd = await t
      .http()
      .post('/api/v1/organizations')
      .set(await a.as('admin'))
      .send({ type: 'AGENCY', name: '某\uffff局', shortName: '某局', regionCode: '330700' });
    expect(odd.status).toBe(201);
    const oddLetter = letterBody(t, { title: '关于\uffff充电\u0001桩的司法建议' }, []);
    oddLetter.recipients = [{ organizationId: odd.body.id, kind: 'MAIN' }];
    await issuedLetter(t, a, { judge: 'jh.judge', head: 'jh.head', leader: 'jh.leader' }, oddLetter);
    // Ten days on nobody has signed: every letter is overdue, so the overdue sheet lists them all.
    t.clock.set(new Date(T0.getTime() + 10 * DAY));
    const refreshed = await t
      .http()
      .post('/api/v1/stats/refresh')
      .set(await a.as('admin'));
    expect(refreshed.status).toBe(200);
  });
  afterAll(() => t.close());

  it('CSV: every agency name that starts like a formula is prefixed with a quote, figures stay numbers', async () => {
    const csv = (await get('jhrd.supervisor', '/api/v1/stats/export.csv?regionCode=330700')).toString('utf8').slice(1);
    const [header, ...rows] = parseCsv(csv);
    expect(header.slice(0, 3)).toEqual(['名次 rank', '单位 organization', 'id']);
    const ours = rows.filter((r) => agencies.has(r[2]));
    expect(ours).toHaveLength(HOSTILE.length);
    for (const r of ours) {
      expect(r[1]).toBe(`'${agencies.get(r[2])}`);
      expect(r[0]).toMatch(/^\d+$/); // rank: a number, not prefixed
      expect(r.slice(3).every((cell) => cell === '' || /^-?\d+(\.\d+)?$/.test(cell))).toBe(true);
    }
  });

  /** Every cell of a sheet whose text is one of ours: it must be a string, never a formula. */
  const checkSheet = (ws: ExcelJS.Worksheet, texts: string[]) => {
    const found: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = String(cell.value ?? '');
        const match = texts.find((s) => v === s.replace(/\r/g, '\n') || v === s);
        if (match === undefined) return;
        found.push(match);
        expect([v, cell.type, cell.formula]).toEqual([v, ExcelJS.ValueType.String, undefined]);
      }),
    );
    return found;
  };
  const noFormulas = (xlsx: Buffer) => {
    for (const [name, bytes] of readZip(xlsx))
      if (name.startsWith('xl/worksheets/')) expect([name, /<f[ >]/.test(bytes.toString('utf8'))]).toEqual([name, false]);
  };

  it('statistics xlsx: titles and agency names are string cells, not formulas', async () => {
    const xlsx = await get('jhrd.supervisor', '/api/v1/stats/export.xlsx?regionCode=330700');
    noFormulas(xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as never);
    expect(checkSheet(wb.getWorksheet(EXPORT_SHEETS.overdue)!, HOSTILE).sort()).toEqual([...HOSTILE].sort());
    expect(checkSheet(wb.getWorksheet(EXPORT_SHEETS.agencies)!, [...agencies.values()]).sort()).toEqual([...agencies.values()].sort());
    expect(checkSheet(wb.getWorksheet(EXPORT_SHEETS.overdue)!, ['关于充电桩的司法建议', '某局'])).toEqual(['关于充电桩的司法建议', '某局']);
  });

  it('annual report xlsx: titles and recipients are string cells, not formulas', async () => {
    const court = t.dir.orgs.get('COURT-330700')!.id;
    const xlsx = await get('jh.admin', `/api/v1/stats/annual-report.xlsx?courtId=${court}&year=2031`);
    noFormulas(xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as never);
    const letters = wb.worksheets.find((w) => w.name.startsWith('建议清单'))!;
    expect(checkSheet(letters, HOSTILE).sort()).toEqual([...HOSTILE].sort());
    expect(checkSheet(letters, [...agencies.values()]).sort()).toEqual([...agencies.values()].sort());
    expect(checkSheet(letters, ['关于充电桩的司法建议', '某局'])).toEqual(['关于充电桩的司法建议', '某局']);
  });
});
