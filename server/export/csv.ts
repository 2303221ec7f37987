/** Pure CSV pieces shared by every export (graph tables and research tables). */

/** A property value as text: lists joined with `|`, objects as JSON, null empty. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(valueText).join('|');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** RFC 4180 quoting; a leading =,+,-,@ gets a `'` so spreadsheets do not run it as a formula. */
export function csvCell(v: unknown): string {
  let s = valueText(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (CRLF-terminated, RFC 4180). */
export const csvLine = (cells: unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`;
