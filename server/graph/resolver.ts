/**
 * Entity resolution across articles (pure). The extractors give ids that are stable
 * within their own view; the store decides what is the same real-world thing:
 *
 * - Person: same name in the same region → one person. When one article names two
 *   different people with the same name (the extractor gave them different ids), they
 *   keep their own ids: the context said they are two.
 * - Role: normalised post + scope (normalizeRole).
 * - Organization: full name after expanding short forms (normalizeOrgName).
 * - Place, Project: placeKey, projectKey.
 * - Then the judgements made by hand (`baoxun merge`, `baoxun split`), so a correction
 *   holds on every later ingest.
 */
import type { ExtractedEntity, ExtractedRelation, Extraction, Props } from '../../model/graph.schema.js';
import { shortHash } from './ids.js';
import { normalizeOrgName, normalizeRole, placeKey, projectKey } from './normalize-names.js';
import type { ProjectIndex } from './project-index.js';

/** A correction made by hand, stored as a `Judgement` node. */
export type Judgement =
  | { id: string; kind: 'merge'; target: string; into: string }
  | { id: string; kind: 'split'; target: string; articles: string[]; into: string };

export interface ResolveContext {
  region: string | null;
  judgements?: readonly Judgement[];
  /** Projects known so far (full and short names); updated as projects are resolved. */
  projects?: ProjectIndex;
}

/** The canonical id and props of one extracted entity (before judgements). */
export function canonicalEntity(e: ExtractedEntity, region: string | null): { id: string; name: string; props: Props } {
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  switch (e.type) {
    case 'Person':
      return { id: `per_${shortHash(e.name, region)}`, name: e.name, props: e.props };
    case 'Role': {
      const k = normalizeRole(e.name, region, str(e.props.scope));
      return { id: `rol_${shortHash(k.canonical, k.scope)}`, name: e.name, props: { ...e.props, ...k } };
    }
    case 'Organization': {
      const full = normalizeOrgName(e.name, region);
      return { id: `org_${shortHash(full)}`, name: full, props: { ...e.props, aliases: [e.name] } };
    }
    case 'Place':
      return { id: `plc_${shortHash(placeKey(e.name, region))}`, name: e.name, props: e.props };
    case 'Project': {
      const key = projectKey(e.name, region);
      return { id: `prj_${shortHash(key, region)}`, name: e.name, props: { ...e.props, key, key_scope: region ?? '' } };
    }
    default:
      return { id: e.id, name: e.name, props: e.props };
  }
}

/** Applies the judgements to an id seen in `article`: splits first, then merges (followed to the end). */
export function judgedId(id: string, article: string, judgements: readonly Judgement[]): string {
  let cur = id;
  for (const j of judgements) if (j.kind === 'split' && j.target === cur && j.articles.includes(article)) cur = j.into;
  const seen = new Set<string>();
  for (;;) {
    const m = judgements.find((j) => j.kind === 'merge' && j.target === cur);
    if (!m || seen.has(cur)) return cur;
    seen.add(cur);
    cur = m.into;
  }
}

/** Rewrites an extraction's entity ids to the store's canonical ids; entities that collapse are merged. */
export function resolveExtraction(ex: Extraction, ctx: ResolveContext): Extraction {
  const art = ex.article.id;
  const judgements = ctx.judgements ?? [];
  const personIdsByName = new Map<string, Set<string>>();
  for (const e of ex.entities) if (e.type === 'Person') (personIdsByName.get(e.name) ?? personIdsByName.set(e.name, new Set()).get(e.name)!).add(e.id);
  const map = new Map<string, string>();
  const out = new Map<string, ExtractedEntity>();
  for (const e of ex.entities) {
    const c = canonicalEntity(e, ctx.region);
    if (e.type === 'Project' && ctx.projects) {
      const key = String(c.props.key);
      const scope = ctx.region ?? '';
      const known = ctx.projects.lookup(key, scope);
      if (known) c.id = known;
      else ctx.projects.add(key, scope, c.id);
    }
    // Two people of one name in one article: the extractor's ids keep them apart.
    const twins = e.type === 'Person' && (personIdsByName.get(e.name)?.size ?? 0) > 1;
    const id = judgedId(twins ? e.id : c.id, art, judgements);
    map.set(e.id, id);
    const prev = out.get(id);
    if (!prev) {
      out.set(id, { ...e, id, name: c.name, props: c.props, mentions: [...e.mentions] });
      continue;
    }
    const aliases = new Set([...asList(prev.props.aliases), prev.name, ...asList(c.props.aliases), c.name]);
    if (c.name.length > prev.name.length) prev.name = c.name;
    aliases.delete(prev.name);
    prev.props = { ...c.props, ...prev.props, aliases: [...aliases] };
    prev.mentions = mergeSpans(prev.mentions, e.mentions);
  }
  const rel = (r: ExtractedRelation): ExtractedRelation => ({ ...r, from: map.get(r.from) ?? r.from, to: map.get(r.to) ?? r.to });
  return { article: ex.article, entities: [...out.values()], relations: ex.relations.map(rel) };
}

function asList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

function mergeSpans(a: Array<[number, number]>, b: Array<[number, number]>): Array<[number, number]> {
  const seen = new Set(a.map(([s, e]) => `${s},${e}`));
  const out = [...a];
  for (const s of b) if (!seen.has(`${s[0]},${s[1]}`)) out.push(s);
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
