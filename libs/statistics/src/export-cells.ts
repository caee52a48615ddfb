import type { Worksheet } from 'exceljs';
import { xmlSafe } from '@app/core';

/**
 * Adds one row to an exported sheet. Texts stay texts: ExcelJS writes a JS string as a string cell,
 * never a formula, whatever it starts with (`=HYPERLINK(…)` in a title is shown, not run), so no
 * `'` is prefixed as in the CSV (see csvField). Characters XML forbids are dropped: one U+FFFF in a
 * title and the whole workbook would be unreadable.
 */
export function addSheetRow(ws: Worksheet, cells: unknown[]): void {
  ws.addRow(cells.map((c) => (typeof c === 'string' ? xmlSafe(c) : c)));
}
