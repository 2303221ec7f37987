/**
 * Places: administrative units from the gazetteer (full names, and short
 * forms where the context supports them), villages and communities, roads,
 * development zones, regions and named venues by suffix grammar; each place
 * once, in its fullest printed form, with `level`, `code` and `PART_OF`.
 */
import type { ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found } from './types.js';
import { chainOf, isPlaceName } from './gazetteer.js';
import { makeId } from './ids.js';
import { sentenceAt } from './sentences.js';
import type { PlaceHit } from './place-grammar.js';
import { analyzeNames } from './local-names.js';

export type { PlaceHit } from './place-grammar.js';
export { findPlaces, findPlacesIn } from './place-finder.js';
export { isPlaceName, lookupPlace } from './gazetteer.js';
export { resolveRegion, resolveRegionWord } from './region.js';


/**
 * Groups hits into one entity per place: same gazetteer code, or same name, or `X` inside `X地区`,
 * or a venue printed once with its town in front (某镇某广场 and 某广场).
 */
function groupHits(hits: PlaceHit[]): PlaceHit[][] {
  const groups = new Map<string, PlaceHit[]>();
  const plain = new Set(hits.filter((h) => !h.entry).map((h) => h.name));
  const own = (name: string) => {
    for (const rest of plain) {
      if (rest.length >= 2 && rest.length < name.length && name.endsWith(rest) && isPlaceName(name.slice(0, -rest.length))) return rest.replace(/地区$/, '');
    }
    return name.replace(/地区$/, '');
  };
  for (const h of hits) {
    const key = h.entry ? `code:${h.entry.code}` : `name:${own(h.name)}`;
    const g = groups.get(key);
    if (g) g.push(h);
    else groups.set(key, [h]);
  }
  return [...groups.values()];
}

/**
 * Gazetteer places are keyed by code (the same unit in every article); others
 * by name within the region, since 人民路 or 东街社区 recur in every county.
 */
function entityOf(group: PlaceHit[], scope: string | null): ExtractedEntity {
  const best = group.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  const e = best.entry;
  const props: Record<string, string | string[]> = { level: best.level };
  if (e) {
    props.code = e.code;
    props.canonical = e.name;
    props.chain = chainOf(e).slice(1).map((p) => p.name);
  }
  const aliases = [...new Set(group.map((h) => h.name))].filter((n) => n !== best.name);
  if (e && e.name !== best.name && !aliases.includes(e.name)) aliases.push(e.name);
  if (aliases.length) props.aliases = aliases;
  return {
    id: e ? makeId('plc', e.code) : makeId('plc', best.name, scope),
    type: 'Place',
    name: best.name,
    props,
    mentions: group.map((h) => [h.start, h.end] as [number, number]),
  };
}

/** PART_OF between places of the article: by gazetteer codes, and `X镇Y村` adjacency. */
function partOf(ctx: ExtractContext, hits: PlaceHit[], ids: Map<PlaceHit, string>): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const byCode = new Map<string, string>();
  for (const h of hits) if (h.entry) byCode.set(h.entry.code, ids.get(h)!);
  const seen = new Set<string>();
  const add = (from: string, to: string, at: PlaceHit) => {
    const k = `${from}>${to}`;
    if (from === to || seen.has(k)) return;
    seen.add(k);
    const s = sentenceAt(ctx.sentences, ctx.article.text, at.start);
    out.push({ type: 'PART_OF', from, to, props: {}, evidence: { start: s.start, end: s.end, text: s.text } });
  };
  hits.forEach((h, i) => {
    if (h.entry) {
      const parent = chainOf(h.entry).slice(1).find((p) => byCode.has(p.code));
      if (parent) add(ids.get(h)!, byCode.get(parent.code)!, h);
      return;
    }
    const prev = hits[i - 1];
    if (prev && prev.end === h.start && prev.entry && /village|community/.test(h.level)) add(ids.get(h)!, ids.get(prev)!, h);
  });
  return out;
}

/** The place extractor (registry id `place`). */
export const placeExtractor: Extractor = {
  id: 'place',
  description: 'Places: gazetteer units with short forms, villages, roads, zones, regions and venues; PART_OF chains',
  extract(ctx: ExtractContext): Found {
    const { places: hits, region } = analyzeNames(ctx.article.text, ctx.region);
    const scope = region?.entry.code ?? ctx.region;
    const ids = new Map<PlaceHit, string>();
    const entities: ExtractedEntity[] = [];
    for (const group of groupHits(hits)) {
      const ent = entityOf(group, scope);
      entities.push(ent);
      for (const h of group) ids.set(h, ent.id);
    }
    return { entities, relations: partOf(ctx, hits, ids) };
  },
};
