/**
 * Dates printed in news text, resolved against the publication date:
 * `12月25日上午`, `12月 25日` (PDF spacing), `2020年12月25日`, `13日`,
 * `昨日`/`昨天`/`前天`/`今天`/`当天`, with the part of the day when printed.
 * The year comes from the text when printed, else from the publication date
 * (a month after the month means the previous year), else from a
 * `20xx年` elsewhere in the text; otherwise the date stays unknown (null).
 */
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night' | null;
export interface DateMention { start: number; end: number; date: string | null; partOfDay: PartOfDay }

const PARTS: Array<[RegExp, PartOfDay]> = [
  [/^(?:上午|早上|早晨|清晨)/u, 'morning'], [/^中午/u, 'noon'], [/^下午/u, 'afternoon'],
  [/^(?:晚上|傍晚|晚间|晚)/u, 'evening'], [/^(?:凌晨|夜间|深夜)/u, 'night'],
];
const DATE_RE = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号]|(昨日|昨天|前天|前日|今天|今日|当天|当日)/gu;
const YEAR_RE = /((?:19|20)\d{2})\s*年/u;

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

const RELATIVE: Record<string, number> = { 昨日: -1, 昨天: -1, 前天: -2, 前日: -2, 今天: 0, 今日: 0, 当天: 0, 当日: 0 };

/** Every date mention in `text`, resolved against `published` (YYYY-MM-DD or null). */
export function findDates(text: string, published: string | null): DateMention[] {
  const textYear = YEAR_RE.exec(text)?.[1];
  const pub = published ? { y: +published.slice(0, 4), m: +published.slice(5, 7) } : null;
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    let date: string | null = null;
    if (m[4]) {
      if (m[4] === '当天' || m[4] === '当日') date = out[out.length - 1]?.date ?? published;
      else date = published ? shift(published, RELATIVE[m[4]]!) : null;
    } else {
      const month = m[2] ? +m[2] : pub?.m;
      const day = +m[3]!;
      let year = m[1] ? +m[1] : pub ? pub.y : textYear ? +textYear : undefined;
      if (!m[1] && pub && month !== undefined && month > pub.m + 1) year = pub.y - 1;
      if (!m[2] && !m[1] && !/^\d{1,2}\s*日/u.test(m[0])) continue;
      date = year !== undefined && month !== undefined ? iso(year, month, day) : null;
    }
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 3);
    const part = PARTS.find(([re]) => re.test(after));
    const partLen = part ? (part[0].exec(after)?.[0].length ?? 0) : 0;
    out.push({ start: m.index, end: end + partLen, date, partOfDay: part ? part[1] : null });
  }
  return out;
}
