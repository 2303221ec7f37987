/**
 * Finds places in a text: administrative units from the gazetteer (full
 * names, and short forms where the context supports them) and the suffix
 * grammar of place-grammar.ts; overlapping hits resolved longest first.
 */
import type { PlaceLevel } from '../model/graph.schema.js';
import { lookupShort, pickEntry, isWithin, shortTable, hasPairHead, pairKey, scanFullNames, isUpperShort, shortsWithin, type GazEntry } from './gazetteer.js';
import { resolveRegion, type Region } from './region.js';
import { grammarPlaces, quotedTitleSpans, type PlaceHit } from './place-grammar.js';
import { isCjk, STOP_CHARS, STOP_WORDS } from './name-bounds.js';
import { listedPlaces } from './place-lists.js';

const GENERIC_FULL = new Set(['城区', '矿区', '郊区', '东区', '西区', '南区', '北区', '街道', '新区', '市区', '林区', '园区',
  '开发区', '高新区', '经开区', '工业园区', '经济开发区', '经济技术开发区', '高新技术产业开发区', '产业园区', '小城镇']);
/** Generic words that end some units' names: 部分乡镇 holds 分乡镇 read across a word. */
const GENERIC_TAIL = new Set(['乡镇', '城镇', '村镇', '集镇']);
/** Characters after which a place name may start (besides punctuation and function words). */
const BEFORE_OK = new Set([...'赴到来去往至离返抵驻在从于与和及、省市县区镇乡州']);
const LEVEL_CHARS = new Set([...'省市县区镇乡州']);
/** Common single-character surnames: a short form right after one is likely part of a person's name (陈金华). */
const SURNAME = new Set([...'王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤伍']);

/** A place name starts here: after a non-CJK char, a function word, a verb of motion, or another place. */
function startsWord(text: string, start: number, placeEnds: Set<number>): boolean {
  // 县长葛某, 某县长沙某: the level character and 长 are a post, the short form is read across a title
  if (start > 0 && text[start] === '长' && LEVEL_CHARS.has(text[start - 1]!)) return false;
  if (start === 0 || placeEnds.has(start)) return true;
  const prev = text[start - 1]!;
  if (!isCjk(prev) || STOP_CHARS.has(prev) || BEFORE_OK.has(prev)) return !SURNAME.has(prev);
  if (start >= 2 && STOP_WORDS.has(text.slice(start - 2, start))) return true;
  return false;
}

const EMPTY_ENDS: Set<number> = new Set();

function fullHits(text: string, region: Region | null): PlaceHit[] {
  const out: PlaceHit[] = [];
  const doubtful: PlaceHit[] = [];
  for (const h of scanFullNames(text)) {
    if (GENERIC_FULL.has(h.name) || acrossWord(text, h.start)) continue;
    if (GENERIC_TAIL.has(h.name.slice(1)) && !startsWord(text, h.start, EMPTY_ENDS)) continue;
    const e = pickEntry(h.units, region?.entry.code ?? null)!;
    const hit: PlaceHit = { start: h.start, end: h.end, name: h.name, level: e.level, entry: e, via: 'full' };
    // Two-character names (新镇, 和县) collide with words unless they are the region's own or stand alone.
    if (h.name.length === 2 && e.code !== region?.entry.code && (STOP_CHARS.has(h.name[0]!) || (!inRegion(e, region) && /township|subdistrict/.test(e.level)))) {
      if (!STOP_CHARS.has(h.name[0]!)) doubtful.push(hit);
      continue;
    }
    out.push(hit);
  }
  // …but a two-character town listed next to another place (`在罕井镇、孙镇开展`) is a place.
  const ends = new Set(out.map((h) => h.end));
  const starts = new Set(out.map((h) => h.start));
  for (const h of doubtful) {
    if ((text[h.start - 1] === '、' && ends.has(h.start - 1)) || (text[h.end] === '、' && starts.has(h.end + 1))) out.push(h);
  }
  return out;
}

function inRegion(e: GazEntry, region: Region | null): boolean {
  return !!region && (e.code === region.entry.code || isWithin(e, region.entry));
}

/** Same province as the region. */
function nearRegion(e: GazEntry, region: Region | null): boolean {
  const prov = region?.chain.find((u) => u.level === 'province');
  return !!prov && isWithin(e, prov);
}

/**
 * Two characters before a gazetteer name's first one that make a word with it: the name is read across
 * a word (示范县 holds 范县, 创新区 holds 新区), not printed on its own.
 */
const WORD_ACROSS = new Set(['示范', '模范', '规范', '防范', '典范', '师范', '风范', '创新', '更新', '重新', '全新', '最新', '崭新', '革新',
  '清新', '温和', '平和', '祥和', '柔和', '缓和', '总和', '饱和', '暖和', '融和', '调和']);
const acrossWord = (text: string, start: number): boolean => start > 0 && WORD_ACROSS.has(text.slice(start - 1, start + 1));
/** Short forms that are also everyday verbs of building (新建的厂房): a place only inside the paper's own region. */
const ACTION_SHORTS = new Set(['新建', '扩建', '改建', '援建', '共建', '兴建', '创建', '新兴', '新建设']);

/** Characters after a short form that show it is part of a longer word rather than a place. */
const SHORT_NEXT_BAD = new Set([...'省市县区镇乡村'].map((c) => c.charCodeAt(0)));

const EMPTY: ReadonlySet<string> = new Set();

function shortHits(text: string, region: Region | null, taken: Uint8Array, placeEnds: Set<number>): PlaceHit[] {
  const out: PlaceHit[] = [];
  const rejected: Array<{ start: number; end: number; units: GazEntry[] }> = [];
  const local = region ? shortsWithin(region.entry) : EMPTY;
  const table = shortTable(region?.entry ?? null);
  const last = text.length - 1;
  for (let start = 0; start < last; start++) {
    if (taken[start] || !table.first[text.charCodeAt(start) & 0x7fff]) continue;
    const key = pairKey(text, start);
    if (!hasPairHead(table, key)) continue;
    const lens = table.heads.get(key);
    if (!lens) continue;
    for (const len of lens) {
      const end = start + len;
      if (end > text.length || taken[end - 1]) continue;
      const short = text.slice(start, end);
      const units = lookupShort(short);
      if (units.length === 0 || SHORT_NEXT_BAD.has(text.charCodeAt(end))) continue;
      if (!local.has(short) && !isUpperShort(short)) break; // a town elsewhere: never by its short form
      if ((ACTION_SHORTS.has(short) && !local.has(short)) || acrossWord(text, start)) break;
      const e = startsWord(text, start, placeEnds) ? acceptShort(units, region) : undefined;
      if (e) {
        out.push({ start, end, name: text.slice(start, end), level: e.level, entry: e, via: 'short' });
        placeEnds.add(end);
      } else if (!SURNAME.has(text[start - 1] ?? '')) rejected.push({ start, end, units });
      break;
    }
  }
  // In a list of places (金山、太仓、平湖) a county's short form needs no other support.
  const ends = new Set(out.map((h) => h.end));
  const starts = new Set(out.map((h) => h.start));
  for (const r of rejected) {
    const listed = (text[r.end] === '、' && starts.has(r.end + 1)) || (text[r.start - 1] === '、' && ends.has(r.start - 1));
    const e = listed ? pickEntry(r.units.filter((u) => /county|prefecture/.test(u.level) && !u.common), region?.entry.code ?? null) : undefined;
    if (e) out.push({ start: r.start, end: r.end, name: text.slice(r.start, r.end), level: e.level, entry: e, via: 'short' });
  }
  return out;
}

/**
 * Short forms are accepted for provinces and prefectures (unless they are common
 * words), for counties near the region or not common words, and for townships
 * only inside the region.
 */
function acceptShort(units: GazEntry[], region: Region | null): GazEntry | undefined {
  const code = region?.entry.code ?? null;
  const local = units.filter((u) => inRegion(u, region) || u.code === region?.entry.code);
  if (local.length) return pickEntry(local, code);
  const upper = units.filter((u) => u.level === 'province' || u.level === 'prefecture');
  if (upper.length) return pickEntry(upper, code);
  const counties = units.filter((u) => u.level === 'county' && !u.common);
  const near = counties.filter((u) => nearRegion(u, region));
  if (near.length) return pickEntry(near, code);
  const known = counties.filter((u) => u.knownShort);
  return known.length === 1 ? known[0] : undefined;
}

/**
 * A county's short form found outside the paper's region is dropped when it sits in a 、-list next to
 * something that is not a place: `新建、改扩建学校` is the verb 新建, not 新建区.
 */
function listedWithNonPlaces(text: string, shorts: PlaceHit[], full: PlaceHit[]): PlaceHit[] {
  const listed = (h: PlaceHit) => h.level === 'county' && h.entry?.knownShort && (text[h.end] === '、' || text[h.start - 1] === '、');
  if (!shorts.some(listed)) return shorts;
  const all = [...full, ...shorts];
  const ends = new Set(all.map((h) => h.end));
  const starts = new Set(all.map((h) => h.start));
  return shorts.filter((h) => {
    if (h.level !== 'county' || !h.entry?.knownShort) return true;
    if (text[h.end] === '、' && !starts.has(h.end + 1)) return false;
    return !(text[h.start - 1] === '、' && !ends.has(h.start - 1));
  });
}

/**
 * A town or county printed in full in the article may be printed short elsewhere in it (湖头镇 … 湖头光电产业园),
 * even when the paper's region is unknown: the full form in the same text is the context. So may the
 * paper's own county (澄迈县's paper: 完善澄迈物流产业链); a county's short form needs no word boundary
 * before it, only no surname.
 */
function printedTownShorts(text: string, full: PlaceHit[], taken: Uint8Array, region: Region | null): PlaceHit[] {
  const out: PlaceHit[] = [];
  const towns = new Map<string, GazEntry>();
  const ownCounty = region?.entry.level === 'county' ? [region.entry] : [];
  for (const e of [...full.map((h) => h.entry), ...ownCounty]) {
    if (e && /township|subdistrict|county/.test(e.level) && e.short.length >= 2 && !e.common && !ACTION_SHORTS.has(e.short)) towns.set(e.short, e);
  }
  for (const [short, e] of towns) {
    const county = e.level === 'county';
    for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
      const end = at + short.length;
      const boundary = startsWord(text, at, EMPTY_ENDS) || (county && !SURNAME.has(text[at - 1] ?? '') && !acrossWord(text, at));
      if (taken[at] || taken[end - 1] || SHORT_NEXT_BAD.has(text.charCodeAt(end)) || !boundary) continue;
      out.push({ start: at, end, name: short, level: e.level, entry: e, via: 'short' });
      taken.fill(1, at, end);
    }
  }
  return out;
}

/** All places of `text`, longest first where hits overlap, in text order. */
export function findPlaces(text: string, regionName: string | null = null): PlaceHit[] {
  const region = resolveRegion(regionName, text);
  return findPlacesIn(text, region);
}

export function findPlacesIn(text: string, region: Region | null): PlaceHit[] {
  const full = fullHits(text, region);
  const taken = new Uint8Array(text.length);
  for (const h of full) taken.fill(1, h.start, h.end);
  const shorts = shortHits(text, region, taken, new Set(full.map((h) => h.end)));
  for (const h of shorts) taken.fill(1, h.start, h.end);
  const hits = [...full, ...listedWithNonPlaces(text, shorts, full), ...printedTownShorts(text, full, taken, region)];
  hits.push(...grammarPlaces(text, hits));
  hits.push(...listedPlaces(text, hits));
  const blocked = quotedTitleSpans(text);
  return resolveOverlaps(hits).filter((h) => !blocked.some(([s, e]) => h.start >= s && h.end <= e));
}

const LEVEL_RANK: PlaceLevel[] = ['province', 'prefecture', 'county', 'zone', 'township', 'subdistrict', 'village', 'community', 'other'];

function resolveOverlaps(hits: PlaceHit[]): PlaceHit[] {
  const rank = (h: PlaceHit) => LEVEL_RANK.indexOf(h.level);
  const sorted = [...hits].sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const used = new Uint8Array(hits.reduce((m, h) => Math.max(m, h.end), 0));
  const kept: PlaceHit[] = [];
  for (const h of sorted) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) if (used[i]) free = false;
    if (!free) continue;
    used.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

