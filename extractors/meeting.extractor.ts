/**
 * Meetings and events that took place: name (meeting-names.ts), date and part
 * of day (dates.ts, resolved against the publication date), place (`在X召开`,
 * linked to a Place found earlier), organiser and projects named inside the
 * meeting's name, and who took part (attendance.ts): people in the sentence of
 * the meeting or in later sentences, up to the next meeting.
 */
import type { ExtractedEntity, ExtractedRelation, AttendAs } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found, Sentence } from './types.js';
import { findMeetings, type MeetingMention } from './meeting-names.js';
import { findDates, type DateMention } from './dates.js';
import { attendanceAfter, onlyTitlesBetween } from './attendance.js';
import { meetingId } from './ids.js';
import { sentenceAt } from './sentences.js';

export const meetingExtractor: Extractor = {
  id: 'meeting',
  description: 'meetings and events reported as taking place, with date, place, chair and attendees',
  extract(ctx: ExtractContext): Found {
    const text = ctx.article.text;
    const mentions = findMeetings(text);
    if (mentions.length === 0) return { entities: [], relations: [] };
    const a = ctx.article;
    // relative words (昨天) are resolved only against a printed issue date, not one inferred from the page
    const exact = a.published_inferred !== true && (a.published_precision ?? 'day') === 'day';
    const dates = findDates(text, { published: a.published, exact });
    const entities: ExtractedEntity[] = [];
    const relations: ExtractedRelation[] = [];
    const byMention = mentions.map((m) => {
      const d = dateFor(dates, m, ctx.sentences, text);
      const date = d?.date ?? null;
      // an unknown year keeps the printed month and day apart (and in the id, so two such meetings stay two)
      const monthDay = date ? null : d?.monthDay ?? null;
      const id = meetingId(m.name, date ?? (monthDay ? `--${monthDay}` : null));
      let e = entities.find((x) => x.id === id);
      if (!e) {
        const props: ExtractedEntity['props'] = { date, part_of_day: d?.partOfDay ?? null, kind: m.kind };
        if (date) props.date_precision = d!.precision ?? 'day';
        if (monthDay) props.month_day = monthDay;
        e = { id, type: 'Meeting', name: m.name, props, mentions: [] };
        entities.push(e);
        relations.push(...links(ctx, e, m));
      }
      e.mentions.push([m.start, m.end]);
      return { m, e };
    });
    relations.push(...attendance(ctx, byMention));
    return { entities, relations };
  },
};

/**
 * The day of a meeting: the date printed in its sentence (the nearest before the name, else the
 * first; `近日` gives none), else the last date of the sentence right before it (`昨日下午，X与调研组
 * 座谈。座谈会上，…`), else the article's lead date. Deadlines never count; when the lead date is a
 * span of days (a tour `9月15日至22日` with a 座谈会 somewhere in it), a meeting that prints no date
 * of its own has none.
 */
function dateFor(dates: DateMention[], m: MeetingMention, sentences: Sentence[], text: string): DateMention | null {
  const s = sentenceAt(sentences, text, m.start);
  const within = (x: { start: number; end: number }) => dates.filter((d) => d.start >= x.start && d.end <= x.end && !d.bound);
  const inSentence = within(s);
  const own = inSentence.filter((d) => d.start < m.start).pop() ?? inSentence[0];
  // a span printed with the meeting (`大会于3月5日至11日召开`): its first day
  if (own) return own.range ? inSentence.find((d) => d.range) ?? own : own;
  if (m.past) return null;
  const i = sentences.findIndex((x) => x.start === s.start);
  const before = i > 0 ? within(sentences[i - 1]!).pop() : undefined;
  if (before && !before.range) return before;
  const lead = dates.find((d) => !d.bound);
  return lead && !lead.range ? lead : null;
}

const evidenceOf = (ctx: ExtractContext, pos: number) => {
  const s = sentenceAt(ctx.sentences, ctx.article.text, pos);
  return { start: s.start, end: s.end, text: s.text };
};

/** HELD_IN (place printed in `在X召开`), ORGANIZED_BY / ABOUT (organisation, project named inside the meeting name). */
function links(ctx: ExtractContext, e: ExtractedEntity, m: MeetingMention): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const evidence = evidenceOf(ctx, m.start);
  const within = (x: ExtractedEntity, s: number, t: number) => x.mentions.some(([a, b]) => a >= s && b <= t);
  if (m.placeText) {
    const end = m.placeStart + m.placeText.length;
    const place = ctx.found.entities.find((x) => x.type === 'Place' && within(x, m.placeStart, end));
    if (place) out.push({ type: 'HELD_IN', from: e.id, to: place.id, props: {}, evidence, extractor: 'meeting' });
  }
  for (const x of ctx.found.entities) {
    if (!within(x, m.start, m.end)) continue;
    if (x.type === 'Organization') out.push({ type: 'ORGANIZED_BY', from: e.id, to: x.id, props: {}, evidence, extractor: 'meeting' });
    if (x.type === 'Project') out.push({ type: 'ABOUT', from: e.id, to: x.id, props: {}, evidence, extractor: 'meeting' });
  }
  return out;
}

/** ATTENDED for people in the sentences from a meeting's mention up to the next meeting's. */
function attendance(ctx: ExtractContext, meetings: Array<{ m: MeetingMention; e: ExtractedEntity }>): ExtractedRelation[] {
  const text = ctx.article.text;
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const persons = ctx.found.entities.filter((x) => x.type === 'Person');
  for (const p of persons) {
    for (const [start, end] of p.mentions) {
      const s = sentenceAt(ctx.sentences, text, start);
      const target = [...meetings].reverse().find(({ m }) => sentenceAt(ctx.sentences, text, m.start).start <= start) ??
        meetings.find(({ m }) => m.start >= s.end && m.start - s.end <= 2);
      if (!target) continue;
      const verb = attendanceAfter(text, end, s.end, nextPersonAfter(persons, end, s.end));
      // a `stop` verb only rules out the verb reading; being placed at the event by the sentence still counts
      let as: AttendAs | null = verb === 'stop' ? null : verb;
      if (!as && opensWithMeeting(s.text) && firstPersonIn(persons, s) === start) as = 'attendee';
      if (!as && s.start <= target.m.start && target.m.start < s.end && convenes(persons, text, end, target.m.start)) as = 'attendee';
      if (!as) as = listedAfterVerb(text.slice(s.start, start));
      if (!as && speaksAfterOpener(ctx.sentences, text, s, target.m, start, end) && firstPersonIn(persons, s) === start) as = 'speaker';
      if (!as && verb !== 'stop' && target.m.kind === 'competition' && /^[^，。；,;]{0,24}?(?:荣获|获得)/u.test(text.slice(end, end + 30))) as = 'attendee';
      if (!as) continue;
      const key = `${p.id}|${target.e.id}|${as}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ type: 'ATTENDED', from: p.id, to: target.e.id, props: { as }, evidence: { start: s.start, end: s.end, text: s.text }, extractor: 'meeting' });
    }
  }
  return dropChairAsAttendee(out);
}

const LISTED_RE = /(出席|参加|列席|与会)[^，。；,;]{0,8}?的(?:领导|嘉宾|人员|同志|单位和个人)?(?:还)?有[：:]?[^。；;]*$/u;

/** `出席会议的有A、B`, `参加活动的领导还有…`: people listed after the verb. */
function listedAfterVerb(before: string): AttendAs | null {
  const m = LISTED_RE.exec(before);
  if (!m) return null;
  return m[1] === '列席' ? 'observer' : 'attendee';
}

/** `座谈会上，X…`, `会上，X…`, `活动现场，X…`: the first person of such a sentence is at the event. */
const opensWithMeeting = (s: string) => /^(?:[\u3400-\u9fff]{0,8}(?:会|会议|仪式|活动)(?:上|现场)|会上|现场)[，,]/u.test(s);

/** What the person does is placed at the meeting (`X在会上发布`, `X在推进会上强调`, `X在讲话中指出`). */
const PLACED_RE = /^在(?:会上|讲话中|致辞中|座谈中|[\u3400-\u9fff]{0,12}?(?:会|会议|仪式|活动)上)/u;
/** A speech verb right after the name (`X指出`, `X介绍`, `X在经验分享时说`). */
const SPEAKS_RE = /^(?:在[\u3400-\u9fff]{1,8}?[时中])?(?:指出|强调|要求|表示|希望|讲话|致辞|介绍|说)/u;

/**
 * The person opening a sentence after the meeting's is at that meeting when what they do is placed
 * there (`X在会上发布…`, `X在讲话中指出`), or when they speak and the sentence right before reports
 * the meeting or opens with it (`随后召开座谈会。X强调`, `推介会上，…签约。X介绍`).
 */
function speaksAfterOpener(sentences: Sentence[], text: string, s: Sentence, m: MeetingMention, start: number, end: number): boolean {
  if (!onlyTitlesBetween(text.slice(s.start, start))) return false;
  const after = text.slice(end, end + 24);
  if (PLACED_RE.test(after)) return m.start < s.start;
  if (!SPEAKS_RE.test(after)) return false;
  const i = sentences.findIndex((x) => x.start === s.start);
  const prev = i > 0 ? sentences[i - 1]! : null;
  if (!prev) return false;
  return (m.start >= prev.start && m.start < prev.end) || (m.start < prev.start && opensWithMeeting(prev.text));
}

/** Start of the next person mention after `end` in the sentence, or Infinity. */
function nextPersonAfter(persons: ExtractedEntity[], end: number, sentenceEnd: number): number {
  let best = Infinity;
  for (const p of persons) for (const [a] of p.mentions) if (a >= end && a < sentenceEnd && a < best) best = a;
  return best;
}

function firstPersonIn(persons: ExtractedEntity[], s: Sentence): number {
  let best = Infinity;
  for (const p of persons) for (const [a] of p.mentions) if (a >= s.start && a < s.end && a < best) best = a;
  return best;
}

/**
 * The person is the subject of `…召开 MEETING` in the same sentence, with no other person in between
 * (召开 without 主持 is attendance, not chair).
 */
function convenes(persons: ExtractedEntity[], text: string, end: number, meetingStart: number): boolean {
  if (meetingStart <= end || !/(?:召开|举行|举办)(?:了)?$/u.test(text.slice(Math.max(end, meetingStart - 6), meetingStart))) return false;
  return !persons.some((p) => p.mentions.some(([a]) => a >= end && a < meetingStart));
}

/** A chair is not also listed as an attendee of the same meeting. */
function dropChairAsAttendee(rels: ExtractedRelation[]): ExtractedRelation[] {
  const chairs = new Set(rels.filter((r) => r.props.as === 'chair').map((r) => `${r.from}|${r.to}`));
  return rels.filter((r) => r.props.as === 'chair' || !chairs.has(`${r.from}|${r.to}`));
}
