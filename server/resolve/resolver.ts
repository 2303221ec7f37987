/**
 * Entity resolution across articles (pure). The extractors give ids that are stable
 * within their own view; the store decides what is the same real-world thing:
 *
 * - Person: same name in the same region → one person, unless what is known of that
 *   person's posts over time contradicts the mention's (with `persons`: a village cadre of
 *   village A is not a village cadre of B, nor a city bureau's, in the same year; town cadres
 *   of two towns whose tenures interleave are two people; see person-index.ts and
 *   docs/decisions/person-resolution.md). When one article names two different people with
 *   the same name (the extractor gave them different ids), they keep their own ids.
 * - Role: normalised post + scope (normalizeRole).
 * - Organization: full name after expanding short forms (normalizeOrgName).
 * - Place: placeKey. Project: server/resolve/project-resolve.ts (key of the whole project, the
 *   index of known projects for names printed differently).
 * - Then the judgements made by hand (`baoxun merge`, `baoxun split`, and from the explorer
 *   also `rename`), so a correction
 *   holds on every later ingest.
 */
import type { ExtractedEntity, ExtractedRelation, Extraction, Props } from '../../model/graph.schema.js';
import { shortHash } from './ids.js';
import { normalizeOrgName, normalizeRole, placeKey } from './normalize-names.js';
import type { ProjectIndex } from '../resolve/project-index.js';
import { canonicalProject, resolveProjectId } from '../resolve/project-resolve.js';
import type { PersonIndex, PersonMention } from './person-index.js';
import { placeOfPost, type Seat, type SeatKind } from './person-seats.js';

/** A correction made by hand, stored as a `Judgement` node. */
export type Judgement =
  | { id: string; kind: 'merge'; target: string; into: string }
  | { id: string; kind: 'split'; target: string; articles: string[]; into: string }
  | { id: string; kind: 'rename'; target: string; into: string; name: string };

export interface ResolveContext {
  region: string | null;
  judgements?: readonly Judgement[];
  /** Projects known so far (full and short names); updated as projects are resolved. */
  projects?: ProjectIndex;
  /**
   * People known so far (load the batch's names first: person-lookup.ts); updated as people
   * are resolved. Without it, a name in a region is one person (as before).
   */
  persons?: PersonIndex;
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
    case 'Project':
      return canonicalProject(e, region);
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
  const canon = new Map(ex.entities.map((e) => [e.id, canonicalEntity(e, ctx.region)] as const));
  for (const e of ex.entities) {
    const c = canon.get(e.id)!;
    if (e.type === 'Project' && ctx.projects) c.id = resolveProjectId(ctx.projects, String(c.props.key), ctx.region, c.id).id;
    // Two people of one name in one article: the extractor's ids keep them apart.
    const twins = e.type === 'Person' && (personIdsByName.get(e.name)?.size ?? 0) > 1;
    const id = e.type === 'Person' && !twins && ctx.persons
      ? resolvePerson(ctx.persons, mentionOf(ex, e, canon, ctx.region), c.id, judgements)
      : judgedId(twins ? e.id : c.id, art, judgements);
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
  applyRenames(out.values(), judgements);
  const rel = (r: ExtractedRelation): ExtractedRelation => ({ ...r, from: map.get(r.from) ?? r.from, to: map.get(r.to) ?? r.to });
  return { article: ex.article, entities: [...out.values()], relations: ex.relations.map(rel) };
}

/** Names given by hand (`rename` judgements, the last one of an entity wins); the printed name stays an alias. */
function applyRenames(entities: Iterable<ExtractedEntity>, judgements: readonly Judgement[]): void {
  const names = new Map<string, string>();
  for (const j of judgements) if (j.kind === 'rename') names.set(j.target, j.name);
  if (names.size === 0) return;
  for (const e of entities) {
    const name = names.get(e.id);
    if (name === undefined || name === e.name) continue;
    e.props = { ...e.props, aliases: [...new Set([...asList(e.props.aliases), e.name])] };
    e.name = name;
  }
}

/**
 * The person a mention is. A judgement made by hand wins: the name's base id merged or split
 * away, or a split of a known person of this name that names this article. Otherwise the
 * index chooses (then merges made by hand apply). The index learns the mention either way.
 */
function resolvePerson(index: PersonIndex, m: PersonMention, base: string, judgements: readonly Judgement[]): string {
  const splitHere = (id: string) => judgements.some((j) => j.kind === 'split' && j.target === id && j.articles.includes(m.article));
  const pinned = [base, ...index.ids(m.name)].find((id) => (id === base ? judgedId(id, m.article, judgements) !== id : splitHere(id)));
  const id = judgedId(pinned ?? index.choose(m), m.article, judgements);
  index.record(m, id);
  return id;
}

/** What one (unresolved) extraction shows of each person it names, for PersonIndex.hint. */
export function personMentions(ex: Extraction, region: string | null): PersonMention[] {
  // Only the posts' canonical form and scope are needed here: no ids (hashing costs).
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const canon = new Map(ex.entities.filter((e) => e.type === 'Role')
    .map((e) => [e.id, { props: normalizeRole(e.name, region, str(e.props.scope)) as unknown as Props }] as const));
  return ex.entities.filter((e) => e.type === 'Person').map((e) => mentionOf(ex, e, canon, region));
}

/** What one article shows of a person: the seats (and unit-less levels) of the posts it gives them. */
function mentionOf(ex: Extraction, e: ExtractedEntity, canon: Map<string, { props: Props }>, region: string | null): PersonMention {
  const seats: Seat[] = [];
  const levels: SeatKind[] = [];
  for (const r of ex.relations) {
    if (r.type !== 'HOLDS_ROLE' || r.from !== e.id) continue;
    const role = canon.get(r.to)?.props;
    if (!role || typeof role.canonical !== 'string') continue;
    const p = placeOfPost(role.canonical, typeof role.scope === 'string' ? role.scope : null, region);
    if (p?.unit) seats.push({ kind: p.kind, unit: p.unit });
    else if (p) levels.push(p.kind);
  }
  return { name: e.name, article: ex.article.id, date: ex.article.published ?? null, seats, levels };
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
