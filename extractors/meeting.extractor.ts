/**
 * Meetings and events that took place: name (meeting-names.ts), date and part
 * of day (dates.ts, resolved against the publication date; `month_day` when the
 * year is unknown), place (`在X召开`, linked to a Place found earlier),
 * organiser and projects named inside the meeting's name, and who took part
 * (meeting-attendance.ts): people in the sentence of the meeting or in later
 * sentences, up to the next meeting, with names in participant lists that the
 * person pass missed (attendance-lists.ts).
 */
import type { ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found, Sentence } from './types.js';
import { findMeetings, type MeetingMention } from './meeting-names.js';
import { findDates, type DateMention } from './dates.js';
import { meetingAttendance, opensWithMeeting } from './meeting-attendance.js';
import { listNames } from './attendance-lists.js';
import { meetingId, personId } from './ids.js';
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
    // people listed as taking part whom the person pass did not read (general list grammar only),
    // and known people named again where the person pass did not read them (`宣誓人X左手…`)
    const listed = listedPersons(ctx, mentions);
    const again = repeatedNames(ctx, mentions);
    const persons = ctx.found.entities.filter((x) => x.type === 'Person')
      .map((p) => ({ ...p, mentions: [...p.mentions, ...(again.get(p.id)?.mentions ?? [])] }));
    relations.push(...meetingAttendance(ctx, byMention, [...persons, ...listed]));
    return { entities: [...entities, ...listed, ...again.values()], relations };
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
  // a date taken from elsewhere gives the day, not the part of day (the tour was 上午, the meeting after it)
  const i = sentences.findIndex((x) => x.start === s.start);
  const before = i > 0 ? within(sentences[i - 1]!).pop() : undefined;
  if (before && !before.range) return { ...before, partOfDay: null };
  const lead = dates.find((d) => !d.bound);
  return lead && !lead.range ? { ...lead, partOfDay: null } : null;
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

/**
 * Person entities for names in lists of participants (attendance-lists.ts) in the sentences from
 * the one before the first meeting on; names the person pass found are left to it.
 */
function listedPersons(ctx: ExtractContext, mentions: MeetingMention[]): ExtractedEntity[] {
  const text = ctx.article.text;
  const known = ctx.found.entities.filter((x) => x.type === 'Person').flatMap((x) => x.mentions);
  const first = ctx.sentences.findIndex((s) => s.end > mentions[0]!.start);
  const byName = new Map<string, ExtractedEntity>();
  for (const s of ctx.sentences.slice(Math.max(0, first - 1))) {
    const atMeeting = mentions.some((m) => m.start >= s.start && m.start < s.end) || opensWithMeeting(s.text);
    for (const n of listNames(text, s, known, ctx.tokenizer, atMeeting)) {
      const id = personId(n.name, ctx.region);
      const e = byName.get(id) ?? { id, type: 'Person' as const, name: n.name, props: { aliases: [] }, mentions: [] };
      e.mentions.push([n.start, n.end]);
      byName.set(id, e);
    }
  }
  return [...byName.values()];
}

/** Known names (three characters or more) printed again from the sentence before the first meeting on, where no mention covers them. */
function repeatedNames(ctx: ExtractContext, mentions: MeetingMention[]): Map<string, ExtractedEntity> {
  const text = ctx.article.text;
  const persons = ctx.found.entities.filter((x) => x.type === 'Person' && x.name.length >= 3);
  const spans = ctx.found.entities.filter((x) => x.type === 'Person').flatMap((x) => x.mentions);
  const first = ctx.sentences.findIndex((s) => s.end > mentions[0]!.start);
  const from = ctx.sentences[Math.max(0, first - 1)]?.start ?? 0;
  const out = new Map<string, ExtractedEntity>();
  for (const p of persons) {
    for (let at = text.indexOf(p.name, from); at >= 0; at = text.indexOf(p.name, at + 1)) {
      const end = at + p.name.length;
      if (spans.some(([a, b]) => a < end && b > at)) continue;
      const e = out.get(p.id) ?? { id: p.id, type: 'Person' as const, name: p.name, props: {}, mentions: [] };
      e.mentions.push([at, end]);
      out.set(p.id, e);
    }
  }
  return out;
}
