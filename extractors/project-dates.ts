/**
 * The date of a project step as printed near its stage word, with its precision:
 * `2021年3月2日`, `3月2日`, `2日` (day), `2021年3月`, `今年6月`, `3月底` (month), `2021年`,
 * `去年`, `年底` (year); resolved against the publication date. Without a printed date a step
 * reported as happening now (`目前`, `正在`, `今天`) takes the publication date, one reported as
 * recent (`近日`, `日前`) its month. Pure text functions.
 */
import type { DatePrecision } from '../model/graph.schema.js';

/** A resolved date: always a full `YYYY-MM-DD`, meaningful to its precision. */
export interface StepDate { date: string; precision: DatePrecision }

/** A date printed in a text, at `[start, end)`; `date` null when it cannot be resolved (no year known). */
export interface DateHit extends Partial<StepDate> { start: number; end: number; date?: string }

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function shift(iso: string, days: number): string {
  const dt = new Date(`${iso}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

const NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : NUM[s] ?? NaN);

// year? month? day?, starting at a digit or a year word (the lookahead keeps empty matches away)
const DATE_RE = /(?=[\d今去明前同当次一二三四五六七八九十])(?:((?:19|20)\d{2})\s*年|(今|去|明|前|同|当|次)年)?\s*(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份)?)?\s*(?:(\d{1,2})\s*[日号]|(初|上旬|中旬|下旬|底|末|中))?/gu;
const ANY_DATE = /[年月日号]|昨天|前天|今天|当天/u;
const RELATIVE_DAY: Record<string, number> = { 昨日: -1, 昨天: -1, 前天: -2, 前日: -2, 今天: 0, 今日: 0, 当天: 0, 当日: 0 };
const RELATIVE_RE = /昨日|昨天|前天|前日|今天|今日|当天|当日/gu;

/**
 * Every date printed in `text`, resolved against `published` (YYYY-MM-DD or null). `future`
 * says the text speaks of plans: a month after the month then stays in the year
 * (a March paper's `10月竣工` is this October), else it belongs to the year before.
 */
export function findStepDates(text: string, published: string | null, future = false): DateHit[] {
  // most sentences print no date: one cheap test spares the date grammar
  if (!ANY_DATE.test(text)) return [];
  const pub = published ? { y: +published.slice(0, 4), m: +published.slice(5, 7) } : null;
  const out: DateHit[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const [all, year, relYear, month, day, part] = m;
    if (!all!.trim() || (!year && !relYear && !month && !day)) continue;
    // a bare `3日` needs a day word right after the digits; `3号楼` is no date
    if (day && !month && !year && !relYear && /^号/u.test(all!.slice(all!.search(/[日号]/u)))) continue;
    const start = m.index + (all!.length - all!.trimStart().length);
    const end = m.index + all!.length;
    let y: number | null = year ? +year : null;
    // 同年/当年/次年: the year of the date printed before (2021年6月签约，同年9月开工)
    const prevYear = [...out].reverse().find((d) => d.date)?.date?.slice(0, 4);
    if (relYear && '同当次'.includes(relYear)) y = prevYear ? +prevYear + (relYear === '次' ? 1 : 0) : null;
    else if (relYear) y = pub ? pub.y + ({ 今: 0, 去: -1, 明: 1, 前: -2 } as Record<string, number>)[relYear]! : null;
    const mo = month ? num(month) : null;
    if (y === null && pub) {
      y = pub.y;
      const mm = mo ?? pub.m;
      if (!future && mm > pub.m + 1) y -= 1;
    }
    // `5月10日至11日`: the end of a range is no date of its own
    if (day && mo === null && !year && !relYear && /[至到\-—~～]\s*$/u.test(text.slice(Math.max(0, start - 2), start)) && out.length && out[out.length - 1]!.end >= start - 2) continue;
    if (day && mo === null && !year && !relYear) {
      // `13日`: a day of the month
      const d = pub ? valid(pub.y, pub.m, +day) : null;
      out.push(d ? { start, end, date: d, precision: 'day' } : { start, end });
      continue;
    }
    if (y === null) { out.push({ start, end }); continue; }
    if (mo === null) {
      out.push({ start, end, date: `${y}-01-01`, precision: 'year' });
      continue;
    }
    if (!(mo >= 1 && mo <= 12)) continue;
    const d = day ? valid(y, mo, +day) : `${y}-${pad(mo)}-01`;
    if (!d) continue;
    out.push({ start, end, date: d, precision: day && !part ? 'day' : 'month' });
  }
  for (const m of text.matchAll(RELATIVE_RE)) {
    if (!published) continue;
    out.push({ start: m.index, end: m.index + m[0].length, date: shift(published, RELATIVE_DAY[m[0]]!), precision: 'day' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Words that place a step at the publication date (now) or in its month (recently). */
const NOW_RE = /目前|当前|眼下|现已|如今/u;
const RECENT_RE = /日前|近日|近期|连日来/u;
/** A scene under way (`施工人员正在…`): at the time of the article's event when it has one. */
const SCENE_RE = /正在|正抓紧|正加紧|正忙/u;

/** What else decides a step's date besides its sentence. */
export interface StepDateContext {
  /** The stage word is a plan: only its own clause dates it. */
  future?: boolean;
  /** The day of the article's event (its lead's date), for scenes told as under way. */
  scene?: StepDate | null;
  /** Where an earlier stage word of the sentence ends: dates before it are that stage's. */
  after?: number;
}

/**
 * The date of the stage word at `at` in `sentence`: the nearest printed date before it in the
 * sentence (and after an earlier stage word), else the first after it in its clause, else the
 * publication date (day) for `目前`, its month for `近日/日前`, the article's event day for a
 * scene under way (`正在`); null when nothing tells.
 */
export function stepDate(sentence: string, at: number, published: string | null, o: StepDateContext = {}): StepDate | null {
  const dates = findStepDates(sentence, published, o.future).filter((d): d is DateHit & StepDate => !!d.date);
  // a plan is dated in its own clause (`…，预计明年6月竣工`), an event may be by the sentence's lead
  const clauseStart = o.future ? Math.max(...[...sentence.slice(0, at).matchAll(/[，。；,;]/gu)].map((m) => m.index + 1), 0) : 0;
  const before = dates.filter((d) => d.end <= at && d.start >= Math.max(clauseStart, o.after ?? 0));
  // a date after the stage word counts only in its own clause (`3月2日开工` but not `施工，预计明年6月竣工`)
  const clauseEnd = at + (/[，。；,;]/u.exec(sentence.slice(at))?.index ?? sentence.length);
  let pick = before[before.length - 1] ?? dates.find((d) => d.start >= at && d.end <= clauseEnd);
  // `1月14日，一月份重点项目集中开工`: a day earlier in the sentence refines the month nearer the stage
  const finer = pick && pick.precision !== 'day' ? before.find((d) => d.precision === 'day' && d.date.startsWith(datePrefix(pick!))) : undefined;
  if (finer) pick = finer;
  if (pick) return { date: pick.date, precision: pick.precision };
  if (!published) return null;
  if (NOW_RE.test(sentence)) return { date: published, precision: 'day' };
  if (RECENT_RE.test(sentence)) return { date: `${published.slice(0, 7)}-01`, precision: 'month' };
  if (SCENE_RE.test(sentence)) return o.scene ?? { date: published, precision: 'day' };
  return null;
}

/** The date as far as its precision goes (`2021-03` for month precision), as gold files write it. */
export function datePrefix(d: StepDate): string {
  return d.precision === 'day' ? d.date : d.precision === 'month' ? d.date.slice(0, 7) : d.date.slice(0, 4);
}
