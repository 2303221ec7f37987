/**
 * Publication dates: from the record, else from a date in the file name
 * (`2020-12-28`, `2020_12_28`, `20201228`, as archives name their pages), else
 * (pages, HTML) from the page's own dateline or meta, else from the caller's
 * default; a page with none of these gets a date inferred from its own dated
 * events (inferPublished). Impossible dates are dropped with a warning.
 */
import { IsoDate, type DatePrecision } from '../../model/graph.schema.js';
import { findDates } from '../dates.js';
import { contextYear } from '../years.js';

/** A date written `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYY_MM_DD` or `YYYYMMDD`, not inside a longer number. */
const DATE_IN_NAME = /(?<!\d)((?:19|20)\d{2})([-_./]?)(\d{2})\2(\d{2})(?!\d)/;

/** True for a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(s: string): boolean {
  return IsoDate.safeParse(s).success;
}

/** The date written in a file's base name (`YYYY-MM-DD`, maybe impossible), or null. */
function nameDate(source: string): string | null {
  const base = source.split(/[\\/]/).pop() ?? source;
  const m = DATE_IN_NAME.exec(base);
  return m ? `${m[1]}-${m[3]}-${m[4]}` : null;
}

/** The real date in a file's base name, or null. */
export function dateFromFileName(source: string): string | null {
  const iso = nameDate(source);
  return iso && isIsoDate(iso) ? iso : null;
}

/**
 * Accepts `YYYY-MM-DD` and the common variants (`2020/12/28`, `2020.12.28`,
 * `20201228`, `2020年12月28日`) and returns ISO form; null when it is not a real date.
 */
export function parseDate(value: string): string | null {
  const s = value.trim();
  const m = /^((?:19|20)\d{2})(?:[-/.年]?)(\d{1,2})(?:[-/.月]?)(\d{1,2})日?$/.exec(s);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * Chooses an article's date: the record's, else the file name's, else the
 * default. A given but impossible date adds a warning and falls through.
 */
export function choosePublished(
  recordDate: string | null | undefined,
  source: string,
  fallback: string | null | undefined,
  warn: (message: string) => void,
  where = '',
): string | null {
  if (recordDate != null && recordDate !== '') {
    const iso = parseDate(recordDate);
    if (iso) return iso;
    warn(`${where}published "${recordDate}" is not a real date (YYYY-MM-DD); ignored`);
  }
  const fromName = nameDate(source);
  if (fromName && isIsoDate(fromName)) return fromName;
  if (fromName) warn(`date ${fromName} in the file name is not a real date; ignored`);
  if (fallback != null && fallback !== '') {
    const iso = parseDate(fallback);
    if (iso) return iso;
    warn(`default published date "${fallback}" is not a real date; ignored`);
  }
  return null;
}

/** A publication date with how it is known (model/graph.schema.ts: Article.published_precision, published_inferred). */
export interface PublishedDate {
  published: string | null;
  /** Set only when not a printed day. */
  precision?: DatePrecision;
  /** True when inferred from the page's own dated events and years. */
  inferred?: boolean;
}

/** `将于12月30日举行`: an announced date says nothing about when the page was printed. */
const ANNOUNCED_BEFORE = /(?:将|拟|定于|计划|预计|即将)[^，。；,;]{0,6}$/u;

/**
 * The date a page (or a text article) was printed when nothing prints it: its latest dated event,
 * in the latest year the page ties to its own time (years.ts). A page cannot be older than the
 * events it reports, so this is a lower bound on the issue date, usually a day or two early;
 * `precision: 'day'`, `inferred: true`. With a year but no event date: `YYYY-01-01`, precision
 * `year`. Announced dates (`将于…`), deadlines and printed other years do not count; null when no
 * year counts.
 */
export function inferPublished(texts: readonly string[]): PublishedDate | null {
  let year: number | null = null;
  for (const t of texts) {
    const y = contextYear(t);
    if (y !== null && (year === null || y > year)) year = y;
  }
  if (year === null) return null;
  let best: string | null = null;
  for (const t of texts) {
    for (const d of findDates(t, null)) {
      if (!d.monthDay || d.bound || d.vague || (d.printedYear !== null && d.printedYear !== year)) continue;
      if (ANNOUNCED_BEFORE.test(t.slice(Math.max(0, d.start - 12), d.start))) continue;
      const iso = `${year}-${d.monthDay}`;
      if (isIsoDate(iso) && (best === null || iso > best)) best = iso;
    }
  }
  return best ? { published: best, precision: 'day', inferred: true } : { published: `${year}-01-01`, precision: 'year', inferred: true };
}

/**
 * A page's or text article's date: the file name's, else the page's dateline, else the default,
 * else inferred from the texts (inferPublished). Warnings as in choosePublished.
 */
export function pagePublished(source: string, dateline: string | null, texts: readonly string[], fallback: string | null | undefined, warn: (message: string) => void): PublishedDate {
  const printed = choosePublished(null, source, null, warn) ?? dateline ?? choosePublished(null, '', fallback, warn);
  if (printed) return { published: printed };
  return inferPublished(texts) ?? { published: null };
}
