/**
 * Finds organisation names by the suffix grammar of org-grammar.ts, with a
 * place or level-character prefix, and gives public bodies a canonical full
 * name when the region is known (市经信局 → 平湖市经济和信息化局).
 */
import { firstCharScanner } from './first-char-scan.js';
import type { OrgKind } from '../model/graph.schema.js';
import { ORG_SUFFIXES, kindOfName, LEVEL_ANCHORED, type OrgHit, type OrgSuffix } from './org-grammar.js';
import { bookTitleSpans, walkBack } from './name-bounds.js';
import { listedBodies, sourceLineHits } from './org-lists.js';
import type { PlaceHit } from './place-grammar.js';
import { unitForLevelChar, type Region } from './region.js';
import abbr from './data/org-abbreviations.json' with { type: 'json' };

const BY_SUFFIX = new Map(ORG_SUFFIXES.map((x) => [x.suffix, x] as const));
const SUFFIX_RE = new RegExp(
  [...ORG_SUFFIXES].sort((a, b) => b.suffix.length - a.suffix.length).map((x) => x.suffix).join('|'), 'g');
/** SUFFIX_RE tried only where a suffix can start (first-char-scan.ts). */
const SUFFIX_SCAN = firstCharScanner(SUFFIX_RE.source, SUFFIX_RE.flags, ORG_SUFFIXES.map((x) => x.suffix));
const LEVEL = '省市县区镇乡村州旗';
const LEAD_BEFORE_LEVEL = new Set([...'经据受请令由向对给让与和及同']);
const LEAD2_BEFORE_LEVEL = new Set(['联合', '协调', '配合', '支持', '会同', '邀请', '组织', '代表', '带领', '依托', '经过']);
/** Two-character level words of Inner Mongolia (苏木党委, 嘎查委员会), as 乡/村 elsewhere. */
const LEVEL_WORD = /^(?:苏木|嘎查)/u;
/** Words that may stand before a place in a body's name (中共平湖市委). */
const NAME_LEAD = /^(?:中共|中国|共青团|全国|中央|自治区|自治州|自治县|自治旗)/;

/** A verb or preposition right before a level character ends the name (经市委研究 → 市委). */
function stopBeforeLevel(text: string, j: number): boolean {
  if (!LEVEL.includes(text[j] ?? '')) return false;
  return LEAD_BEFORE_LEVEL.has(text[j - 1] ?? '') || LEAD2_BEFORE_LEVEL.has(text.slice(j - 2, j));
}

/** Left parts of department names joined by 和 (住房和城乡建设厅), from the general abbreviation data. */
const AND_LEFT = [...new Set(Object.values(abbr.departments as Record<string, string>)
  .filter((v) => v.includes('和')).map((v) => v.slice(0, v.indexOf('和'))))];

/** The walk goes on through 和 inside a department name, and stops before a level character after a verb. */
/** Verbs of visiting before a body (察看了解某某牧场) that the shared stop words do not hold. */
const VISIT_VERBS = new Set(['了解', '察看', '查看', '看望', '观摩', '曾任', '现任', '担任', '兼任', '历任', '调任', '升任']);
/** …and verbs of motion (队员们到学校宣讲: no body named 队员们到学校). */
const MOTION = new Set([...'到赴往抵']);

function orgStop(text: string, j: number): boolean | 'pass' {
  if (/[0-9]/.test(text[j - 1] ?? '')) return true; // dates and counts are not part of a body's name
  if ((j >= 2 && VISIT_VERBS.has(text.slice(j - 2, j))) || MOTION.has(text[j - 1] ?? '')) return true;
  if (text[j - 1] === '和' && AND_LEFT.some((l) => text.endsWith(l, j - 1))) return 'pass';
  return stopBeforeLevel(text, j);
}

/** A list item's start: right after the 、 before it (某某奶制品加工车间: 和 inside the name is no boundary). */
function itemStart(text: string, at: number, maxPrefix: number): number {
  const comma = text.lastIndexOf('、', at - 1);
  return comma >= 0 && at - comma - 1 <= maxPrefix && /^[\u3400-\u9fff]+$/u.test(text.slice(comma + 1, at)) ? comma + 1 : -1;
}

function nameStart(text: string, at: number, sfx: OrgSuffix, places: PlaceHit[]): number {
  if (sfx.listOnly) return itemStart(text, at, sfx.maxPrefix ?? 10);
  let start = walkBack(text, at, sfx.maxPrefix ?? 10, undefined, true, orgStop);
  // the walk stopped inside a place name (和田地委: 和 reads as "and"): the name starts with the place
  const across = places.find((h) => h.start < start && start < h.end && h.end <= at + sfx.suffix.length);
  if (across) start = across.start;
  if (start < 0) {
    // No boundary within reach: start at the first place inside the window, if any.
    const p = places.find((h) => h.start >= at - (sfx.maxPrefix ?? 10) && h.start < at);
    if (!p) return -1;
    start = p.start;
  }
  // an opening bracket before a name (`（某县融媒记者 …）`) is not part of it
  while (start < at && '（('.includes(text[start]!)) start++;
  // A quoted name part (“小红帽”志愿服务队) belongs to the name.
  if (text[start - 1] === '”') {
    const open = text.lastIndexOf('“', start - 1);
    if (open >= 0 && start - open <= 12) start = open;
  }
  return start;
}

/** Cuts party/government names back to their place or level character (…经市委 → 市委). */
function anchor(text: string, start: number, at: number, places: PlaceHit[]): number {
  const prefix = text.slice(start, at);
  if (!prefix || NAME_LEAD.test(prefix)) return start;
  const p = places.find((h) => h.start >= start && h.start < at);
  if (p) return p.start;
  const k = [...prefix].findIndex((c) => LEVEL.includes(c));
  // 社区居委会, 街道办事处: 社区 and 街道 are the level here, not a place ending in 区; so is a zone (开发区党工委)
  if (/^(?:社区|街道)/u.test(prefix) || ZONE_PREFIX.test(prefix)) return start;
  return k > 0 && k <= 2 ? start + k : start;
}

/**
 * Prefixes that make the name generic (各级党委, 该村党支部, 全县各中心小学, 乡镇党委, 部分乡镇政府)
 * or a count of bodies (某某、某某四镇人大).
 */
const GENERIC_PREFIX = /各|^(?:全[市县区省镇乡村]?$|该|本|这|那|此|有关|相关|其他|当地|地方|基层|上级|下级|部分|县乡$)|乡镇$|[0-9一二三四五六七八九十两几多][镇乡县市区]$/u;

/** Measure words: after a number they count things (`12支服务队`), they do not start a name. */
const MEASURE = new Set([...'个支家所名位座项批只条户']);
/** A zone before a level body stands for its place (`经济开发区党工委`, `高新区管委会`). */
const ZONE_PREFIX = /(?:开发区|高新区|经开区|园区|新区|试验区|示范区|保税区)$/u;

function accept(text: string, start: number, at: number, sfx: OrgSuffix, places: PlaceHit[]): boolean {
  const prefix = text.slice(start, at);
  if (prefix && MEASURE.has(prefix[0]!) && /[0-9０-９一二三四五六七八九十两几多]/u.test(text[start - 1] ?? '')) return false;
  const next = text[at + sfx.suffix.length] ?? '';
  if (sfx.badNext?.includes(next)) return false;
  if (!prefix) return !!sfx.bare && (!sfx.bareNext || sfx.bareNext.test(text.slice(at + sfx.suffix.length, at + sfx.suffix.length + 3)));
  if (sfx.badLast?.includes(prefix.slice(-1))) return false;
  if (sfx.facility?.test(prefix) || sfx.badPrefix?.test(prefix)) return false;
  if (prefix.length < (sfx.minPrefix ?? 0)) return false;
  if (sfx.needsPlace) {
    const placed = places.some((h) => h.start === start) || LEVEL.includes(prefix[0]!) || NAME_LEAD.test(prefix) || ZONE_PREFIX.test(prefix) || LEVEL_WORD.test(prefix);
    if (!placed) return false;
  }
  return true;
}

/** All organisation names in `text`, longest first where they overlap, in text order. */
/**
 * `levelRegion` is the region that bare level words (市委, 县交运局) stand for in
 * canonical names: give it only when the paper's region is known, not guessed.
 */
/** Buildings an event is held in, and the verbs that say so. */
const VENUE_END = /(?:中心|馆|宫|剧院|礼堂|会堂|大厦)$/u;
const HELD_AFTER = /^(?:隆重|盛大|正式)?(?:举行|召开|举办|开幕|启幕)/u;

export function findOrganizations(text: string, places: PlaceHit[] = [], region: Region | null = null, levelRegion: Region | null = region): OrgHit[] {
  const hits: OrgHit[] = [];
  const weak = new Set<OrgHit>();
  for (const m of SUFFIX_SCAN.all(text)) {
    const sfx = BY_SUFFIX.get(m[0])!;
    if (sfx.needNext && !sfx.needNext.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    let start = nameStart(text, m.index, sfx, places);
    // a verb that introduces the body is not part of its name (`配合银行`, `联合团县委`)
    if (start >= 0 && m.index - start >= 2 && LEAD2_BEFORE_LEVEL.has(text.slice(start, start + 2))) start += 2;
    if (start < 0 || GENERIC_PREFIX.test(text.slice(start, m.index))) continue;
    if (LEVEL_ANCHORED.has(kindOfName(text.slice(start, m.index + m[0].length), sfx.kind))) start = anchor(text, start, m.index, places);
    // A body that is a name on its own (妇联, 组织部) takes no prefix but a place, a level word or 中共…
    if (sfx.bare && start < m.index && !places.some((h) => h.start === start) && !LEVEL.includes(text[start]!) && !/^(?:中共|中国|共青团|全国|中央|自治|街道|社区)/u.test(text.slice(start, m.index))) start = m.index;
    if (!accept(text, start, m.index, sfx, places)) continue;
    const end = m.index + m[0].length;
    // a centre being built (某某繁育中心建设项目) is the project's facility; one an event is held in
    // (在县某某艺术中心举行) is its venue, a place (place-grammar.ts)
    if (/中心$/u.test(m[0]) && /^(?:建设)?(?:项目|工程)/u.test(text.slice(end, end + 4))) continue;
    if (text[start - 1] === '在' && VENUE_END.test(text.slice(start, end)) && HELD_AFTER.test(text.slice(end, end + 6))) continue;
    // A body outlives its terms: 县十七届人大常委会 is 县人大常委会 (the printed form stays an alias).
    const printed = text.slice(start, end);
    const name = printed
      .replace(/^([市县区省州])第?[一二三四五六七八九十]+届(人大常委会|人大|政协|委|纪委|常委会)$/, '$1$2')
      .replace(/^第?[一二三四五六七八九十]+届(?=[市县区省州]委$)/, '');
    if (NOT_ONE_BODY.test(name) || (sfx.suffix === '党委' && text.startsWith('政府', end))) continue;
    const kind = kindOfName(name, sfx.kind);
    // 市委市政府, 县委县政府: two bodies printed as one word
    const pair = /^([省市县区州旗镇乡]委)([省市县区州旗镇乡]政府)$/u.exec(name);
    if (pair) {
      for (const [i, part] of [pair[1]!, pair[2]!].entries()) {
        const s0 = i === 0 ? start : start + pair[1]!.length;
        const k = kindOfName(part, sfx.kind);
        hits.push({ start: s0, end: s0 + part.length, name: part, kind: k, canonical: canonicalOf(part, places, s0, levelRegion, k) });
      }
      continue;
    }
    const hit: OrgHit = { start, end, name, kind, canonical: canonicalOf(name, places, start, levelRegion, kind), ...(printed !== name ? { printed } : {}) };
    hits.push(hit);
    if (sfx.listOnly) weak.add(hit);
    const bank = /^(.{2,8}银行).{1,10}[分支]行$/.exec(name);
    if (bank) hits.push({ start, end: start + bank[1]!.length, name: bank[1]!, kind: 'bank', canonical: null, parentOf: true } as OrgHit);
  }
  return dropInside(listed(resolve([...hits, ...sourceLineHits(text, hits), ...listedBodies(text, hits, places)], places), weak, text), text);
}


/**
 * Not one named body: a pair said as one (镇党委政府), village-run (村办), a class of committees (人大专门委员会,
 * 政协工作委员会), or a term with no body's name (七届委员会).
 */
const NOT_ONE_BODY = /党委政府|^[省市县区镇乡村]办$|(?:人大|常委会|政协)各?(?:专门委员会|工作委员会)$|^第?[一二三四五六七八九十]+届(?:委员会|常委会)$/u;

/** Keeps a weak hit (…车间) only in a 、-list next to a body, directly or through other listed ones. */
function listed(hits: OrgHit[], weak: Set<OrgHit>, text: string): OrgHit[] {
  if (weak.size === 0) return hits;
  const kept = new Set(hits.filter((h) => !weak.has(h)));
  for (let grew = true; grew;) {
    grew = false;
    for (const h of hits) {
      if (kept.has(h)) continue;
      const next = [...kept].some((k) => (text[h.end] === '、' && k.start === h.end + 1) || (text[h.start - 1] === '、' && k.end === h.start - 1));
      if (next) { kept.add(h); grew = true; }
    }
  }
  return hits.filter((h) => kept.has(h));
}

/** Longest wins among overlapping hits; a bank's parent (中国银行) is kept inside its branch. */
function resolve(hits: OrgHit[], places: PlaceHit[]): OrgHit[] {
  const parents = hits.filter((h) => (h as { parentOf?: boolean }).parentOf);
  const sorted = hits.filter((h) => !parents.includes(h)).sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: OrgHit[] = [];
  for (const h of sorted) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  // Venues and zones (一中报告厅) are places, not bodies.
  const venues = places.filter((p) => p.level === 'other' || p.level === 'zone');
  const out = kept.filter((h) => !venues.some((p) => p.start <= h.start && h.end <= p.end));
  for (const p of parents) { delete (p as { parentOf?: boolean }).parentOf; out.push(p); }
  return out.sort((a, b) => a.start - b.start);
}

function dropInside(hits: OrgHit[], text: string): OrgHit[] {
  const titles = bookTitleSpans(text);
  return hits.filter((h) => !titles.some(([s, e]) => h.start >= s && h.end <= e));
}

const DEPTS = abbr.departments as Record<string, string>;

const CANONICAL_KINDS: ReadonlySet<OrgKind> = new Set(['party', 'government', 'congress', 'cppcc', 'court', 'association']);

/**
 * The full name of a public body: the level character or place expanded to the
 * region's unit, the department abbreviation expanded (市经信局 → 平湖市经济和信息化局,
 * 市委 → 中共平湖市委员会, 市政协 → 中国人民政治协商会议平湖市委员会); null when nothing changes.
 */
export function canonicalOf(name: string, places: PlaceHit[], start: number, region: Region | null, kind?: OrgKind): string | null {
  if (kind && !CANONICAL_KINDS.has(kind)) return null;
  const league = /^团([市县区省])委$/.exec(name);
  if (league) {
    const u = region ? unitForLevelChar(league[1]!, region) : null;
    return u ? `共青团${u.name}委员会` : null;
  }
  let place = '';
  let body = name;
  const p = places.find((h) => h.start === start && h.entry && name.startsWith(h.name));
  if (p?.entry) {
    place = p.entry.name;
    body = name.slice(p.name.length);
  } else if ('市县区省州'.includes(name[0]!) && name.length > 1) {
    const u = region ? unitForLevelChar(name[0]!, region) : null;
    if (!u) return null; // 市委 of an unknown city: nothing to add
    place = u.name;
    body = name.slice(1);
  } else return DEPTS[name] && DEPTS[name] !== name ? DEPTS[name]! : null;
  const full = expandBody(body, place);
  return full !== name ? full : null;
}

function expandBody(body: string, place: string): string {
  if (body === '委') return `中共${place}委员会`;
  if (body.startsWith('委')) return `中共${place}${body}`;
  if (body.startsWith('政协')) return `中国人民政治协商会议${place}委员会${body.slice(2)}`;
  for (let n = Math.min(body.length, 7); n >= 2; n--) {
    const full = DEPTS[body.slice(0, n)];
    if (full) return place + full + body.slice(n);
  }
  return place + body;
}

