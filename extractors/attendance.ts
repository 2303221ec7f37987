/**
 * Who took part in an event and how, from the verb that follows a person in
 * the same sentence: 主持 → chair; 出席/参加/与会/应邀出席/下达开工令/宣誓/领誓/座谈/
 * 领奖/来到…会场 → attendee; 列席 → observer; 讲话/致辞/发言/发表…讲话 → speaker. Any
 * other verb in between (陪同, 委托, 考察, 说 …) ends the search: that person did something else.
 */
import type { AttendAs } from '../model/graph.schema.js';
import { bodyPrefix, titleMatches } from './title-grammar.js';

/**
 * True when the text between two people is only titles and list punctuation (`，副市长`, `、`),
 * so a verb after the second also belongs to the first; false when the first has a predicate
 * of their own (`通报了防汛形势，县长`).
 */
export function onlyTitlesBetween(gap: string): boolean {
  let v = gapMemo.get(gap);
  if (v === undefined) {
    if (gapMemo.size >= 20_000) gapMemo.clear();
    gapMemo.set(gap, (v = titlesOnly(gap)));
  }
  return v;
}

/** The same gaps recur for every person of a list and every rule that asks (pure, so memoised). */
const gapMemo = new Map<string, boolean>();

/** A rank (`正县级`, `副处级`): stripped before titles are matched, since `县级干部` is also a title and would leave `正` behind. */
const RANK_RE = /[正副](?:省部|厅局|地厅|县处|乡科|省|厅|地|县|处|乡|科)级|(?:省部|厅局|地厅|县处|乡科)级/gu;

function titlesOnly(raw: string): boolean {
  const gap = raw.replace(RANK_RE, '');
  let rest = gap;
  for (const m of titleMatches(gap).reverse()) {
    // an acting post (`区检察院代检察长`): the body is printed before 代
    const acting = gap[m.index - 1] === '代' ? 1 : 0;
    const start = m.index - acting - bodyPrefix(gap, m.index - acting).length;
    rest = rest.slice(0, start) + rest.slice(m.index + m.text.length);
  }
  // `同志` after a name and an acting mark (`代检察长`) are part of the list, not a predicate
  return /^[\s、，,和及与以及等]*$/u.test(rest.replace(/同志|代(?=[、，,]|$)|(?:省|厅|地|县|处|乡|科)级/gu, ''));
}

const VERBS: Array<[string, AttendAs | null]> = [
  ['受委托主持', 'chair'], ['主持召开', 'chair'], ['主持', 'chair'],
  ['应邀出席', 'attendee'], ['应邀参加', 'attendee'], ['应邀列席', 'observer'], ['列席', 'observer'],
  ['出席', 'attendee'], ['参加了', 'attendee'], ['参加', 'attendee'], ['与会', 'attendee'], ['下达开工令', 'attendee'],
  ['宣誓', 'attendee'], ['座谈', 'attendee'], ['作报告', 'speaker'], ['讲话', 'speaker'], ['致辞', 'speaker'],
  ['致开幕辞', 'speaker'], ['致开幕词', 'speaker'], ['致闭幕辞', 'speaker'], ['致闭幕词', 'speaker'], ['致欢迎辞', 'speaker'],
  ['致欢迎词', 'speaker'], ['致贺词', 'speaker'], ['致答谢辞', 'speaker'], ['致答谢词', 'speaker'],
  ['发言', 'speaker'], ['颁奖', 'attendee'], ['揭牌', 'attendee'], ['通报', 'attendee'], ['宣读', 'attendee'],
  ['汇报', 'attendee'], ['宣布', 'attendee'], ['颁发', 'attendee'], ['领誓', 'attendee'], ['诵读誓词', 'attendee'],
  ['登上领奖台', 'attendee'], ['上台领奖', 'attendee'], ['领奖', 'attendee'], ['发表', 'speaker'],
  // verbs that mean the person did something else
  ['陪同', null], ['委托', null], ['考察', null], ['调研', null], ['视察', null], ['察看', null], ['说', null],
  ['表示', null], ['指出', null], ['强调', null], ['介绍', null], ['率', null], ['带队', null], ['任命', null],
  ['辞去', null], ['辞职', null], ['走访', null], ['参观', null], ['看望', null], ['慰问', null], ['会见', null],
  ['希望', null], ['要求', null], ['来到', null], ['走进', null], ['深入', null], ['冒着', null], ['听取', null],
];
/** `来到…分会场`: coming to the venue is being at the event. */
const TO_VENUE = /^[^，。；,;]{0,16}?(?:会场|会议室|活动现场)/u;
/** `发表…讲话`: a speech; `发表文章` is not. */
const SPEECH_AFTER = /^[^，。；,;]{0,12}?(?:讲话|致辞|演讲|讲演)/u;
// `调研组`, `考察团`, `调研员` (a post): a noun, not the verb
const VERB_RE = new RegExp(`(?:${VERBS.map(([v]) => v).sort((a, b) => b.length - a.length).join('|')})(?![组团队员])`, 'gu');
const VERB_MAP = new Map(VERBS);
/** `参加考察`, `出席调研` are tours, not events. */
const TOUR_AFTER = /^(?:考察|调研|视察|活动并调研)/u;

/**
 * How the person ending at `end` takes part, judged within the sentence `[.., sentenceEnd)`:
 * a role, `stop` (the first verb says they did something else, or `X的讲话` is a noun), or null (no verb).
 */
export function attendanceAfter(text: string, end: number, sentenceEnd: number, nextPerson = Infinity): AttendAs | 'stop' | null {
  const rest = text.slice(end, sentenceEnd);
  VERB_RE.lastIndex = 0;
  const m = VERB_RE.exec(rest);
  if (!m) return null;
  if (end + m.index > nextPerson && !onlyTitlesBetween(text.slice(end, nextPerson))) return 'stop';
  const after = text.slice(end + m.index + m[0].length, end + m.index + m[0].length + 24);
  if ((m[0] === '来到' || m[0] === '走进') && TO_VENUE.test(after) && !rest.slice(0, m.index).includes('的')) return 'attendee';
  if (m[0] === '发表' && !SPEECH_AFTER.test(after)) return 'stop';
  const as = VERB_MAP.get(m[0]) ?? null;
  if (!as || rest.slice(0, m.index).includes('的')) return 'stop';
  if (TOUR_AFTER.test(text.slice(end + m.index + m[0].length, end + m.index + m[0].length + 5))) return 'stop';
  return as;
}
