/**
 * Parses tesseract's TSV output (`tesseract IMAGE OUT tsv`) into positioned lines: each text
 * line (level 4) with its words (level 5), their boxes in image pixels and confidences.
 */
import type { PageLine } from '../../extractors/readers/pdf-types.js';

/** Lines of one page of a TSV document, in tesseract's order. */
export function parseTesseractTsv(tsv: string): PageLine[] {
  const lines = new Map<string, PageLine>();
  const rows = tsv.split('\n');
  for (const row of rows.slice(1)) {
    const c = row.split('\t');
    if (c.length < 12) continue;
    const [level, page, block, par, line] = c.slice(0, 5).map(Number);
    const [left, top, width, height, conf] = c.slice(6, 11).map(Number) as [number, number, number, number, number];
    const key = `${page}.${block}.${par}.${line}`;
    const box = { x0: left, y0: top, x1: left + width, y1: top + height };
    if (level === 4) lines.set(key, { ...box, words: [] });
    else if (level === 5) {
      const text = c.slice(11).join('\t').trim();
      if (text !== '') lines.get(key)?.words.push({ ...box, text, conf });
    }
  }
  return [...lines.values()].filter((l) => l.words.length > 0);
}
