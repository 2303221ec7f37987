/**
 * A project's dated steps as reported in one article (STEP Project → Article): each stage word
 * (project-stages.ts) in a sentence that names the project, refers back to it (`该项目`, `项目`
 * after it was named) or follows a batch event (`12个项目集中开工，其中包括A、B…`), with the date
 * of the stage (project-dates.ts), the investment stated for the project or its phase
 * (project-amounts.ts), the phase (`一期`) and the sentence as evidence. One step per project,
 * stage and phase in an article; plans are marked `planned` (undated ones dropped).
 */
import type { ExtractedRelation, Props } from '../model/graph.schema.js';
import type { ExtractContext, Sentence } from './types.js';
import { findStages, type StageHit } from './project-stages.js';
import { findStepDates, stepDate, type StepDate } from './project-dates.js';
import { findAmounts } from './project-amounts.js';

/** One mention of a project in the article text; `kind` as the finder gave it (construction, campaign, …). */
export interface ProjectMention { id: string; start: number; end: number; kind?: string; phase?: string | null }

/** Stages only a physical work goes through: a campaign or a programme is not built, opened or topped out. */
const PHYSICAL = new Set(['奠基', '开工', '施工', '封顶', '竣工', '验收', '投产', '投用', '开业', '通车']);
const NOT_BUILT = new Set(['campaign', 'programme', 'competition']);

/** A sentence that refers back to the project named before it (该项目, 项目, 工程, 一期). */
const BACK_REF = /(?:该|此|这个|这一|本|整个)?(?:项目|工程|园区|一期|二期)/u;
/** A batch event: several projects start, are signed or finished together. */
const BATCH = /集中(?:开工|签约|竣工|投产|开业|投用)|(?:开工|签约|竣工|投产)(?:仪式|活动)|[0-9一二三四五六七八九十两几多]+个(?:重点|大|好)?项目/u;
/** A sentence that may print a date (digits, 今天/昨日/当天). */
const DATE_HINT = /\d|[今昨前当]天|[今昨前当]日/u;
/** How far (in sentences) a batch event and a reference back reach. */
const BATCH_REACH = 3;
const BACK_REACH = 4;

interface Step { project: string; stage: StageHit; sentence: Sentence; date: StepDate | null; amount: number | null; batch: boolean; phase: string | null }

/** A phase the sentence speaks of without the project's name (`一期项目总投资12亿元`, `二期计划…`). */
const BARE_PHASE = /(?:^|[，。；、：\s]|其中)(第?[一二三四五六七八九十]{1,2}期)(?:项目|工程)?/u;

/** The phase of a sentence: of the project's name printed in it (X产业园一期), else a bare `二期…`. */
function sentencePhase(s: Sentence, here: ProjectMention[], project: string): string | null {
  const named = here.find((m) => m.id === project && m.phase)?.phase;
  if (named) return named;
  let rest = s.text;
  for (const m of here) rest = rest.slice(0, m.start - s.start) + '　'.repeat(m.end - m.start) + rest.slice(m.end - s.start);
  return BARE_PHASE.exec(rest)?.[1]?.replace(/^第/u, '') ?? null;
}

/** The clause before `at` in `text` holds a date (`自今年3月签约以来`). */
const datedClause = (text: string, at: number, published: string | null): boolean =>
  findStepDates(text.slice(0, at).split(/[，。；,;]/u).pop() ?? '', published).some((d) => !!d.date);

/** The mentions inside each sentence, in one pass (both lists in text order). */
function bySentence(sents: Sentence[], mentions: ProjectMention[]): ProjectMention[][] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: ProjectMention[][] = sents.map(() => []);
  let i = 0;
  for (const m of sorted) {
    while (i < sents.length && sents[i]!.end <= m.start) i++;
    if (i < sents.length && m.start >= sents[i]!.start && m.end <= sents[i]!.end) out[i]!.push(m);
  }
  return out;
}

/**
 * Which projects of the sentence a stage word belongs to: those named in its clause before it,
 * else the sentence's topic (the first project it names: `X项目由…建设，是…之一，于…开工`).
 * Campaigns and programmes take no stage of a physical work.
 */
function ownersOf(stage: StageHit, here: ProjectMention[], s: Sentence, batch: boolean): string[] {
  const fits = here.filter((m) => !(PHYSICAL.has(stage.stage) && NOT_BUILT.has(m.kind ?? '')));
  if (batch) return [...new Set(fits.map((m) => m.id))];
  const at = s.start + stage.start;
  const text = s.text;
  const clauseStart = s.start + Math.max(text.lastIndexOf('，', stage.start), text.lastIndexOf('；', stage.start), -1) + 1;
  const inClause = fits.filter((m) => m.start >= clauseStart && m.end <= at);
  if (inClause.length) return [...new Set(inClause.map((m) => m.id))];
  return fits.length ? [fits[0]!.id] : [];
}

/**
 * The investment printed for `project` in the sentence (总投资, 投资, 合同金额 …; not 年产值 or 税收):
 * after its name and before the next project's, or the sentence's when it names no other project.
 */
function amountFor(s: Sentence, here: ProjectMention[], project: string): number | null {
  const amounts = findAmounts(s.text).filter((a) => a.invest);
  if (amounts.length === 0) return null;
  const own = here.filter((m) => m.id === project);
  const others = here.filter((m) => m.id !== project);
  for (const m of own) {
    // the amount after the name, before the next other project's name
    const next = others.map((o) => o.start).filter((x) => x > m.end).sort((a, b) => a - b)[0] ?? s.end;
    const a = amounts.find((x) => s.start + x.start >= m.end && s.start + x.start < next);
    if (a) return a.yuan;
  }
  return others.length === 0 ? amounts[0]!.yuan : null;
}

/** What one sentence speaks of: the projects it names, else the one it refers back to. */
export interface Referents { named: string[]; back: string | null }

/**
 * For each sentence, the projects it speaks of: those it names; else the project named last when
 * the sentence refers back to it (`该项目`, `项目`, a few sentences on) or, in an article about one
 * work, any later sentence.
 */
export function sentenceReferents(sents: Sentence[], mentions: ProjectMention[], within = bySentence(sents, mentions)): Referents[] {
  const single = new Set(mentions.map((m) => m.id)).size === 1;
  let last: { id: string; at: number } | null = null;
  return sents.map((s, i) => {
    const named = [...new Set(within[i]!.map((m) => m.id))];
    const back = named.length === 0 && last && ((i - last.at <= BACK_REACH && BACK_REF.test(s.text)) || (single && i > last.at)) ? last.id : null;
    if (named.length === 1) last = { id: named[0]!, at: i };
    else if (named.length > 1) last = null;
    return { named, back };
  });
}

/**
 * The day of the article's event: a day date in its first two sentences, at most a week before
 * publication (`6月5日，某县开展项目观摩` … `施工人员正在…` is that day's scene).
 */
function sceneDate(sents: Sentence[], published: string | null): StepDate | null {
  if (!published) return null;
  for (const s of sents.slice(0, 2)) {
    const d = findStepDates(s.text, published).find((x) => x.precision === 'day' && x.date);
    if (!d?.date) continue;
    const gap = (Date.parse(published) - Date.parse(d.date)) / 86_400_000;
    return gap >= 0 && gap <= 7 ? { date: d.date, precision: 'day' } : null;
  }
  return null;
}

/**
 * Where the dates of an earlier stage word of the sentence end: a date in that stage's own clause
 * is its date (`工程于2019年10月开工，历时三年多建成`: 建成 does not take 2019年10月).
 */
function ownDatesEnd(text: string, stages: StageHit[], st: StageHit, published: string | null): number {
  const prev = stages.filter((h) => h.end <= st.start).pop();
  if (!prev) return 0;
  const clauseStart = Math.max(text.lastIndexOf('，', prev.start), text.lastIndexOf('；', prev.start), -1) + 1;
  const dated = findStepDates(text.slice(clauseStart, prev.end), published).some((d) => !!d.date);
  return dated ? prev.end : 0;
}

/** STEP relations Project → article for every project of the article, from its mentions. */
export function projectSteps(ctx: ExtractContext, mentions: ProjectMention[]): ExtractedRelation[] {
  if (mentions.length === 0) return [];
  const text = ctx.article.text;
  const published = ctx.article.published;
  const sents = ctx.sentences;
  const steps: Step[] = [];
  const investOf = new Map<string, number>();
  const dated = new Map<string, StepDate>();
  const kindOf = new Map(mentions.map((m) => [m.id, m.kind] as const));
  const within = bySentence(sents, mentions);
  const refs = sentenceReferents(sents, mentions, within);
  const scene = sceneDate(sents, published);
  // an article about one phase of a project (all its phased names say 一期) speaks of that phase
  const usual = new Map<string, string | null>();
  for (const id of new Set(mentions.map((m) => m.id))) {
    const phases = new Set(mentions.filter((m) => m.id === id && m.phase).map((m) => m.phase!));
    usual.set(id, phases.size === 1 ? [...phases][0]! : null);
  }
  const phaseOf = (s: Sentence, here: ProjectMention[], p: string) => sentencePhase(s, here, p) ?? usual.get(p) ?? null;
  let batch: { at: number; here: string[]; stage: StageHit; date: StepDate | null; sentence: Sentence } | null = null;
  sents.forEach((s, i) => {
    const here = within[i]!;
    const batchWords = BATCH.test(s.text);
    // a sentence that speaks of no project, starts or continues no batch and dates nothing has
    // no step to give (a dated one may date a stage the article reports again: 当天开工的项目)
    if (here.length === 0 && !refs[i]!.back && !batchWords && !(batch && i - batch.at <= BATCH_REACH) && !DATE_HINT.test(s.text)) return;
    const stages = findStages(s.text, here.map((m) => [m.start - s.start, m.end - s.start] as [number, number]));
    // a ceremony told without a project's name (出席签约仪式) is a batch: the projects follow
    const isBatch = batchWords && (here.length === 0 || new Set(here.map((m) => m.id)).size >= 2 || /集中|[0-9一二三四五六七八九十两几多]+个/u.test(s.text));
    for (const st of stages) {
      let owners = ownersOf(st, here, s, isBatch);
      // a reference back (该项目 …) to the project named last, a few sentences before; in an
      // article about one work, every later sentence speaks of it
      const back = refs[i]!.back;
      if (owners.length === 0 && back && !(PHYSICAL.has(st.stage) && NOT_BUILT.has(kindOf.get(back) ?? ''))) owners = [back];
      // an undated report of a stage the article dated before is the same event (当天开工的项目)
      const date = stepDate(s.text, st.start, published, { future: st.planned, scene, after: ownDatesEnd(s.text, stages, st, published) })
        ?? (st.planned ? null : dated.get(st.stage) ?? null);
      if (date && !st.planned && !dated.has(st.stage)) dated.set(st.stage, date);
      // `自3月签约以来` is a dated event; `开工以来` alone is not
      if (st.since && !datedClause(s.text, st.start, published)) continue;
      for (const p of owners) steps.push({ project: p, stage: st, sentence: s, date, amount: amountFor(s, here, p), batch: isBatch, phase: phaseOf(s, here, p) });
      if (isBatch && !st.planned && (!batch || batch.at !== i)) batch = { at: i, here: owners, stage: st, date, sentence: s };
      // `此次签约的项目…` speaks of the batch again: its list may follow
      else if (batch && here.length === 0 && st.stage === batch.stage.stage) batch.at = i;
    }
    // projects listed after a batch event (其中包括A、B、C…) take its stage, date and evidence
    if (batch && stages.length === 0 && i > batch.at && i - batch.at <= BATCH_REACH) {
      for (const p of new Set(here.map((m) => m.id))) {
        if (!batch.here.includes(p)) steps.push({ project: p, stage: batch.stage, sentence: s, date: batch.date, amount: amountFor(s, here, p), batch: true, phase: phaseOf(s, here, p) });
      }
    }
    // the investment of the project this sentence names, or refers back to
    const about = refs[i]!.back ? [refs[i]!.back!] : refs[i]!.named;
    for (const p of about) {
      const a = amountFor(s, here, p);
      // investments are kept per phase: 二期计划投资13亿元 is not the first phase's
      const key = `${p}|${phaseOf(s, here, p) ?? ''}`;
      if (a !== null && !investOf.has(key)) investOf.set(key, a);
    }
  });
  return toRelations(ctx, steps, investOf, text);
}

const RANK = { day: 3, month: 2, year: 1 } as const;
/** Stages that open a finished work. */
const OPENING = new Set(['通车', '投产', '投用', '开业']);

/** One STEP per project, stage and phase: the event rather than the plan, the most precise date, the first sentence. */
function toRelations(
  ctx: ExtractContext, steps: Step[], investOf: Map<string, number>, text: string,
): ExtractedRelation[] {
  const best = new Map<string, Step>();
  const score = (x: Step) => (x.stage.planned ? 0 : 10) + (x.date ? RANK[x.date.precision] : 0);
  // a completion told without a date where the article reports the opening (历时三年建成 … 建成通车) is that opening
  const opened = new Set(steps.filter((x) => !x.stage.planned && OPENING.has(x.stage.stage)).map((x) => x.project));
  for (const st of steps) {
    // a plan without a date (推动项目早开工) says nothing of the project's history
    if (st.stage.planned && !st.date) continue;
    if (st.stage.stage === '竣工' && !st.date && !st.stage.planned && opened.has(st.project)) continue;
    const key = `${st.project}|${st.stage.stage}|${st.phase ?? ''}`;
    const prev = best.get(key);
    if (!prev || score(st) > score(prev)) best.set(key, st);
  }
  return [...best.values()].map((st) => {
    const props: Props = { stage: st.stage.stage, date: st.date?.date ?? null };
    if (st.date) props.date_precision = st.date.precision;
    if (st.stage.planned || (st.date && ctx.article.published && st.date.date > ctx.article.published)) props.planned = true;
    const amount = st.amount ?? investOf.get(`${st.project}|${st.phase ?? ''}`) ?? (st.phase ? null : investOf.get(`${st.project}|`)) ?? null;
    if (amount !== null) props.amount_yuan = amount;
    if (st.batch) props.batch = true;
    // a step of a phase (X产业园一期开工, 二期计划…开工) says which
    if (st.phase) props.phase = st.phase;
    const s = st.sentence;
    return { type: 'STEP', from: st.project, to: ctx.article.id, props, evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) } };
  });
}
