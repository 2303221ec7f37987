/**
 * Who took part in each meeting of an article (ATTENDED, `as` chair / attendee / observer /
 * speaker). A person is tied to the last meeting reported at or before their sentence (a
 * session only mentioned as over, `刚刚闭幕的…`, takes nobody), and takes part when, in order:
 *  1. a verb of their own clause says how (attendance.ts: 主持, 出席, 列席, 讲话, 来到…会场 …);
 *  2. they are named as the one sworn in (`宣誓人X`, `领誓人X`);
 *  3. their sentence opens at the event (`座谈会上，`, `在随后召开的…推进会上，`, `分红现场…`) and
 *     they are in its first list of people or open a clause of it (`，村民X说`);
 *  4. they (or the list they close) convene the event in the same sentence (`X召开/开展 NAME`);
 *  5. their clause follows the meeting's in its own sentence (`…召开屋场会，副县长X与村民…`);
 *  6. they are listed after `出席会议的有`;
 *  7. they speak in the sentence after the one reporting or opening the meeting, or their
 *     speech is placed there (`X在会上发布`);
 *  8. at a competition, they win a prize (`X荣获一等奖`).
 * People in a list of names (`A、B、C出席`) are found first, by attendance-lists.ts.
 */
import type { AttendAs, ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Sentence } from './types.js';
import type { MeetingMention } from './meeting-names.js';
import { attendanceAfter, onlyTitlesBetween } from './attendance.js';
import { sentenceAt } from './sentences.js';
import { joinSoftSentences } from './soft-breaks.js';
import { titleStartsAt } from './title-grammar.js';

interface PersonAt { start: number; end: number; p: ExtractedEntity }
interface Held { m: MeetingMention; e: ExtractedEntity }

/** `座谈会上，`, `在随后召开的…推进会上，`, `会上，`, `活动现场，`: the sentence opens at the event. */
export const opensWithMeeting = (s: string) =>
  /^(?:在|于)?(?:[^，,。；;]{0,40}?(?:会|会议|仪式|典礼|活动|节|比赛|大赛|竞赛|座谈)(?:上|现场|期间)|会上|现场|会议期间)[，,]|^(?:活动|分红|颁奖|领奖|签约|发放|表彰|庆典|演出|联欢|开工|揭牌|启动)现场/u.test(s);

const SWORN_BEFORE = /(?:宣誓人|领誓人|监誓人)$/u;
/** Verbs after which a clause-opening person is not at the meeting even in its own sentence. */
const NOT_THERE = /^[^，。；,;]{0,6}?(?:辞去|辞职|委托|任命|免去|当选|被)/u;
const LISTED_RE = /(出席|参加|列席|与会)[^，。；,;]{0,8}?的(?:领导|嘉宾|人员|同志|单位和个人)?(?:还)?有[：:]?[^。；;]*$/u;
/** What the person does is placed at the meeting (`X在会上发布`, `X在推进会上强调`, `X在讲话中指出`). */
const PLACED_RE = /^在(?:会上|讲话中|致辞中|座谈中|[\u3400-\u9fff]{0,12}?(?:会|会议|仪式|活动)上)/u;
/** A speech verb right after the name (`X指出`, `X介绍`, `X在经验分享时说`). */
const SPEAKS_RE = /^(?:在[\u3400-\u9fff]{1,8}?[时中])?(?:指出|强调|要求|表示|希望|讲话|致辞|介绍|说)/u;
const CONVENE_BEFORE = /(?:召开|举行|举办|开展)(?:了)?$/u;

/** ATTENDED relations for the meetings of an article; `persons` are the article's people (found and listed). */
export function meetingAttendance(article: ExtractContext, meetings: Held[], persons: ExtractedEntity[]): ExtractedRelation[] {
  const text = article.article.text;
  // a line break inside a sentence (PDF text) does not end it: `副主任A、B、\nC出席会议`
  const ctx: ExtractContext = { ...article, sentences: joinSoftSentences(text, article.sentences) };
  const at: PersonAt[] = persons.flatMap((p) => p.mentions.map(([start, end]) => ({ start, end, p }))).sort((a, b) => a.start - b.start);
  const sentenceOf = (pos: number) => sentenceAt(ctx.sentences, text, pos);
  // the meetings that can take people, latest first, with the start of the sentence each is reported in
  const latestFirst = meetings.filter(({ m }) => !m.past).reverse().map((t) => ({ ...t, from: sentenceOf(t.m.start).start }));
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  at.forEach((x, i) => {
    const s = sentenceOf(x.start);
    const target = latestFirst.find((t) => t.from <= x.start) ??
      latestFirst.findLast(({ m }) => m.start >= s.end && m.start - s.end <= 2);
    if (!target) return;
    const as = roleOf(ctx, at, i, s, target.m);
    if (!as) return;
    const key = `${x.p.id}|${target.e.id}|${as}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ type: 'ATTENDED', from: x.p.id, to: target.e.id, props: { as }, evidence: { start: s.start, end: s.end, text: s.text }, extractor: 'meeting' });
  });
  return dropChairAsAttendee(out);
}

/** The rules of the file comment, in order; null when none places the person at the meeting. */
function roleOf(ctx: ExtractContext, at: PersonAt[], i: number, s: Sentence, m: MeetingMention): AttendAs | null {
  const text = ctx.article.text;
  const x = at[i]!;
  const next = at[i + 1] && at[i + 1]!.start < s.end ? at[i + 1]!.start : Infinity;
  const verb = attendanceAfter(text, x.end, s.end, next);
  // a `stop` verb only rules out the verb reading; being placed at the event by the sentence still counts
  if (verb && verb !== 'stop') return verb;
  if (SWORN_BEFORE.test(text.slice(Math.max(0, x.start - 3), x.start))) return 'attendee';
  const chain = listAround(text, at, i, s);
  if (opensWithMeeting(s.text) && (chain[0] === firstIn(at, s) || opensClause(text, s, at[chain[0]!]!))) return 'attendee';
  const inSentence = s.start <= m.start && m.start < s.end;
  if (inSentence && convenes(text, at[chain[chain.length - 1]!]!, at, m.start)) return 'attendee';
  if (inSentence && followsMeetingClause(ctx, at[chain[0]!]!, m) && !NOT_THERE.test(text.slice(x.end, s.end))) return 'attendee';
  const listed = LISTED_RE.exec(text.slice(s.start, x.start));
  if (listed) return listed[1] === '列席' ? 'observer' : 'attendee';
  if (chain[0] === i && speaksAfterOpener(ctx.sentences, text, s, m, x)) return 'speaker';
  if (verb !== 'stop' && m.kind === 'competition' && /^[^，。；,;]{0,24}?(?:荣获|获得)/u.test(text.slice(x.end, x.end + 30))) return 'attendee';
  return null;
}

/** Indexes of the list of people around `i` in its sentence: neighbours with only posts and list marks between. */
function listAround(text: string, at: PersonAt[], i: number, s: Sentence): number[] {
  let a = i;
  while (a > 0 && at[a - 1]!.start >= s.start && onlyTitlesBetween(text.slice(at[a - 1]!.end, at[a]!.start))) a--;
  let b = i;
  while (b + 1 < at.length && at[b + 1]!.start < s.end && onlyTitlesBetween(text.slice(at[b]!.end, at[b + 1]!.start))) b++;
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/** The person (or the list they head) opens a clause: only posts or labels before them in it (`，村民X说`). */
function opensClause(text: string, s: Sentence, x: PersonAt): boolean {
  const before = text.slice(s.start, x.start);
  const cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'));
  return cut >= 0 && onlyTitlesBetween(before.slice(cut + 1));
}

function firstIn(at: PersonAt[], s: Sentence): number {
  return at.findIndex((x) => x.start >= s.start && x.start < s.end);
}

/** The person (closing a list) is the subject of `…召开/开展 MEETING`, no other person in between. */
function convenes(text: string, last: PersonAt, at: PersonAt[], meetingStart: number): boolean {
  if (meetingStart <= last.end || !CONVENE_BEFORE.test(text.slice(Math.max(last.end, meetingStart - 6), meetingStart))) return false;
  return !at.some((y) => y.start >= last.end && y.start < meetingStart);
}

/**
 * The person's clause comes right after the clause that ends with the meeting's name, and opens
 * with their post, its body or their name (`…召开屋场会，县委常委、常务副县长X…`; not `，传达X…`).
 */
function followsMeetingClause(ctx: ExtractContext, first: PersonAt, m: MeetingMention): boolean {
  const text = ctx.article.text;
  if (first.start <= m.end) return false;
  const gap = text.slice(m.end, first.start);
  const comma = gap.search(/[，,]/u);
  if (comma < 0 || comma > 1 || !onlyTitlesBetween(gap.slice(comma + 1))) return false;
  const open = m.end + comma + 1;
  if (open === first.start || titleStartsAt(text, open)) return true;
  if (ctx.found.entities.some((e) => (e.type === 'Organization' || e.type === 'Place') && e.mentions.some(([a]) => a === open))) return true;
  // a body the other passes did not mark (`县委常委、…`), but not a verb (`传达市政协主席X…`)
  const word = ctx.tokenizer.tag(text.slice(open, first.start))[0];
  return !!word && !/^(?:v|vd|vn|d|p|c|u)$/u.test(word.tag);
}

/**
 * The person opening a clause after the meeting's sentence is at that meeting when what they do is
 * placed there (`X在会上发布…`, `X在讲话中指出`), or when they speak and the sentence right before
 * reports the meeting or opens with it (`随后召开座谈会。X强调`, `推介会上，…签约。就…，X强调`).
 */
function speaksAfterOpener(sentences: Sentence[], text: string, s: Sentence, m: MeetingMention, x: PersonAt): boolean {
  const before = text.slice(s.start, x.start);
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
  if (!onlyTitlesBetween(clause)) return false;
  const after = text.slice(x.end, x.end + 24);
  if (PLACED_RE.test(after)) return m.start < s.start;
  if (!SPEAKS_RE.test(after)) return false;
  const i = sentences.findIndex((y) => y.start === s.start);
  if (i <= 0) return false;
  // the whole sentence before (its parts up to 。, not only the last part after a ；)
  let j = i - 1;
  while (j > 0 && !/[。！？!?][”’」』）)"'》]*$/u.test(sentences[j - 1]!.text)) j--;
  const prev = { start: sentences[j]!.start, end: sentences[i - 1]!.end };
  return (m.start >= prev.start && m.start < prev.end) || (m.start < prev.start && opensWithMeeting(sentences[j]!.text));
}

/** A chair is not also listed as an attendee of the same meeting. */
function dropChairAsAttendee(rels: ExtractedRelation[]): ExtractedRelation[] {
  const chairs = new Set(rels.filter((r) => r.props.as === 'chair').map((r) => `${r.from}|${r.to}`));
  return rels.filter((r) => r.props.as === 'chair' || !chairs.has(`${r.from}|${r.to}`));
}
