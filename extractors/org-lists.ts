/**
 * Organisations named by where they stand rather than by their ending: the
 * outlet of a `来源:` credit line, and the items of a list of bodies closed by
 * `等十余家媒体` / `等单位` when some item is already a body (每日某某、某某证券报等
 * 10余家财经媒体).
 */
import type { OrgKind } from '../model/graph.schema.js';
import type { OrgHit } from './org-grammar.js';
import type { PlaceHit } from './place-grammar.js';
import { walkBack } from './name-bounds.js';

/** `来源:X` credits an account or outlet; generic sources (本报, 网络, 综合) name nobody. */
const SOURCE_LINE = /(?:^|(?<=[。\s]))来源[:：]\s*([\u3400-\u9fff]{2,12})(?=\s|$)/gmu;
const GENERIC_SOURCE = /^(?:本报|本网|本站|网络|综合|互联网|网友|转载|原创|综合报道|新闻中心|办公室)$/u;

const overlaps = (hits: OrgHit[], start: number, end: number) => hits.some((h) => h.start < end && start < h.end);

/** The outlet of a 来源 line, unless a body found by its ending already names it. */
export function sourceLineHits(text: string, hits: OrgHit[]): OrgHit[] {
  if (!text.includes('来源')) return [];
  const out: OrgHit[] = [];
  for (const m of text.matchAll(SOURCE_LINE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (GENERIC_SOURCE.test(m[1]!) || overlaps(hits, start, end)) continue;
    out.push({ start, end, name: m[1]!, kind: 'media', canonical: null });
  }
  return out;
}

/** `等` + an optional count + a kind of body closes a list of bodies. */
const CLOSER = /等(?:[0-9一二三四五六七八九十百]+余?家|多家|数家|几家)?[\u3400-\u9fff]{0,4}?(媒体|新闻单位|单位|企业|公司|机构|银行)/gu;
const KIND_OF: Record<string, OrgKind> = { 媒体: 'media', 新闻单位: 'media', 企业: 'enterprise', 公司: 'enterprise', 银行: 'bank' };
/** Items that are a class of bodies or people, not one body (党政机关, 企事业单位, 相关部门). */
const GENERIC_ITEM = /^(?:各|全|有关|相关|其他|部分|广大)|(?:机关|单位|部门|企业|群众|干部|人员|机构|组织|代表|媒体)$/u;

/** The items of the 、-list that ends at `end`, first item bounded by a verb or punctuation. */
function listItems(text: string, end: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let itemEnd = end;
  for (;;) {
    let s = itemEnd;
    while (s > 0 && /[\u3400-\u9fff]/u.test(text[s - 1]!) && itemEnd - s <= 14) s--;
    if (text[s - 1] === '、' && itemEnd - s >= 2) {
      items.unshift([s, itemEnd]);
      itemEnd = s - 1;
      continue;
    }
    const first = walkBack(text, itemEnd, 14);
    if (first >= 0 && itemEnd - first >= 2) items.unshift([first, itemEnd]);
    return items;
  }
}

/** Bodies listed with other bodies before `等…媒体/单位/企业`: the list says what each item is. */
export function listedBodies(text: string, hits: OrgHit[], places: PlaceHit[]): OrgHit[] {
  if (!text.includes('等')) return [];
  const out: OrgHit[] = [];
  for (const m of text.matchAll(CLOSER)) {
    const items = listItems(text, m.index);
    if (items.length < 2 || !items.some(([s, e]) => hits.some((h) => h.start === s && h.end === e))) continue;
    for (const [s, e] of items) {
      const name = text.slice(s, e);
      // a place in a list of units (某某街道) is left to the places
      if (GENERIC_ITEM.test(name) || overlaps(hits, s, e) || places.some((p) => p.start === s && p.end === e)) continue;
      out.push({ start: s, end: e, name, kind: KIND_OF[m[1]!] ?? 'other', canonical: null });
    }
  }
  return out;
}
