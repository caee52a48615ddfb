import type { Workbook, Worksheet } from 'exceljs';
import { xmlSafe } from '@app/core';
import { addSheetRow } from './export-cells';

/** How a column's numbers are shown: 99.50% (rates), whole numbers, one decimal (hours, days), text. */
export type ColumnFormat = 'rate' | 'count' | 'decimal' | 'text';

export const NUMBER_FORMATS: Record<Exclude<ColumnFormat, 'text'>, string> = { rate: '0.00%', count: '0', decimal: '0.0' };

export interface ReportColumn {
  header: string;
  format?: ColumnFormat;
}

/** What a cell holds; a format of its own overrides the column's (the overview mixes rates and counts). */
export type ReportCell = string | number | null | { value: number | null; format: ColumnFormat };

export interface ReportSheet {
  name: string;
  /** Row 1: what the sheet is, naming the scope and the period. */
  title: string;
  /** Row 2: scope, period, date of the figures. */
  subtitle: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Lines under the table (notes). */
  notes?: string[];
}

/** Display width of a text in Excel's character units: a CJK character takes two. */
export function displayWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
}

const TITLE_ROW = 1;
const HEADER_ROW = 3;

/**
 * One sheet as a report a reader can hand on: a title row and a subtitle row (merged across the
 * table), a bold header row that stays in view (frozen), number formats per column (rates as
 * 0.00%), columns as wide as their content, an empty cell shown as —.
 */
export function addReportSheet(wb: Workbook, s: ReportSheet): Worksheet {
  const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }] });
  const n = Math.max(1, s.columns.length);
  addSheetRow(ws, [s.title]);
  addSheetRow(ws, [s.subtitle]);
  addSheetRow(
    ws,
    s.columns.map((c) => c.header),
  );
  if (n > 1) {
    ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, n);
    ws.mergeCells(TITLE_ROW + 1, 1, TITLE_ROW + 1, n);
  }
  ws.getRow(TITLE_ROW).font = { bold: true, size: 14 };
  ws.getRow(TITLE_ROW).height = 24;
  ws.getRow(TITLE_ROW).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(TITLE_ROW + 1).alignment = { horizontal: 'center', wrapText: true };
  ws.getRow(TITLE_ROW + 1).height = 30;
  const header = ws.getRow(HEADER_ROW);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });

  const widths = s.columns.map((c) => displayWidth(c.header));
  for (const cells of s.rows) {
    const row = ws.addRow([]);
    cells.forEach((cell, i) => {
      const target = row.getCell(i + 1);
      const format = typeof cell === 'object' && cell !== null ? cell.format : (s.columns[i]?.format ?? 'text');
      const value = typeof cell === 'object' && cell !== null ? cell.value : cell;
      if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
        target.value = '—';
        target.alignment = { horizontal: 'center' };
      } else if (typeof value === 'number' && format !== 'text') {
        target.value = value;
        target.numFmt = NUMBER_FORMATS[format];
      } else {
        // Texts stay texts (never formulas) and lose characters XML forbids, as in addSheetRow.
        target.value = typeof value === 'string' ? xmlSafe(value) : value;
      }
      const shown =
        value === null || value === undefined ? '—' : typeof value === 'number' && format === 'rate' ? `${(value * 100).toFixed(2)}%` : String(value);
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(shown));
    });
  }
  for (const note of s.notes ?? []) addSheetRow(ws, [note]);
  // ExcelJS writes no width for 9 (its default), which Excel reads as 8.43: use 10 instead.
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.min(60, Math.max(8, w + 2 === 9 ? 10 : w + 2))));
  if (s.columns.length > 1 && s.rows.length) ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: s.columns.length } };
  return ws;
}
