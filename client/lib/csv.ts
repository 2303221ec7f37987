/**
 * Tables as CSV (RFC 4180 quoting), with a BOM so spreadsheet programs read the Chinese text
 * as UTF-8. A cell that a spreadsheet would run as a formula (`=cmd|' /c calc'!A1`, `+`, `-`,
 * `@`, or a tab or carriage return first, also after leading spaces) gets a `'` in front, so it
 * shows as text: the same rule as the server's export CSV (server/api/export-formats.ts).
 */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (/^[ \u00a0\u3000]*[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
