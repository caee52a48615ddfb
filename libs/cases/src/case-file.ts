import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import { AppException } from '@app/core';
import { CaseErrorCode } from './case-errors';
import { CaseInput } from './case-record';

/**
 * The import template (CSV or the first sheet of an xlsx), one case per line after a header line:
 *   案号, 案由, 立案日期, 结案日期, 结案方式, 当事人, 标的额, 关键词
 * 当事人: `类型:名称` pairs separated by ；or ; (自然人 without a name — a name given is dropped), e.g.
 * `法人:兰溪某物业服务有限公司；自然人`. 关键词: separated by 、，or ,. English headers (caseNumber,
 * cause, filedOn, closedOn, outcome, parties, amount, keywords) are accepted too.
 */
export const TEMPLATE_HEADERS = ['案号', '案由', '立案日期', '结案日期', '结案方式', '当事人', '标的额', '关键词'];

const FIELD_OF: Record<string, keyof CaseInput> = {
  案号: 'caseNumber',
  casenumber: 'caseNumber',
  案由: 'cause',
  cause: 'cause',
  立案日期: 'filedOn',
  filedon: 'filedOn',
  结案日期: 'closedOn',
  closedon: 'closedOn',
  结案方式: 'outcome',
  outcome: 'outcome',
  当事人: 'parties',
  parties: 'parties',
  标的额: 'amount',
  amount: 'amount',
  关键词: 'keywords',
  keywords: 'keywords',
};

/** The field each column holds, from the header line; 422 when the 案号 column is missing. */
export function columnsOf(header: string[]): (keyof CaseInput | null)[] {
  const cols = header.map(
    (h) =>
      FIELD_OF[
        String(h ?? '')
          .replace(/^\uFEFF/, '')
          .trim()
          .replace(/\s+/g, '')
          .toLowerCase()
      ] ??
      FIELD_OF[String(h ?? '').trim()] ??
      null,
  );
  if (!cols.includes('caseNumber') || !cols.includes('cause') || !cols.includes('filedOn'))
    throw new AppException(422, CaseErrorCode.CASE_FILE_UNREADABLE, 'The file needs the template header line', [
      { field: 'file', message: `首行须为模板表头：${TEMPLATE_HEADERS.join('、')}` },
    ]);
  return cols;
}

/** One line of the template as a case record. */
export function lineToCase(cols: (keyof CaseInput | null)[], cells: unknown[]): CaseInput {
  const out: Record<string, unknown> = {};
  cols.forEach((field, i) => {
    if (!field) return;
    let v = cells[i];
    if (v instanceof Date) v = v.toISOString().slice(0, 10);
    if (v && typeof v === 'object' && 'text' in (v as object)) v = (v as { text: unknown }).text;
    const text = v === null || v === undefined ? '' : String(v).trim();
    if (field === 'parties') {
      out.parties = text
        ? text
            .split(/[;；]/)
            .map((s) => s.trim())
            .filter(Boolean)
            .map((s) => {
              const [kind, ...name] = s.split(/[:：]/);
              return { kind: kind.trim(), name: name.join(':').trim() || undefined };
            })
        : [];
    } else if (field === 'filedOn' || field === 'closedOn') {
      out[field] =
        text
          .replace(/\//g, '-')
          .replace(/^(\d{4})-(\d)-/, '$1-0$2-')
          .replace(/-(\d)$/, '-0$1') || undefined;
    } else out[field] = text || undefined;
  });
  return out as CaseInput;
}

/** The records of an uploaded CSV (UTF-8) or xlsx file. */
export async function readCaseFile(fileName: string, data: Buffer): Promise<CaseInput[]> {
  const isXlsx = data.subarray(0, 2).toString('latin1') === 'PK';
  if (isXlsx) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw unreadable();
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw unreadable();
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    if (!rows.length) throw unreadable();
    const cols = columnsOf(rows[0] as string[]);
    return rows.slice(1).map((r) => lineToCase(cols, r));
  }
  if (!/\.csv$/i.test(fileName) && data.includes(0)) throw unreadable();
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  const rows = await new Promise<string[][]>((resolve, reject) => {
    const out: string[][] = [];
    parseString(text, { headers: false, ignoreEmpty: false, trim: true })
      .on('error', reject)
      .on('data', (r: string[]) => out.push(r))
      .on('end', () => resolve(out));
  }).catch(() => {
    throw unreadable();
  });
  if (!rows.length) throw unreadable();
  const cols = columnsOf(rows[0]);
  return rows.slice(1).map((r) => lineToCase(cols, r));
}

const unreadable = () =>
  new AppException(422, CaseErrorCode.CASE_FILE_UNREADABLE, 'Not a CSV or xlsx file of the template', [
    { field: 'file', message: `请上传 CSV（UTF-8）或 Excel（xlsx）文件，首行为模板表头：${TEMPLATE_HEADERS.join('、')}` },
  ]);
