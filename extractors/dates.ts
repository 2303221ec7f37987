/**
 * Dates printed in news text, resolved against the publication date:
 * `12月25日上午`, `12月 25日` (PDF spacing), `2020年12月25日`, `13日`,
 * `昨日`/`昨天`/`前天`/`今天`/`当天`, a bare `下午` (the day last named, else the
 * issue's), `本月` (month precision), with the part of the day when printed.
 *
 * The year comes from the text when printed with the date, else from the
 * publication date (a month after the month means the previous year),
 * else from the years the article itself ties to its own time (years.ts); when
 * none of these holds, `date` stays null and `monthDay` keeps what was printed.
 * Relative words (`昨天`, `今天`) are resolved only against a printed issue
 * date, never against one inferred from the page. `近日`/`日前` say the event
 * has no printed date (`vague`). Deadlines (`截至10月31日`) and the two ends
 * of a span (`9月15日至22日`) are flagged so that callers do not take them for
 * the day an event took place.
 */
import type { DatePrecision } from '../model/graph.schema.js';
import { contextYear } from './years.js';

export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | null;

/** One date phrase and what it resolves to. */
export interface DateMention {
  start: number;
  end: number;
  /** Full `YYYY-MM-DD` when year, month and day are known (with `precision` month: the 1st). */
  date: string | null;
  precision: DatePrecision | null;
  partOfDay: PartOfDay;
  /** `MM-DD` as printed when month and day are known, whatever the year. */
  monthDay: string | null;
  /** The year printed with the date (`2019年3月5日`), else null. */
  printedYear: number | null;
  /** One end of a span of days (`5月20日至22日`): the event's own day is not known from it. */
  range: boolean;
  /** `近日`, `日前`: the text says the day is not given. */
  vague: boolean;
  /** A deadline or starting point (`截至10月31日`, `10月1日起`), not the day of an event. */
  bound: boolean;
}

/** What dates are resolved against. */
export interface DateContext {
  /** The publication date, `YYYY-MM-DD`, or null. */
  published: string | null;
  /** False when `published` is inferred from the page or not a day: relative words are not resolved then. */
  exact?: boolean;
}

const PARTS: Array<[RegExp, PartOfDay]> = [
  [/^(?:上午|早上|早晨|清晨)/u, 'morning'], [/^中午/u, 'noon'], [/^下午/u, 'afternoon'],
  [/^(?:晚上|傍晚|晚间|当晚|晚)/u, 'evening'], [/^(?:凌晨|夜间|深夜)/u, 'night'],
];
// 1-3: year, month, day; 4: a relative word; 5: a vague word; 6: a part of day (bare only where it opens a clause)
// (every alternative starts with a digit or a literal, so the engine can skip ahead; no lookbehind)
const DATE_RE = new RegExp([
  '(?:(\\d{4})\\s*年\\s*)?(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*[日号]',
  '(昨日|昨天|前天|前日|今天|今日|当天|当日|本月)',
  '(近日|日前|近期|前不久|不久前|最近)',
  '(上午|下午|中午|晚上|当晚|傍晚)',
].join('|'), 'gu');
/** What may stand before a bare part of day that opens a clause: nothing, punctuation, a space, `本报讯`. */
const BARE_PART_BEFORE = /^$|[，。；！？,;!?\s）)】讯]/u;
const SPAN_AFTER = /^\s*(?:至|到|—|－|-|~|～)\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]/u;
const BOUND_BEFORE = /(?:截至|截止|到|至|自|从)\s*$/u;
const BOUND_AFTER = /^(?:前(?![往来去夕])|以前|之前|以来|起(?!草)|止|为止|截止)/u;

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function shift(published: string, days: number): string {
  const dt = new Date(`${published}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

const RELATIVE: Record<string, number> = { 昨日: -1, 昨天: -1, 前天: -2, 前日: -2, 今天: 0, 今日: 0 };

/** Every date mention in `text`, resolved against the publication date (`YYYY-MM-DD` or null, or a DateContext). */
export function findDates(text: string, reference: string | null | DateContext): DateMention[] {
  const ctx: DateContext = typeof reference === 'object' && reference !== null ? reference : { published: reference };
  const published = ctx.published;
  const exact = published !== null && ctx.exact !== false;
  const pub = published ? { y: +published.slice(0, 4), m: +published.slice(5, 7) } : null;
  let textYear: number | null | undefined; // computed on first need: most articles have a publication date
  const out: DateMention[] = [];
  let spanNext = false;
  let lastEnd = 0;
  for (const m of text.matchAll(DATE_RE)) {
    // a part of day already read with its date (`25日上午`), or one inside a word
    if (m[6] && (m.index < lastEnd || !BARE_PART_BEFORE.test(text[m.index - 1] ?? ''))) continue;
    const d: DateMention = { start: m.index, end: m.index + m[0].length, date: null, precision: null, partOfDay: null, monthDay: null, printedYear: null, range: false, vague: false, bound: false };
    const last = out[out.length - 1];
    if (m[5]) d.vague = true;
    else if (m[6]) {
      // a bare `下午，` is the day last named, else the issue's own day
      const base = last && !last.vague ? last : null;
      d.date = base ? base.date : exact ? published : null;
      d.monthDay = base ? base.monthDay : d.date ? d.date.slice(5) : null;
      d.precision = d.date ? 'day' : null;
    } else if (m[4] === '当天' || m[4] === '当日') {
      d.date = last ? last.date : exact ? published : null;
      d.monthDay = last ? last.monthDay : d.date ? d.date.slice(5) : null;
      d.precision = d.date ? (last?.precision ?? 'day') : null;
    } else if (m[4] === '本月') {
      if (exact) [d.date, d.precision] = [`${published!.slice(0, 7)}-01`, 'month'];
    } else if (m[4]) {
      if (exact) [d.date, d.precision] = [shift(published!, RELATIVE[m[4]]!), 'day'];
      d.monthDay = d.date ? d.date.slice(5) : null;
    } else {
      const month = m[2] ? +m[2] : pub?.m;
      const day = +m[3]!;
      d.printedYear = m[1] ? +m[1] : null;
      let year: number | null = m[1] ? +m[1] : pub ? pub.y : null;
      if (!m[1] && pub && month !== undefined && month > pub.m + 1) year = pub.y - 1;
      if (year === null && month !== undefined) year = textYear === undefined ? (textYear = contextYear(text)) : textYear;
      if (month !== undefined && iso(2000, month, day)) d.monthDay = `${pad(month)}-${pad(day)}`;
      d.date = year !== null && month !== undefined ? iso(year, month, day) : null;
      d.precision = d.date ? 'day' : null;
      d.range = spanNext;
      spanNext = false;
      if (SPAN_AFTER.test(text.slice(d.end, d.end + 16))) d.range = spanNext = true;
      d.bound = !d.range && (BOUND_BEFORE.test(text.slice(Math.max(0, d.start - 3), d.start)) || BOUND_AFTER.test(text.slice(d.end, d.end + 2)));
    }
    if (!m[6]) {
      const after = text.slice(d.end, d.end + 3);
      const part = PARTS.find(([re]) => re.test(after));
      if (part && !m[5]) {
        d.partOfDay = part[1];
        d.end += part[0].exec(after)?.[0].length ?? 0;
      }
    } else d.partOfDay = PARTS.find(([re]) => re.test(m[6]!))?.[1] ?? null;
    out.push(d);
    lastEnd = d.end;
  }
  return out;
}
