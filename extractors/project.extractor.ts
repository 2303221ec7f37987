/**
 * Projects: named works, programmes, campaigns and platforms found by suffix
 * grammar, quoted names, and lists of quoted items before `等…平台/项目`;
 * linked to places (LOCATED_IN) and organisations (RUN_BY) when the name or
 * `X的Y项目` says so, with dated STEP relations (立项 … 投用) to the article.
 */
import type { ExtractedEntity, ExtractedRelation, Props } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found } from './types.js';
import type { PlaceHit } from './place-grammar.js';
import type { OrgHit } from './org-grammar.js';
import type { ProjectHit } from './project-finder.js';
import { analyzeNames } from './local-names.js';

export { findProjects, type ProjectHit } from './project-finder.js';
import { makeId } from './ids.js';
import { sentenceAt } from './sentences.js';
import { projectSteps, type ProjectMention } from './project-steps.js';
import { phaseOf, projectParts } from './project-names.js';

function evidence(ctx: ExtractContext, at: number) {
  const s = sentenceAt(ctx.sentences, ctx.article.text, at);
  return { start: s.start, end: s.end, text: s.text };
}

/** LOCATED_IN (name starts with a place, or `位于X的`/`X的` before it) and RUN_BY (`org的`, org inside the name). */
type SpanIds = Map<string, string>;

function spanIds(ctx: ExtractContext, type: string): SpanIds {
  return new Map(ctx.found.entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => [`${m[0]},${m[1]}`, e.id] as const)));
}

function links(ctx: ExtractContext, h: ProjectHit, id: string, places: PlaceHit[], orgs: OrgHit[], placeIds: SpanIds, orgIds: SpanIds): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const text = ctx.article.text;
  const before = text[h.start - 1] === '的' ? h.start - 1 : -1;
  for (const p of places) {
    const pid = placeIds.get(`${p.start},${p.end}`);
    if (pid && (p.start === h.start || p.end === before)) out.push({ type: 'LOCATED_IN', from: id, to: pid, props: {}, evidence: evidence(ctx, h.start) });
  }
  for (const o of orgs) {
    const oid = orgIds.get(`${o.start},${o.end}`);
    const inside = o.start >= h.start && o.end < h.end;
    if (oid && (o.end === before || o.end === h.start || inside)) out.push({ type: 'RUN_BY', from: id, to: oid, props: {}, evidence: evidence(ctx, h.start) });
  }
  return out;
}

/** Generic tails a project is also printed without (南丹县某文化宫建设 → 南丹县某文化宫). */
const TAIL = /(?:建设项目|建设工程|工程项目|建设|项目|工程)$/u;

/**
 * Other places where the article prints a found name, or its name without a generic tail (four
 * characters or more left), outside every found name: `X文化宫于去年12月开工` after `X文化宫建设工地`.
 * Each span found is added to `taken`.
 */
function reprints(text: string, name: string, taken: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const core = name.replace(TAIL, '');
  for (const form of core !== name && core.length >= 4 ? [name, core] : [name]) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const span: [number, number] = [at, at + form.length];
      if (taken.some(([s, e]) => s < span[1] && span[0] < e)) continue;
      out.push(span);
      taken.push(span);
    }
  }
  return out;
}

/**
 * Which printed name each name of an article stands for: a name whose core (project-names.ts)
 * equals another's, or lies inside exactly one other core (four characters or more), goes with
 * that one (新能源电池产业园 with 浏阳高新区新能源电池产业园项目; X产业园一期 with X产业园), and so
 * does a short form of exactly one other core (shortForm). The longest name of a project stands for it.
 */
/**
 * A short form printed for a longer name in the same article: the shorter core keeps the longer one's
 * first four and last two characters and drops a few from the middle, in order (X街道老旧管网改造 for
 * X街道老旧供水管网改造工程, an agenda item beside the full name).
 */
function shortForm(short: string, long: string): boolean {
  if (short.length < 6 || long.length <= short.length || long.length > short.length * 1.5) return false;
  if (!long.startsWith(short.slice(0, 4)) || !long.endsWith(short.slice(-2))) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function sameProject(names: string[]): Map<string, string> {
  const core = new Map(names.map((n) => [n, projectParts(n).core] as const));
  const out = new Map<string, string>();
  const longest = [...names].sort((a, b) => core.get(b)!.length - core.get(a)!.length || b.length - a.length);
  for (const n of longest) {
    const c = core.get(n)!;
    const holders = longest.filter((m) => m !== n && !out.has(m) && (core.get(m) === c || (c.length >= 4 && core.get(m)!.includes(c)) || shortForm(c, core.get(m)!)));
    const cores = new Set(holders.map((m) => core.get(m)));
    if (holders.length > 0 && cores.size === 1 && (core.get(holders[0]!) !== c || holders[0]!.length >= n.length)) out.set(n, holders[0]!);
  }
  return out;
}

/** The project extractor (registry id `project`); runs after `place` and `organization`. */
export const projectExtractor: Extractor = {
  id: 'project',
  description: 'Projects by suffix grammar and quoted names, LOCATED_IN/RUN_BY, dated STEP relations with amounts',
  extract(ctx: ExtractContext): Found {
    const text = ctx.article.text;
    const { region, places, orgs, projects: hits } = analyzeNames(text, ctx.region);
    const byName = new Map<string, ProjectHit[]>();
    for (const h of hits) byName.set(h.name, [...(byName.get(h.name) ?? []), h]);
    // one entity per project: names of one project (X产业园项目, X产业园, X产业园一期) go together
    const into = sameProject([...byName.keys()]);
    const groups = new Map<string, ProjectHit[]>();
    const aliases = new Map<string, string[]>();
    for (const [name, group] of byName) {
      const main = into.get(name) ?? name;
      groups.set(main, [...(groups.get(main) ?? []), ...group]);
      if (main !== name) aliases.set(main, [...(aliases.get(main) ?? []), name]);
    }
    const entities: ExtractedEntity[] = [];
    const relations: ExtractedRelation[] = [];
    const placeIds = spanIds(ctx, 'Place');
    const orgIds = spanIds(ctx, 'Organization');
    const mentions: ProjectMention[] = [];
    const taken: Array<[number, number]> = hits.map((h) => [h.start, h.end]);
    for (const [name, group] of groups) {
      const id = makeId('prj', name, ctx.region ?? region?.entry.name ?? null);
      const spans = [...group.map((h) => [h.start, h.end] as [number, number]), ...[name, ...(aliases.get(name) ?? [])].flatMap((n) => reprints(text, n, taken))];
      const props: Props = { kind: group[0]!.kind };
      if (aliases.has(name)) props.aliases = aliases.get(name)!;
      entities.push({ id, type: 'Project', name, props, mentions: spans.sort((a, b) => a[0] - b[0]) });
      const seen = new Set<string>();
      for (const h of group) {
        for (const r of links(ctx, h, id, places, orgs, placeIds, orgIds)) {
          // one LOCATED_IN / RUN_BY per place or body in an article, however often the name is printed
          if (!seen.has(`${r.type}|${r.to}`)) relations.push(r);
          seen.add(`${r.type}|${r.to}`);
        }
      }
      mentions.push(...spans.map(([start, end]) => ({ id, start, end, kind: group[0]!.kind, phase: phaseOf(text.slice(start, end)) })));
    }
    relations.push(...projectSteps(ctx, mentions.sort((a, b) => a.start - b.start)));
    return { entities, relations };
  },
};
