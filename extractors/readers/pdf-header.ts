/**
 * The page's header and footer bands (报头/版头: paper name, date, page label, editors) and
 * what they say about the page; the same facts from a file name (`2020-12-27_03.pdf`).
 */
import type { TextLine } from './pdf-lines.js';
import type { PageHeader } from './pdf-types.js';
import { parseDate } from './published.js';

const DATE_CN = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const DATE_NUM = /(?<!\d)((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/u;
const PAGE_LABEL = /第\s*[0-9０-９]{1,3}\s*版|(?<![A-Za-z0-9])[A-Za-z]?\s*[0-9]{1,3}\s*版/u;
const WEEKDAY = /星期[一二三四五六日天]|周[一二三四五六日]/u;
const STAFF = /责任编辑|责编|美编|版式|校对|组版|新闻热线|值班编委/u;
/** A paper's name standing alone: `平湖日报`, `嘉兴晚报`, `浙江法制报`. */
const PAPER = /^\p{Script=Han}{1,10}(?:日报|晚报|早报|时报|商报|法制报|农民报|报)$/u;

/** True for text that only a header or footer band prints. */
export function headerLike(text: string): boolean {
  const t = text.trim();
  if (PAPER.test(t.replace(/\s+/gu, ''))) return true;
  return DATE_CN.test(t) || DATE_NUM.test(t) || PAGE_LABEL.test(t) || WEEKDAY.test(t) || STAFF.test(t) || PAPER.test(t);
}

/** The first real date written in `text` (Chinese or numeric form), as `YYYY-MM-DD`. */
export function dateIn(text: string): string | null {
  const m = DATE_CN.exec(text) ?? DATE_NUM.exec(text);
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/**
 * Splits off the page's header and footer bands: lines in the top tenth (bottom twentieth) of
 * the page that print a date, a page label, a weekday, editors or the paper's name, and every
 * line that sits no lower (higher) than they do.
 */
export function splitBands(lines: TextLine[], pageHeight: number, body: number): { furniture: TextLine[]; rest: TextLine[] } {
  // A short page (a strip of a page, a small tabloid) still has its header within a few lines' height.
  const topBand = Math.max(0.1 * pageHeight, 5 * body);
  const bottomBand = Math.min(0.95 * pageHeight, pageHeight - 3 * body);
  const top = lines.filter((l) => l.y0 < topBand && headerLike(l.text));
  const bottom = lines.filter((l) => l.y1 > bottomBand && headerLike(l.text));
  const topEdge = top.length ? Math.max(...top.map((l) => l.y1)) + 0.3 * Math.min(...top.map((l) => l.size)) : -Infinity;
  const bottomEdge = bottom.length ? Math.min(...bottom.map((l) => l.y0)) - 0.3 * Math.min(...bottom.map((l) => l.size)) : Infinity;
  const furniture: TextLine[] = [];
  const rest: TextLine[] = [];
  for (const l of lines) (l.y1 <= topEdge || l.y0 >= bottomEdge ? furniture : rest).push(l);
  return { furniture, rest };
}

/** What the header lines say: date, paper name (the largest name printed), page label. */
export function readHeader(lines: TextLine[]): PageHeader {
  const all = lines.map((l) => l.text).join(' ');
  const label = PAGE_LABEL.exec(all)?.[0].replace(/\s+/gu, '').toUpperCase() ?? null;
  // A masthead is often letter-spaced (`平 湖 日 报`): a line that is a paper's name once its spaces go counts whole.
  const papers = lines.flatMap((l) => {
    const whole = l.text.replace(/\s+/gu, '');
    const words = PAPER.test(whole) ? [whole] : l.text.split(/\s+/u).filter((w) => PAPER.test(w));
    return words.map((w) => ({ w, size: l.size }));
  });
  papers.sort((a, b) => b.size - a.size);
  return { date: dateIn(all), paper: papers[0]?.w ?? null, pageLabel: label };
}

const DATE_IN_NAME = /(?<!\d)(?:19|20)\d{2}([-_./]?)\d{2}\1\d{2}(?!\d)/u;

/**
 * The page label in a file name: `2020-12-27_03.pdf` → `03`, `pinghu-A03.pdf` → `A03`,
 * `第3版.png` → `第3版`; null when the name has none.
 */
export function pageLabelFromName(source: string): string | null {
  const base = (source.split(/[\\/]/u).pop() ?? source).replace(/\.[A-Za-z0-9]+$/u, '').replace(DATE_IN_NAME, ' ');
  const m = /第\s*\d{1,3}\s*版/u.exec(base) ?? /(?:^|[^A-Za-z0-9])([A-Za-z]?\d{1,3})(?:版)?$/u.exec(base.trim());
  if (!m) return null;
  return (m[1] ?? m[0]).replace(/\s+/gu, '').toUpperCase();
}
