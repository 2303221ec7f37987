/**
 * A project's history from its STEP facts (pure): the same event reported by several articles
 * (one fact per article) becomes one step with several sources, the most precise date first;
 * steps are ordered by date (an undated step or a plan by its article's date), then by stage.
 */
import type { ProjectStep, StepParty } from '../../model/api.schema.js';
import type { DatePrecision } from '../../model/graph.schema.js';
import { STAGES } from '../../extractors/project-stages.js';

/** One STEP fact as cypher/api/project-history.cypher returns it. */
export interface StepFact {
  stage: string | null;
  date: string | null;
  date_precision: DatePrecision | null;
  amount_yuan: number | null;
  phase: string | null;
  planned: boolean;
  evidence: string | null;
  start: number | null;
  end: number | null;
  article: { id: string; title: string | null; published: string | null };
  people: StepParty[];
  organizations: StepParty[];
}

const RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1 };
const stageOrder = (s: string | null) => { const i = (STAGES as readonly string[]).indexOf(s ?? ''); return i < 0 ? STAGES.length : i; };

/** The date as far as its precision goes (`2022-05` for month precision). */
function prefix(date: string, p: DatePrecision | null): string {
  return p === 'year' ? date.slice(0, 4) : p === 'month' ? date.slice(0, 7) : date;
}

/**
 * Two reports of a stage (of one phase or one without, both done or both planned) are one event when one
 * date refines the other (2022-05 and 2022-05-20) or one of them is undated (`已经封顶`).
 */
function sameEvent(a: StepFact, b: StepFact): boolean {
  // a report without a phase may be of any phase (the signing of the whole, the start of 一期)
  if (a.stage !== b.stage || (a.phase && b.phase && a.phase !== b.phase) || a.planned !== b.planned) return false;
  if (!a.date || !b.date) return true;
  const pa = prefix(a.date, a.date_precision);
  const pb = prefix(b.date, b.date_precision);
  return pa.startsWith(pb) || pb.startsWith(pa);
}

const DAY = 86_400_000;
/** Days an article's news event may lie before its publication (a weekly's report of a ceremony). */
const NEWS_DAYS = 31;

/**
 * An article's people and bodies belong to the event it reports as news (dated near its
 * publication), not to the history it recalls (`该项目于去年9月开工` in an acceptance report) nor
 * to a plan it reports (they were at that article's event).
 */
function isNews(f: StepFact): boolean {
  if (f.planned) return false;
  if (!f.date || !f.article.published) return true;
  const gap = (Date.parse(f.article.published) - Date.parse(f.date)) / DAY;
  return gap >= -1 && gap <= NEWS_DAYS;
}

function uniqueParties(xs: StepParty[]): StepParty[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(`${x.id}|${x.as ?? ''}`) && seen.add(`${x.id}|${x.as ?? ''}`));
}

/** Folds STEP facts into events and orders them. */
export function historySteps(facts: StepFact[]): ProjectStep[] {
  // most precise first, so an event's first fact gives its date
  const sorted = [...facts].sort((a, b) => (b.date_precision ? RANK[b.date_precision] : 0) - (a.date_precision ? RANK[a.date_precision] : 0)
    || (a.article.published ?? '').localeCompare(b.article.published ?? '') || a.article.id.localeCompare(b.article.id));
  const events: StepFact[][] = [];
  for (const f of sorted) {
    const ev = events.find((e) => sameEvent(e[0]!, f));
    if (ev) ev.push(f);
    else events.push([f]);
  }
  const steps = events.map((ev): ProjectStep => {
    const first = ev[0]!;
    return {
      stage: first.stage, date: first.date, date_precision: first.date ? (first.date_precision ?? 'day') : null,
      amount_yuan: ev.find((f) => f.amount_yuan !== null)?.amount_yuan ?? null, phase: first.phase ?? null, planned: first.planned,
      evidence: first.evidence, article: first.article,
      sources: ev.map((f) => ({ article: f.article, evidence: f.evidence, start: f.start, end: f.end })),
      people: uniqueParties(ev.filter(isNews).flatMap((f) => f.people)), organizations: uniqueParties(ev.filter(isNews).flatMap((f) => f.organizations)),
    };
  });
  // a plan stands where it was reported (预计年底竣工, said in June), an event at its date
  const when = (s: ProjectStep) => (s.planned ? s.article.published ?? s.date : s.date ?? s.article.published) ?? '9999';
  return steps.sort((a, b) => when(a).localeCompare(when(b)) || stageOrder(a.stage) - stageOrder(b.stage));
}
