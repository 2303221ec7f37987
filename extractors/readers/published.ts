/**
 * Publication dates: from the record, else from a date in the file name
 * (`2020-12-28`, `2020_12_28`, `20201228`, as archives name their pages), else
 * from the caller's default. Impossible dates are dropped with a warning.
 */
import { IsoDate } from '../../model/graph.schema.js';

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
