/**
 * The paper's home jurisdiction: resolving `--region` (平湖市, 平湖) to a
 * gazetteer unit, inferring it from the text when it is not given, and
 * resolving the words a local paper uses for it (市, 我市, 全市, 在平 …).
 */
import { lookupPlace, parentOf, pickEntry, scanFullNames, type GazEntry } from './gazetteer.js';
import { STOP_CHARS } from './name-bounds.js';

/** The resolved region with its containing units. */
export interface Region {
  entry: GazEntry;
  /** The unit itself and its ancestors, innermost first (平湖市, 嘉兴市, 浙江省). */
  chain: GazEntry[];
}

function toRegion(e: GazEntry): Region {
  const chain = [e];
  for (let p = parentOf(e); p; p = parentOf(p)) chain.push(p);
  return { entry: e, chain };
}

const REGION_LEVELS = new Set(['county', 'prefecture', 'province']);

/**
 * Resolves a region name (`平湖市`, `平湖`) to its gazetteer unit, preferring
 * counties and prefectures; with no name, infers the region from the text as
 * the county (else prefecture) whose full name is printed most often.
 */
export function resolveRegion(name: string | null, text = ''): Region | null {
  if (name) {
    const units = lookupPlace(name.trim()).filter((e) => REGION_LEVELS.has(e.level));
    const e = pickEntry(units.filter((u) => u.level !== 'province'), null) ?? pickEntry(units, null);
    return e ? toRegion(e) : null;
  }
  return inferRegion(text);
}

/** The county (else prefecture) whose full name the text prints most often; names shared by two units do not count. */
export function inferRegion(text: string): Region | null {
  const counts = new Map<string, { e: GazEntry; n: number; first: number }>();
  for (const h of scanFullNames(text)) {
    // 和县 in 县医院和县妇幼保健院: a two-character name starting with a function word is no evidence.
    if (h.name.length === 2 && STOP_CHARS.has(h.name[0]!)) continue;
    const units = h.units.filter((e) => e.level === 'county' || e.level === 'prefecture');
    if (units.length !== 1) continue; // ambiguous names (e.g. 朝阳区 twice) cannot decide the region
    const e = units[0]!;
    const c = counts.get(e.code) ?? { e, n: 0, first: h.start };
    c.n += e.level === 'county' ? 2 : 1; // a paper names its own county more than its prefecture
    counts.set(e.code, c);
  }
  let best: { e: GazEntry; n: number; first: number } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  return best ? toRegion(best.e) : null;
}

/** The administrative character a unit's name ends with (平湖市 → 市, 房县 → 县, 大足区 → 区). */
function suffixChar(e: GazEntry): string {
  if (/自治州$/.test(e.name)) return '州';
  if (/旗$/.test(e.name)) return '旗';
  return e.name.slice(-1);
}

/**
 * The unit a bare level word means in this paper: `市`/`我市`/`全市`/`本市`
 * → the region when it is a 市 (else its prefecture), `县`… → the county,
 * `省` → the province; `在平` style one-character abbreviations → the region.
 */
export function resolveRegionWord(word: string, region: Region | null): GazEntry | null {
  if (!region) return null;
  const m = /^(?:我|全|本|该|在)?(市|县|区|省|州|旗)$/.exec(word);
  if (m) return unitForLevelChar(m[1]!, region);
  const abbr = /^(?:在|来|赴|到|离|返|抵)(.)$/.exec(word);
  if (abbr && region.entry.short.startsWith(abbr[1]!)) return region.entry;
  return null;
}

/** The region unit (or its ancestor) whose name ends with `ch` (市, 县, 区, 省, 州, 旗). */
export function unitForLevelChar(ch: string, region: Region): GazEntry | null {
  for (const e of region.chain) if (suffixChar(e) === ch) return e;
  if (ch === '省') return region.chain.find((e) => e.level === 'province') ?? null;
  return null;
}
