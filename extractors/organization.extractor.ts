/**
 * Organisations by suffix grammar (extractors/org-grammar.ts) with a place or
 * level-character prefix (市经信局, 江苏省经信厅, X镇党委), the kind of body,
 * and a canonical full name when the paper's region is known (市经信局 →
 * 平湖市经济和信息化局, via the general abbreviation list in data/).
 */
import type { ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found } from './types.js';
import type { OrgHit } from './org-grammar.js';
import type { PlaceHit } from './place-grammar.js';
import { makeId } from './ids.js';
import { sentenceAt } from './sentences.js';
import { analyzeNames } from './local-names.js';

export type { OrgHit } from './org-grammar.js';
export { findOrganizations, canonicalOf } from './org-finder.js';

/** Bodies named by a level word (市委, 县交运局) are only the same body within one region. */
const LOCAL_NAME = /^(?:[市县区省州镇乡村]|团[市县区省]委$)/;

/** A firm printed once with its town in front (某镇某某有限公司) and once without is one body. */
function withoutPlace(hits: OrgHit[], places: PlaceHit[]): (h: OrgHit) => string {
  const plain = new Set(hits.filter((h) => !h.canonical).map((h) => h.name));
  return (h) => {
    if (h.canonical) return h.canonical;
    const p = places.find((x) => x.entry && x.start === h.start && x.end < h.end);
    const rest = p ? h.name.slice(p.name.length) : '';
    return rest.length >= 4 && plain.has(rest) ? rest : h.name;
  };
}

function entities(hits: OrgHit[], scope: string | null, places: PlaceHit[]): { entities: ExtractedEntity[]; idOf: Map<OrgHit, string> } {
  // One entity per body, but printed names that do not contain each other (县政府 / 县人民政府)
  // stay apart, linked by their shared `canonical` (the graph store merges on it).
  const groups = new Map<string, OrgHit[]>();
  const baseOf = withoutPlace(hits, places);
  for (const h of hits) {
    const base = baseOf(h);
    let key = base;
    for (let n = 2; groups.has(key) && !groups.get(key)!.some((g) => g.name.includes(h.name) || h.name.includes(g.name)); n++) key = `${base}|${n}`;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  const out: ExtractedEntity[] = [];
  const idOf = new Map<OrgHit, string>();
  for (const [key, group] of groups) {
    const best = group.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    const printed = group.flatMap((h) => [h.name, ...(h.printed ? [h.printed] : [])]);
    const aliases = [...new Set([...printed, ...(best.canonical ? [best.canonical] : [])])].filter((n) => n !== best.name);
    const props: Record<string, string | string[]> = { kind: best.kind };
    if (best.canonical) props.canonical = best.canonical;
    if (aliases.length) props.aliases = aliases;
    const id = best.canonical || !LOCAL_NAME.test(best.name) ? makeId('org', key) : makeId('org', key, scope);
    out.push({ id, type: 'Organization', name: best.name, props, mentions: group.map((h) => [h.start, h.end] as [number, number]) });
    for (const h of group) idOf.set(h, id);
  }
  return { entities: out, idOf };
}

/** LOCATED_IN from an organisation to the place its name starts with. */
function locatedIn(ctx: ExtractContext, hits: OrgHit[], idOf: Map<OrgHit, string>): ExtractedRelation[] {
  const places = ctx.found.entities.filter((e) => e.type === 'Place');
  const out: ExtractedRelation[] = [];
  for (const h of hits) {
    const place = places.find((p) => p.mentions.some(([s, e]) => s === h.start && e < h.end));
    if (!place) continue;
    const s = sentenceAt(ctx.sentences, ctx.article.text, h.start);
    out.push({ type: 'LOCATED_IN', from: idOf.get(h)!, to: place.id, props: {}, evidence: { start: s.start, end: s.end, text: s.text } });
  }
  return out;
}

/**
 * A body named only as the convener of a meeting whose spirit is relayed (学习省委经济工作会议精神,
 * 传达某全会精神) is not reported on: the article is about the relaying, not the body. Only the
 * clause after the name is read.
 */
const RELAYED_RE = /^[^，。；、,;\n]{0,24}?(?:会议|全会|大会|文件|决定|指示|批示)(?:上的(?:重要)?讲话)?精神/u;
/** A plenary of a party committee (市委四届八次全会) names its committee only as part of the meeting's name. */
const PLENARY_RE = /^(?:第?[一二三四五六七八九十]+届)?第?[一二三四五六七八九十]+次(?:全体会议|全会)/u;
/** 会议传达了…某委第N次常委(扩大)会议: a meeting named in a clause that relays it. */
const MEETING_AFTER = /^[^，。；、,;\n]{0,16}?(?:会议|全会)/u;
const RELAYING_BEFORE = /(?:传达|学习)(?:了|贯彻)?[^。；\n]{0,40}$/u;
const relayed = (text: string, h: OrgHit) => {
  const after = text.slice(h.end, h.end + 36);
  if (RELAYED_RE.test(after) || PLENARY_RE.test(after)) return true;
  return MEETING_AFTER.test(after) && RELAYING_BEFORE.test(text.slice(Math.max(0, h.start - 48), h.start));
};

/** The organisation extractor (registry id `organization`); runs after `place`. */
export const organizationExtractor: Extractor = {
  id: 'organization',
  description: 'Organisations by suffix grammar with kind, canonical full name (region-aware abbreviation expansion) and LOCATED_IN',
  extract(ctx: ExtractContext): Found {
    const { orgs: found, places, region } = analyzeNames(ctx.article.text, ctx.region);
    const hits = found.filter((h) => !relayed(ctx.article.text, h));
    const { entities: ents, idOf } = entities(hits, region?.entry.code ?? ctx.region, places);
    return { entities: ents, relations: locatedIn(ctx, hits, idOf) };
  },
};
