/**
 * A page's own dateline: the header line a newspaper prints on every page
 * (`2020年12月27日 星期日`, `平湖日报 2020年12月28日 第3版`, `2020-12-28 A03版`),
 * or an article's signature date on a line of its own (`2016年9月14日`).
 *
 * Such lines are page furniture, not text: the splitter blanks them (keeping
 * the line numbers) so that they are never taken for a headline, and the
 * readers take their date as the publication date. A header (weekday, edition
 * or paper name printed with the date) wins over a bare date line; bare date
 * lines that disagree give no date. Edition markers without a date (`第3版`,
 * `A03版 要闻`) are blanked too.
 */
import { normalizeNewlines } from './text-normalize.js';

const DATE = String.raw`((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2}))`;
const WEEKDAY = String.raw`(?:星期|周|礼拜)[一二三四五六日天]`;
const EDITION = String.raw`(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*版|[A-Za-z]\s*\d{1,3}\s*版?|\d{1,3}\s*版)`;
/** Lunar calendar note printed in headers: `农历庚子年十一月十三`. */
const LUNAR = String.raw`(?:农历\S{2,12})`;
/** A paper's name before the date: `平湖日报`, `XX晚报`, `XX报`. */
const PAPER = String.raw`(?:\S{1,10}报)`;
const SEP = String.raw`[\s|｜·•/／:：]*`;

// an edition mark may carry its column name (`A03版 要闻`)
/** Page credits printed in the header: `责任编辑：王某  版式：李某`. */
const DESK = String.raw`(?:责任编辑|责编|编辑|版式|美编|校对|组版|值班编辑)\s*[:：]\s*[㐀-鿿·]{1,4}`;
const HEADER_RE = new RegExp(String.raw`^(?:${PAPER}${SEP})?${DATE}${SEP}(?:(?:${WEEKDAY}|${LUNAR}|${EDITION}${SEP}[㐀-鿿]{0,8}|${DESK}|${PAPER})${SEP})*$`, 'u');
const HEADER_MARK_RE = new RegExp(`${WEEKDAY}|${EDITION}|${PAPER}|${LUNAR}|${DESK}`, 'u');
/** Without a date the mark must say 版: `第3版`, `A03版 要闻` (a bare `A3` may be anything). */
const EDITION_ONLY_RE = /^(?:第\s*[0-9一二三四五六七八九十]{1,3}|[A-Za-z]?\s*\d{1,3})\s*版[\s|｜·:：]*[\u3400-\u9fff·]{0,8}$/u;

/** The page's dateline: its date (`YYYY-MM-DD`, or null) and the 1-based numbers of the furniture lines. */
export interface PageDateline { date: string | null; lines: number[] }

function isoOf(m: RegExpExecArray): string | null {
  const y = +m[1]!;
  const mo = +(m[2] ?? m[4])!;
  const d = +(m[3] ?? m[5])!;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Finds the dateline and the furniture lines of a plain-text page or article. A date alone on a
 * line counts only where a column break cannot have put it: at the very top or bottom of the
 * text, or as a block of its own between blank lines.
 */
export function findPageDateline(text: string): PageDateline {
  const headers: string[] = [];
  const bare: string[] = [];
  const lines: number[] = [];
  const all = normalizeNewlines(text).split('\n').map((l) => l.trim());
  const first = all.findIndex((l) => l !== '');
  const last = all.length - 1 - [...all].reverse().findIndex((l) => l !== '');
  all.forEach((line, i) => {
    if (line === '' || line.length > 64) return;
    if (EDITION_ONLY_RE.test(line)) {
      lines.push(i + 1);
      return;
    }
    const m = HEADER_RE.exec(line);
    const date = m ? isoOf(m) : null;
    if (!m || !date) return;
    const dateText = new RegExp(DATE, 'u').exec(line)![0];
    if (HEADER_MARK_RE.test(line.replace(dateText, ''))) headers.push(date);
    else if (i === first || i === last || (!all[i - 1] && !all[i + 1])) bare.push(date);
    else return;
    lines.push(i + 1);
  });
  const date = headers[0] ?? (bare.length > 0 && bare.every((d) => d === bare[0]) ? bare[0]! : null);
  return { date, lines };
}

/** `text` with the given 1-based lines emptied (line numbers and blank-line structure kept). */
export function blankLines(text: string, lines: readonly number[]): string {
  if (lines.length === 0) return text;
  const drop = new Set(lines);
  return normalizeNewlines(text).split('\n').map((l, i) => (drop.has(i + 1) ? '' : l)).join('\n');
}
