/**
 * Places named by the list they stand in: a visit's itinerary closed by 等地
 * (`先后来到某村、某某旧址、某某工业基地等地`) lists places, so an item that ends
 * like a site, a zone or a park is one even when the suffix grammar would not
 * take its long or odd name alone. Bodies (…公司, …幼儿园), projects and generic
 * words (企业, 工业基地, 农贸市场) in such a list stay out.
 */
import type { PlaceHit } from './place-grammar.js';

/** The word that closes an itinerary; not 同等地位 / 平等地 (an adverb). */
const CLOSER = /(?<![平同均对优劣高低上中下次超特])等地(?![位])/gu;
/** The verb that opens an itinerary; the list starts after its last occurrence in the clause. */
const OPENER = /(?:来到|走进|前往|深入|走访|参观|考察|察看|查看|视察|调研|抵达|到访|到|赴|在)(?:了|过)?/gu;
const CLAUSE_BREAK = /[，。；：！？,;:!?\n]/u;
/** Endings of bodies and of the things a visit also sees (farms, workshops, sites of work). */
const NOT_PLACE_END = /(?:公司|集团|合作社|厂|局|委|院|校|学|所|社|会|站|部|办|队|团|农场|牧场|幼儿园|中心|银行|行|现场|地头|车间|工地|一线|家中|家里|户|点|项目|工程|[一二三四五六七八九十]期)$/u;
/**
 * …and an item is taken only when it ends like a site, a zone or a park: a single character (场, 馆,
 * 道) ends too many common words (农贸市场, 展示馆, 步道) to be evidence of a name.
 */
const SITE_END = /(?:旧址|遗址|故居|故里|纪念馆|博物馆|展览馆|陈列馆|基地|新区|园区|产业园|农业园|工业园|科技园|生态园|博园|植物园|动物园|旅游区|景区|风景区|度假区|公园|广场|古镇|古城|老街|湿地|茶海|林场)$/u;
/** Items that are a class of places (全县各乡镇, 各镇政府). */
const CLASS_LEAD = /^(?:全|各|该|本|部分|有关|相关|其他|多个|一些|主要|周边)|各/u;
/** Items that are only a kind of place (工业基地, 农业园区, 旅游景区), not a named one. */
const GENERIC_ITEM = /^(?:口袋|街心|工业|农业|产业|现代|生态|文化|旅游|乡村|农村|城市|城区|社区|园区|企业|项目|重点|示范|特色|田间|基层|养殖|种植|扶贫|商贸|物流|电商|科技|创业|红色)(?:基地|园区|园|景区|区|片区|小区|街区|广场|公园|新区|集镇|博物馆|展览馆|纪念馆|文化馆|体育馆|图书馆|科技馆)?$/u;
const NAME_CHARS = /^[\u3400-\u9fff0-9·]+$/u;

/** One item of a list, as a span of the text. */
interface Item { start: number; end: number }

/** The items of the itinerary that ends at `closeAt` (the position of 等地), or none when no opening verb is found. */
function itinerary(text: string, closeAt: number): Item[] {
  let clause = closeAt;
  while (clause > 0 && !CLAUSE_BREAK.test(text[clause - 1]!) && closeAt - clause < 120) clause--;
  const span = text.slice(clause, closeAt);
  const firstItemEnd = span.indexOf('、') < 0 ? span.length : span.indexOf('、');
  let open = -1;
  for (const m of span.matchAll(OPENER)) if (m.index < firstItemEnd) open = m.index + m[0].length;
  if (open < 0) return [];
  const items: Item[] = [];
  let s = clause + open;
  for (let i = s; i <= closeAt; i++) {
    if (i === closeAt || text[i] === '、') {
      items.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return items;
}

/** The item is spelled out by places found already, end to end (某镇某村). */
function covered(sorted: PlaceHit[], it: Item): boolean {
  let at = it.start;
  for (const h of sorted) if (h.start === at && h.end <= it.end) at = h.end;
  return at === it.end;
}

/**
 * Places that stand as items of a 等地 list and were not found otherwise. `hits` are the places
 * found so far: an item that ends with one of them is already known (某镇某村).
 */
export function listedPlaces(text: string, hits: PlaceHit[]): PlaceHit[] {
  if (!text.includes('等地')) return [];
  const out: PlaceHit[] = [];
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(CLOSER)) {
    for (const it of itinerary(text, m.index)) {
      // an item that starts with its town (某镇某某茶博园) names the site after the town
      const town = hits.find((h) => h.entry && h.start === it.start && h.end < it.end - 2);
      if (town) it.start = town.end;
      const name = text.slice(it.start, it.end);
      if (name.length < 3 || name.length > 14 || !NAME_CHARS.test(name) || covered(sorted, it)) continue;
      if (NOT_PLACE_END.test(name) || !SITE_END.test(name) || GENERIC_ITEM.test(name) || CLASS_LEAD.test(name) || name.includes('的')) continue;
      // a place followed by a word or two is that place's building (某村村部), not a new place
      if (hits.some((h) => h.start === it.start && it.end - h.end <= 2)) continue;
      out.push({ start: it.start, end: it.end, name, level: 'other', via: 'grammar' });
    }
  }
  return out;
}
