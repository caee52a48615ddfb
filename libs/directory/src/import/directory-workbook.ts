import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportProblem } from './import-rows';

/**
 * The directory import file: an xlsx workbook with the sheets 「单位」 and/or 「用户」 (the template
 * from GET /api/v1/directory/import-template.xlsx), or one CSV table (UTF-8, or GB18030 as Excel
 * saves it on a Chinese Windows) whose header row says which of the two it is. Row numbers are the
 * file's own, so the error report says 第37行 where the spreadsheet shows row 37.
 */

export const ORGANIZATION_SHEET = '单位';
export const USER_SHEET = '用户';

interface Column {
  field: string;
  header: string;
  required?: boolean;
  width: number;
  note: string;
}

export const ORGANIZATION_COLUMNS: Column[] = [
  { field: 'type', header: '单位类型', required: true, width: 14, note: '法院、建议对象单位、人大、党委 或 其他' },
  { field: 'name', header: '单位名称', required: true, width: 30, note: '全称，如 兰溪市人民法院' },
  { field: 'shortName', header: '简称', required: true, width: 12, note: '法院的简称用于文号，如 兰溪 → 兰溪法建〔2026〕3号' },
  { field: 'code', header: '单位代码', required: true, width: 22, note: '唯一代码（法院代码或统一社会信用代码）；再次导入时按此代码更新' },
  { field: 'regionCode', header: '行政区划代码', required: true, width: 14, note: '6 位数字，如 330781' },
  { field: 'parentCode', header: '上级单位代码', width: 22, note: '上级单位的单位代码（可以是本文件中的单位）；法院只能在法院之下' },
  { field: 'emails', header: '邮箱', width: 32, note: '接收通知的邮箱，多个用分号分隔' },
  { field: 'replyNeedsApproval', header: '回复需负责人审批', width: 16, note: '是 / 否（默认否）' },
  { field: 'caseCode', header: '案号代字', width: 12, note: '仅法院，如 浙0781' },
];

export const USER_COLUMNS: Column[] = [
  { field: 'organizationCode', header: '所属单位代码', required: true, width: 22, note: '所属单位的单位代码（可以是本文件「单位」表中的单位）' },
  { field: 'username', header: '用户名', required: true, width: 18, note: '登录名：字母、数字、点、下划线、连字符；再次导入时按用户名更新' },
  { field: 'displayName', header: '姓名', required: true, width: 12, note: '' },
  { field: 'roles', header: '角色', required: true, width: 24, note: '承办法官、庭长、院领导、研究室/办公室、经办人、单位负责人、监督人员；多个用顿号分隔' },
  { field: 'division', header: '庭室', width: 12, note: '承办法官和庭长必填，如 民一庭' },
  { field: 'email', header: '邮箱', width: 28, note: '' },
  { field: 'phone', header: '电话', width: 16, note: '' },
  { field: 'password', header: '初始密码', width: 18, note: '仅新用户；至少 10 位；留空则由系统生成并在导入结果中显示一次' },
];

export interface DirectoryFileRows {
  organizations?: { row: number; values: Record<string, unknown> }[];
  users?: { row: number; values: Record<string, unknown> }[];
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads an uploaded file into raw rows keyed by field, or the problems that make it unreadable. */
export async function readDirectoryFile(body: Buffer, problems: ImportProblem[]): Promise<DirectoryFileRows> {
  const fileProblem = (message: string) => problems.push({ sheet: null, row: 0, field: 'file', message });
  if (!body.length) {
    fileProblem('文件是空的');
    return {};
  }
  const wb = new ExcelJS.Workbook();
  if (body.subarray(0, 4).equals(XLSX_MAGIC)) {
    try {
      await wb.xlsx.load(body as unknown as ArrayBuffer);
    } catch {
      fileProblem('无法读取该 Excel 文件，请用模板重新保存后再导入');
      return {};
    }
  } else {
    const sheet = await wb.csv.read(Readable.from([decodeText(body)]), { map: (v: unknown) => v } as never).catch(() => null);
    if (!sheet) {
      fileProblem('无法读取该 CSV 文件');
      return {};
    }
  }
  const out: DirectoryFileRows = {};
  for (const ws of wb.worksheets) {
    const headers = headerRow(ws);
    const kind =
      ws.name === ORGANIZATION_SHEET || (ws.name !== USER_SHEET && headers.includes('单位名称') && !headers.includes('用户名'))
        ? 'organizations'
        : ws.name === USER_SHEET || headers.includes('用户名')
          ? 'users'
          : null;
    if (!kind) continue;
    const columns = kind === 'organizations' ? ORGANIZATION_COLUMNS : USER_COLUMNS;
    const sheetName = kind === 'organizations' ? ORGANIZATION_SHEET : USER_SHEET;
    const missing = columns.filter((c) => c.required && !headers.includes(c.header) && !headers.includes(c.field));
    for (const c of missing) problems.push({ sheet: sheetName, row: 1, field: c.field, message: `「${sheetName}」缺少“${c.header}”列` });
    if (missing.length) continue;
    const fieldAt = headers.map((h) => columns.find((c) => c.header === h || c.field === h || (c.field === 'caseCode' && h === '法院代字'))?.field ?? null);
    const rows: { row: number; values: Record<string, unknown> }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n === 1) return;
      const values: Record<string, unknown> = {};
      fieldAt.forEach((field, i) => {
        if (field) values[field] = cellText(row.getCell(i + 1));
      });
      if (Object.values(values).some((v) => v !== '')) rows.push({ row: n, values });
    });
    out[kind] = [...(out[kind] ?? []), ...rows];
  }
  if (!out.organizations && !out.users && !problems.length) fileProblem(`文件中没有「${ORGANIZATION_SHEET}」或「${USER_SHEET}」表（表头应与模板一致）`);
  return out;
}

/** UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as GB18030 (Excel's CSV on a Chinese Windows). */
function decodeText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

function headerRow(ws: ExcelJS.Worksheet): string[] {
  const row = ws.getRow(1);
  const out: string[] = [];
  for (let i = 1; i <= row.cellCount; i++) out.push(cellText(row.getCell(i)).replace(/[*＊]/g, '').trim());
  return out;
}

/** What the cell shows: hyperlinks (Excel links e-mail addresses) and rich text as their text, numbers as typed. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return cell.text ?? '';
}

/** The template: the two sheets with their header rows (required ones marked *), text-formatted, and a 说明 sheet. */
export async function directoryTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '司法建议“一件事”';
  for (const [name, columns] of [
    [ORGANIZATION_SHEET, ORGANIZATION_COLUMNS],
    [USER_SHEET, USER_COLUMNS],
  ] as const) {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c) => ({ header: c.header, key: c.field, width: c.width, style: { numFmt: '@' } }));
    ws.getRow(1).font = { bold: true };
    columns.forEach((c, i) => {
      const cell = ws.getRow(1).getCell(i + 1);
      if (c.required) cell.value = `${c.header}*`;
      if (c.note) cell.note = c.note;
    });
  }
  const help = wb.addWorksheet('说明');
  help.columns = [
    { header: '表', key: 'sheet', width: 8 },
    { header: '列', key: 'column', width: 18 },
    { header: '必填', key: 'required', width: 6 },
    { header: '填写说明', key: 'note', width: 80 },
  ];
  help.getRow(1).font = { bold: true };
  for (const [sheet, columns] of [
    [ORGANIZATION_SHEET, ORGANIZATION_COLUMNS],
    [USER_SHEET, USER_COLUMNS],
  ] as const) {
    for (const c of columns) help.addRow({ sheet, column: c.header, required: c.required ? '是' : '', note: c.note });
  }
  help.addRow({});
  help.addRow({ note: '先导入「单位」再导入「用户」，也可以在同一个文件中一起导入。文件中只要有一处错误，整个文件都不会写入，并逐行列出错误。' });
  help.addRow({ note: '再次导入同一文件不会改变任何数据；单位按单位代码、用户按用户名更新。也可以保存为 CSV（一张表一个文件，表头同上）。' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
