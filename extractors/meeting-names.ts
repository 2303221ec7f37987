/**
 * Meeting and event names in the text, only where the text reports them as
 * taking place: `召开/举行/举办 NAME` (a bare `…会` such as 屋场会 too, and
 * `召开/举行 协商座谈`), `开展 NAME` for meeting words (and for an `…活动` dated to a
 * day in its sentence), `刚刚闭幕的 NAME`, `NAME (在X) 召开/举行/举办/开幕`,
 * a clause opened by `(在)NAME上，`, and a speech placed at it (`X在NAME上讲话`).
 * Names studied or relayed (`学习…会议精神`), announced (`将于…召开`), past
 * (`去年召开的…`) or only described (`是…召开的一次重要会议`) are not events; a
 * generic opener (`座谈会上，`, `在这场颁奖典礼上，`) after an event already
 * reported is that event again, not a new one.
 */
import { NAME_BODY, STRICT_SUFFIXES, STRICT_SUFFIX_RE, SUFFIX_ALT, SUFFIX_END_RE, kindOf, trimName, type MeetingKind } from './meeting-name-shape.js';

export type { MeetingKind } from './meeting-name-shape.js';
export interface MeetingMention {
  start: number; end: number; name: string; kind: MeetingKind; placeText: string | null; placeStart: number;
  /** Reported as already over (`刚刚闭幕的…`): only a date printed in its own sentence is its date. */
  past?: boolean;
}

// 召开/举行/举办 NAME; `刚刚闭幕的 NAME`
// (the name may be a bare suffix word: `随后召开的座谈会上`; push() still wants three characters)
const VERB_FIRST_RE = new RegExp(`(?:主持召开|召开了|召开|举行了|举行|举办了|举办|闭幕的|结束的)(的)?(${NAME_BODY}{0,60}(?:${SUFFIX_ALT}))`, 'gu');
// a bare `…会` or `…座谈` right after the verb, up to punctuation or 上 (`召开屋场会，`, `举行协商座谈。`)
const BODY_KAI = /(?:社会|协会|学会|委员会|商会|工会|理事会|董事会|联合会|促进会|研究会|基金会|居委会|村委会|红十字会)$/u;
const VERB_GENERIC_RE = /(?:召开了|召开|举行了|举行|举办了|举办)([\u3400-\u9fff（）()]{1,12}?(?:会|座谈))(?=[，。；,;：:\s上]|$)/gu;
// 开展 NAME: meeting words; `…活动` only with a day printed before it in the sentence (a campaign has none)
// (only the strict meeting words and 活动: a short alternation, since 开展 is frequent)
const KAIZHAN_RE = new RegExp(`开展了?(${NAME_BODY}{1,60}(?:${STRICT_SUFFIXES.join('|')}|活动))`, 'gu');
// NAME (在X|于X) 召开/举行/…: found from the verb backwards (a forward regex would try every start position)
const HELD_VERB_RE = /(?:隆重|顺利|正式|成功|盛大|圆满)?(?:召开|举行|举办|开幕|启动|开班|闭幕|落幕|落下帷幕|拉开帷幕)/gu;
const CLAUSE_PUNCT = /[，。；,;\n：:]/u;
/** An event named right after the verb, up to the end of the clause (`…会议举行预备会议。`). */
const NAMED_AFTER_VERB_RE = new RegExp(`^了?${NAME_BODY}{0,40}(?:${SUFFIX_ALT})(?:[，。；,;\\s]|$)`, 'u');
const TRAILING_TIME_RE = /(?:(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日|昨日|昨天|今天|今日|日前|近日|当天|当日)?(?:上午|下午|晚上|晚间|中午)?$/u;
/** `…邻里节分会场在此拉开帷幕`: the venue word after the name is not part of it. */
const VENUE_TAIL_RE = /(?:分会场|主会场|会场|现场)$/u;
// `X在NAME上讲话/强调`: a speech placed at the event reports it as held (`…会议上的讲话` is relayed: NOT_HELD_AFTER)
// (found from 上 + the speech verb backwards to the last 在: a forward regex would try every name length)
const SPOKEN_AT_RE = /上(?=[，,]?(?:讲话|致辞|强调|指出|表示|发言|要求|作))/gu;
const NAME_ONLY_RE = new RegExp(`^${NAME_BODY}+$`, 'u');
// `(在)NAME上，`: found from `上，` backwards to the clause start
const OPENER_RE = /上[，,]/gu;
const OPENER_LEAD = /^(?:在|于)?/u;
/** Anaphoric or generic opener names: the event reported before, not a new one. */
const GENERIC_OPENER = new RegExp(`^(?:这场|这次|此次|本次|该|当天的|当日的)|^(?:[\\u3400-\\u9fff]{0,2})(?:${SUFFIX_ALT})$`, 'u');

const NOT_HELD_BEFORE = /(?:学习|传达|贯彻|落实|领会|宣传|研究|审议|筹备|将于|即将|拟于|拟|计划|定于|准备|保障|确保|迎接|去年|前年|上年|上次|上一次|上届|往年|历届)[^，。；,;]{0,20}$/u;
/** A name never starts with a particle or verb (`是小学生…比赛` is `是` + a name). */
const BAD_START = /^(?:以|为|是|对|把|将|在|从|向|与|和|及|保障|确保|迎接|并|也|还|又|就)/u;
/** `…会议精神`, `…会议上的讲话` (relayed), `…会议召开的时间` (planned), `…会议12次` (a tally). */
const NOT_HELD_AFTER = /^(?:精神|上的讲话|筹备|的筹备|\s*[0-9一二三四五六七八九十百]+\s*(?:余|多)?\s*(?:次|场|期))/u;
/** A tally of events, not one event: `共召开…`, `累计举办…`, `各类活动`, `系列活动`. */
const TALLY_BEFORE = /(?:^|[^中公])(?:共|共计|累计|总计)(?:召开|举办|举行|开展)了?$/u;
const TALLY_NAME = /^(?:各类|各种|各项|多场|多次|系列|一系列|若干)/u;
/** Tours are not meetings (`交叉视察活动`, `调研活动`). */
const TOUR_NAME_RE = /(?:视察|调研|考察|走访|参观|督查|检查|观摩|慰问)活动$/u;
const PLANNED_AFTER = /^(?:召开|举行|举办)的(?:时间|地点|日期|议程|有关|相关|具体|筹备|事宜)/u;

/** `NAME (在X) 召开`: the clause before the verb at `verbAt`, split at 在/于 when what precedes ends like an event name. */
function nameBeforeVerb(text: string, verbAt: number, verbEnd: number): { start: number; name: string; placeText: string | null; placeStart: number } | null {
  if (PLANNED_AFTER.test(text.slice(verbAt, verbAt + 8))) return null;
  let clauseStart = Math.max(0, verbAt - 90);
  for (let i = verbAt - 1; i >= clauseStart; i--) if (CLAUSE_PUNCT.test(text[i]!)) { clauseStart = i + 1; break; }
  // `…茶文化节昨日落下帷幕`: a time word between the name and the verb
  const clause = text.slice(clauseStart, verbAt).replace(TRAILING_TIME_RE, '');
  let namePart = clause;
  let placeText: string | null = null;
  let placeStart = -1;
  if (!SUFFIX_END_RE.test(clause)) {
    const at = Math.max(clause.lastIndexOf('在'), clause.lastIndexOf('于'));
    if (at < 0 || verbAt - (clauseStart + at) > 26) return null;
    namePart = clause.slice(0, at).replace(VENUE_TAIL_RE, '');
    if (!SUFFIX_END_RE.test(namePart)) return null;
    if (clause[at] === '在' && clause.slice(at + 1) !== '此') {
      placeText = clause.slice(at + 1);
      placeStart = clauseStart + at + 1;
    }
  }
  // `县人大常委会召开第N次会议`: before the verb, 常委会 is the body that convenes, not the meeting;
  // `县政协十一届一次会议举行预备会议`: the session convenes the event named after the verb
  if (/常委会$/u.test(namePart) || NAMED_AFTER_VERB_RE.test(text.slice(verbEnd, verbEnd + 48))) return null;
  const t = trimName(namePart);
  return t ? { start: clauseStart + t.cut, name: t.name, placeText, placeStart } : null;
}

/** True when the clause before `at` says what the name is (`…是在…召开的一次重要会议`): a description. */
function predicative(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i > at - 60 && !/[，。；,;\n]/u.test(text[i]!)) i--;
  return /是/u.test(text.slice(i + 1, at));
}

/** A day (not a span, not 近日) printed before `at` in its sentence. */
function dayBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && i > at - 80 && !/[。；;\n]/u.test(text[i]!)) i--;
  const before = text.slice(i + 1, at);
  return !/[日号]\s*(?:至|到|—|－|-|~|～)/u.test(before) && /\d{1,2}\s*[日号]|昨日|昨天|今天|当天/u.test(before);
}

/** Drops a quote mark at either end that has no partner inside the name (`“迎新春”…活动` keeps both). */
function unpairedQuotesOff(name: string): string {
  let n = name;
  if (n.startsWith('“') && !n.includes('”')) n = n.slice(1);
  if (n.endsWith('”') && !n.includes('“')) n = n.slice(0, -1);
  if (n.startsWith('"') && (n.match(/"/gu)?.length ?? 0) % 2 === 1) n = n.slice(1);
  if (n.endsWith('"') && (n.match(/"/gu)?.length ?? 0) % 2 === 1) n = n.slice(0, -1);
  return n;
}

/** Event names reported as taking place, in text order, without duplicates. */
export function findMeetings(text: string): MeetingMention[] {
  const out: MeetingMention[] = [];
  interface PushOpts { placeText?: string | null; placeStart?: number; opener?: boolean; past?: boolean; bare?: boolean }
  const push = (start: number, raw: string, o: PushOpts = {}): void => {
    const { placeText = null, placeStart = -1, opener = false, past = false, bare = false } = o;
    const t = trimName(raw.trim());
    if (!t) return;
    const name = unpairedQuotesOff(t.name);
    if (name.length < 3 || !(SUFFIX_END_RE.test(name) || (bare && /(?:会|座谈)$/u.test(name))) || BAD_START.test(name) || TOUR_NAME_RE.test(name)) return;
    const s = start + raw.indexOf(t.name) + t.name.indexOf(name);
    if (NOT_HELD_BEFORE.test(text.slice(Math.max(0, s - 24), s)) || TALLY_BEFORE.test(text.slice(Math.max(0, s - 8), s)) || TALLY_NAME.test(name)) return;
    if (NOT_HELD_AFTER.test(text.slice(s + name.length, s + name.length + 5))) return;
    const e = s + name.length;
    // a longer reading of the same words wins (`…活动启动仪式举行` over `…活动` before 启动)
    const inner = out.findIndex((x) => s <= x.start && e >= x.end && e - s > x.end - x.start);
    if (inner >= 0 && !out.some((x, i) => i !== inner && s < x.end && e > x.start)) out.splice(inner, 1);
    if (out.some((x) => (s < x.end && e > x.start) || x.name.includes(name))) return;
    // a generic or anaphoric opener after an event already reported is that event
    if (opener && GENERIC_OPENER.test(raw.trim()) && out.some((x) => x.start < s)) return;
    out.push({ start: s, end: e, name, kind: kindOf(name), placeText, placeStart, ...(past ? { past } : {}) });
  };
  for (const m of text.matchAll(VERB_FIRST_RE)) {
    if (m[1] && predicative(text, m.index)) continue;
    push(m.index + m[0].length - m[2]!.length, m[2]!, { past: /^(?:闭幕|结束)的/u.test(m[0]) });
  }
  for (const m of text.matchAll(VERB_GENERIC_RE)) {
    if (!BODY_KAI.test(m[1]!)) push(m.index + m[0].length - m[1]!.length, m[1]!, { bare: true });
  }
  for (const m of text.matchAll(KAIZHAN_RE)) {
    const name = m[1]!;
    if (STRICT_SUFFIX_RE.test(name) || (/活动$/u.test(name) && dayBefore(text, m.index))) push(m.index + m[0].length - name.length, name);
  }
  for (const m of text.matchAll(HELD_VERB_RE)) {
    const held = nameBeforeVerb(text, m.index, m.index + m[0].length);
    if (held) push(held.start, held.name, { placeText: held.placeText, placeStart: held.placeStart });
  }
  for (const m of text.matchAll(OPENER_RE)) {
    let from = m.index - 1;
    while (from >= 0 && m.index - from <= 40 && !/[，。；,;\n：:]/u.test(text[from]!)) from--;
    const clause = text.slice(from + 1, m.index);
    const lead = OPENER_LEAD.exec(clause)![0].length;
    const raw = clause.slice(lead);
    if (NAME_ONLY_RE.test(raw) && SUFFIX_END_RE.test(raw)) push(from + 1 + lead, raw, { opener: true });
  }
  for (const m of text.matchAll(SPOKEN_AT_RE)) {
    const from = Math.max(0, m.index - 42);
    const at = text.lastIndexOf('在', m.index - 1);
    if (at < from) continue;
    const raw = text.slice(at + 1, m.index);
    if (NAME_ONLY_RE.test(raw)) push(at + 1, raw);
  }
  return out.sort((a, b) => a.start - b.start);
}
