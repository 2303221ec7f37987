/**
 * Projects: named works, programmes, campaigns and platforms found by suffix
 * grammar, quoted names, and lists of quoted items before `等…平台/项目`;
 * linked to places (LOCATED_IN) and organisations (RUN_BY) when the name or
 * `X的Y项目` says so, with dated STEP relations (立项 … 投用) to the article.
 */
import type { ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found } from './types.js';
import type { PlaceHit } from './place-grammar.js';
import type { OrgHit } from './org-grammar.js';
import type { ProjectHit } from './project-finder.js';
import { analyzeNames } from './local-names.js';

export { findProjects, type ProjectHit } from './project-finder.js';
import { makeId } from './ids.js';
import { sentenceAt } from './sentences.js';
import { projectSteps } from './project-steps.js';

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

/** The project extractor (registry id `project`); runs after `place` and `organization`. */
export const projectExtractor: Extractor = {
  id: 'project',
  description: 'Projects by suffix grammar and quoted names, LOCATED_IN/RUN_BY, dated STEP relations with amounts',
  extract(ctx: ExtractContext): Found {
    const text = ctx.article.text;
    const { region, places, orgs, projects: hits } = analyzeNames(text, ctx.region);
    const groups = new Map<string, ProjectHit[]>();
    for (const h of hits) groups.set(h.name, [...(groups.get(h.name) ?? []), h]);
    const entities: ExtractedEntity[] = [];
    const relations: ExtractedRelation[] = [];
    const placeIds = spanIds(ctx, 'Place');
    const orgIds = spanIds(ctx, 'Organization');
    for (const [name, group] of groups) {
      const id = makeId('prj', name, ctx.region ?? region?.entry.name ?? null);
      entities.push({ id, type: 'Project', name, props: { kind: group[0]!.kind }, mentions: group.map((h) => [h.start, h.end] as [number, number]) });
      for (const h of group) relations.push(...links(ctx, h, id, places, orgs, placeIds, orgIds));
      relations.push(...projectSteps(ctx, id, group, hits));
    }
    return { entities, relations };
  },
};
