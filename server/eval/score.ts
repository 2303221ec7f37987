/**
 * Pure scoring of predictions against gold, per category (docs/graph-model.md):
 * persons match exactly, roles/places/organizations/projects/meetings by
 * containment after normalisation. Matching is not one-to-one: a prediction is
 * right when it matches some gold item, a gold item is found when some
 * prediction matches it (so `长三角` and `长三角地区` predicted together are both
 * right for gold `长三角地区`). A predicted place that matches no gold place but
 * lies inside a gold organisation, project, meeting or role name counts neither way.
 */
import { contains, normName } from './normalize.js';
import type { Category, Counts, EvalDoc, Misses, Score } from './eval-types.js';
import { CATEGORIES } from './eval-types.js';

type Matcher<T> = (pred: T, gold: T) => boolean;

interface Item<T> { key: string; value: T }

function uniq<T>(items: Array<Item<T>>): Array<Item<T>> {
  const seen = new Map<string, Item<T>>();
  for (const it of items) if (!seen.has(it.key)) seen.set(it.key, it);
  return [...seen.values()];
}

function compare<T>(
  pred: Array<Item<T>>, gold: Array<Item<T>>, match: Matcher<T>, ignore: (p: T) => boolean = () => false,
): { counts: Counts; misses: Misses } {
  const P = uniq(pred);
  const G = uniq(gold);
  const misses: Misses = { falsePositives: [], falseNegatives: [] };
  let predMatched = 0;
  let predCount = 0;
  for (const p of P) {
    if (G.some((g) => match(p.value, g.value))) {
      predMatched++;
      predCount++;
    } else if (!ignore(p.value)) {
      predCount++;
      misses.falsePositives.push(p.key);
    }
  }
  let goldFound = 0;
  for (const g of G) {
    if (P.some((p) => match(p.value, g.value))) goldFound++;
    else misses.falseNegatives.push(g.key);
  }
  return { counts: { predMatched, pred: predCount, goldFound, gold: G.length }, misses };
}

const names = (xs: string[]) => xs.map((x) => normName(x)).filter((x) => x).map((x) => ({ key: x, value: x }));
const exact: Matcher<string> = (a, b) => a === b;
const containsM: Matcher<string> = (a, b) => contains(a, b);

interface Pair { person: string; other: string; kind?: string }
const pairKey = (p: Pair) => `${p.person}|${p.kind ?? ''}|${p.other}`;
const pairMatch: Matcher<Pair> = (a, b) => a.person === b.person && a.kind === b.kind && contains(a.other, b.other);
const bylineMatch: Matcher<Pair> = (p, g) => p.person === g.person && (g.other === '' || p.other === g.other);

function personNames(d: EvalDoc): string[] {
  return [...d.persons.map((p) => p.name), ...d.bylines.map((b) => b.name)];
}
function rolePairs(d: EvalDoc): Array<Item<Pair>> {
  return d.persons.flatMap((p) =>
    p.roles.map((r) => ({ person: normName(p.name), other: normName(r) })).filter((x) => x.other))
    .map((v) => ({ key: pairKey(v), value: v }));
}
function attendancePairs(d: EvalDoc): Array<Item<Pair>> {
  return d.meetings.flatMap((m) => [
    ...m.chair.map((c) => ({ person: normName(c), kind: 'chair', other: normName(m.name) })),
    ...m.attendees.map((a) => ({ person: normName(a), kind: 'attended', other: normName(m.name) })),
  ]).map((v) => ({ key: pairKey(v), value: v }));
}
function bylinePairs(d: EvalDoc): Array<Item<Pair>> {
  return d.bylines.map((b) => ({ person: normName(b.name), other: b.role ?? '' }))
    .map((v) => ({ key: `${v.person}|${v.other}`, value: v }));
}

interface Dated { name: string; date: string | null }
/** A predicted date is right when it equals the gold one or refines it (gold `2022-01`, predicted `2022-01-14`). */
const sameDate = (p: string | null, g: string | null) => (p === null || g === null ? p === g : p.startsWith(g));
const datedMatch: Matcher<Dated> = (p, g) => contains(p.name, g.name) && sameDate(p.date, g.date);
function meetingDates(d: EvalDoc): Array<Item<Dated>> {
  return d.meetings.map((m) => ({ name: normName(m.name), date: m.date }))
    .filter((v) => v.name).map((v) => ({ key: `${v.name}|${v.date ?? '?'}`, value: v }));
}

interface StepItem { project: string; stage: string; date: string | null }
const stepMatch: Matcher<StepItem> = (p, g) => p.stage === g.stage && contains(p.project, g.project) && sameDate(p.date, g.date);
function stepItems(steps: EvalDoc['steps']): Array<Item<StepItem>> {
  return (steps ?? []).map((st) => ({ project: normName(st.project), stage: st.stage, date: st.date }))
    .filter((v) => v.project).map((v) => ({ key: `${v.project}|${v.stage}|${v.date ?? '?'}`, value: v }));
}

/** Names inside which a predicted place counts neither way. */
function nestingNames(gold: EvalDoc): string[] {
  return [
    ...gold.organizations, ...gold.projects, ...gold.meetings.map((m) => m.name),
    ...gold.persons.flatMap((p) => p.roles),
  ].map(normName).filter((x) => x);
}

/** Counts and misses per category for one unit (an article, or a whole page). */
export function compareDocs(pred: EvalDoc, gold: EvalDoc): Record<Category, { counts: Counts; misses: Misses }> {
  const nest = nestingNames(gold);
  return {
    persons: compare(names(personNames(pred)), names(personNames(gold)), exact),
    person_roles: compare(rolePairs(pred), rolePairs(gold), pairMatch),
    places: compare(names(pred.places), names(gold.places), containsM, (p) => nest.some((n) => n.includes(p))),
    organizations: compare(names(pred.organizations), names(gold.organizations), containsM),
    projects: compare(names(pred.projects), names(gold.projects), containsM),
    meetings: compare(names(pred.meetings.map((m) => m.name)), names(gold.meetings.map((m) => m.name)), containsM),
    meeting_dates: compare(meetingDates(pred), meetingDates(gold), datedMatch),
    attendance: compare(attendancePairs(pred), attendancePairs(gold), pairMatch),
    bylines: compare(bylinePairs(pred), bylinePairs(gold), bylineMatch),
    // Units whose gold does not annotate steps add nothing to the category.
    steps: gold.steps === null ? compare<StepItem>([], [], stepMatch) : compare(stepItems(pred.steps), stepItems(gold.steps), stepMatch),
  };
}

/** Sums counts over units. */
export function addCounts(a: Counts, b: Counts): Counts {
  return {
    predMatched: a.predMatched + b.predMatched, pred: a.pred + b.pred,
    goldFound: a.goldFound + b.goldFound, gold: a.gold + b.gold,
  };
}

/** P/R/F1 from counts; an empty side scores 1 when the other is empty too. */
export function toScore(c: Counts): Score {
  const precision = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.predMatched / c.pred;
  const recall = c.gold === 0 ? (c.pred === 0 ? 1 : 0) : c.goldFound / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Scores many units (micro-averaged over all units). */
export function scoreUnits(units: Array<{ pred: EvalDoc; gold: EvalDoc }>): Record<Category, Score> {
  const zero: Counts = { predMatched: 0, pred: 0, goldFound: 0, gold: 0 };
  const sums = Object.fromEntries(CATEGORIES.map((c) => [c, zero])) as Record<Category, Counts>;
  for (const u of units) {
    const r = compareDocs(u.pred, u.gold);
    for (const c of CATEGORIES) sums[c] = addCounts(sums[c], r[c].counts);
  }
  return Object.fromEntries(CATEGORIES.map((c) => [c, toScore(sums[c])])) as Record<Category, Score>;
}
