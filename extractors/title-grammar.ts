/**
 * The title grammar: [body prefix] [modifiers] core title, e.g.
 * `市经信局` + `副` + `局长`, `县委` + `常务副` + … Cores, modifiers, body
 * suffixes and generic person labels are general data (data/titles.json);
 * the regexes are compiled once at module load.
 */
import { firstCharScanner } from './first-char-scan.js';
import titles from './data/titles.json' with { type: 'json' };

const byLengthDesc = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);
const alt = (xs: string[]) => byLengthDesc(xs).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Core titles (书记, 副市长 is 副 + 市长, …). */
export const CORE_TITLES: readonly string[] = titles.cores;
/** Generic labels that name a group, not a post (领导, 村民, 学生…): a person with no role. */
export const GENERIC_LABELS: ReadonlySet<string> = new Set(titles.generic);

const MODS = `(?:${alt(titles.modifiers)})*`;
/** A title core with its modifiers, or a generic label (the scanner uses the equivalent tries below). */
export const TITLE_RE = new RegExp(`${MODS}(?:${alt(titles.cores)})|(?:${alt(titles.generic)})`, 'gu');
/** TITLE_RE tried only where a modifier, core or label can start (first-char-scan.ts). */
const TITLE_SCAN = firstCharScanner(TITLE_RE.source, TITLE_RE.flags, [...titles.modifiers, ...titles.cores, ...titles.generic]);

/** A character trie: the scanner walks it instead of trying a big regex alternation at every position. */
interface Trie { next: Map<string, Trie>; word: boolean }
function trieOf(words: string[]): Trie {
  const root: Trie = { next: new Map(), word: false };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let c = n.next.get(ch);
      if (!c) n.next.set(ch, (c = { next: new Map(), word: false }));
      n = c;
    }
    n.word = true;
  }
  return root;
}
/** Lengths of the words of `trie` that start at `pos`, longest first. */
function wordsAt(trie: Trie, text: string, pos: number): number[] {
  const out: number[] = [];
  let n: Trie | undefined = trie;
  for (let i = pos; i < text.length && n; i++) {
    n = n.next.get(text[i]!);
    if (n?.word) out.unshift(i - pos + 1);
  }
  return out;
}
const CORE_TRIE = trieOf(titles.cores);
const MOD_TRIE = trieOf(titles.modifiers);
const GENERIC_TRIE = trieOf(titles.generic);

/** Length of `modifiers* core` at `pos` (longest), 0 if none; at most three modifiers. */
function titleLengthAt(text: string, pos: number, depth = 0): number {
  let best = wordsAt(CORE_TRIE, text, pos)[0] ?? 0;
  if (depth < 3) {
    for (const m of wordsAt(MOD_TRIE, text, pos)) {
      const rest = titleLengthAt(text, pos + m, depth + 1);
      if (rest > 0 && m + rest > best) best = m + rest;
    }
  }
  return best;
}

/** Length of the title (modifiers + core) or else the generic label starting at `pos`; 0 if none. */
function matchLengthAt(text: string, pos: number): number {
  return titleLengthAt(text, pos) || (wordsAt(GENERIC_TRIE, text, pos)[0] ?? 0);
}

const BODY_AFTER = new Set(['会', '团', '处']);

/**
 * Every title or label in `text`, left to right, non-overlapping. One global regex pass (V8 scans
 * a literal alternation fast); the tries answer the point queries of `titleStartsAt`.
 */
export function titleMatches(text: string): Array<{ index: number; text: string }> {
  const out: Array<{ index: number; text: string }> = [];
  for (const m of TITLE_SCAN.all(text)) {
    // `常委会`, `主席团`, `书记处`, `委员会`: the title word is part of a body's name here
    if (!BODY_AFTER.has(text[m.index + m[0].length] ?? '')) out.push({ index: m.index, text: m[0] });
  }
  return out;
}

/** True when a title or label starts exactly at `pos`. */
export function titleStartsAt(text: string, pos: number): boolean {
  return matchLengthAt(text, pos) > 0;
}

const BODY_SUFFIX_RE = new RegExp(`(?:${alt(titles.bodySuffixes)})$`, 'u');

/** Words that cannot be inside a body prefix: the prefix is cut after the last one. */
const PREFIX_BREAK_RE = /(?:现任|拟任|曾任|历任|兼|由|受|在|的|了|是|和|与|及|对|向|为|到|将|把|被|据|请|让|率|等|有(?!限)|即|其中|以及|包括|邀请|任命|免去|辞去|接受|决定|选举|当选|听取|看望|会见|上午|下午|晚上|中午|早上|日|来自|今年|近日|昨天|昨日|日前|期间|同时|陪同|带领|出席|主持|参加|并|也|还|则|又|就)/gu;
/** CJK characters, quotes and · may be part of a body name before a title. */
const isRunChar = (c: number) => (c >= 0x3400 && c <= 0x9fff) || c === 0x201c || c === 0x201d || c === 0x22 || c === 0x2018 || c === 0x2019 || c === 0xb7;

/** A government department's name ends with one of these (`…旅游局`, `…改革委员会`). */
const DEPARTMENT_END_RE = /(?:局|委员会|委|厅|办公室|中心)$/u;
/** A head that is itself a body (`县委`, `县政府`): 和 then joins two bodies. */
const HEAD_BODY_RE = /(?:局|委|厅|办|政府|部|院|中心|公司|党组)$/u;
/** A level before a department (`县`, `某某市`, `区`). */
const LEVEL_RE = /[省市县区州旗盟]$/u;

/**
 * 和 joins two department words inside one body name (`文化和旅游局`, `住房和城乡建设局`,
 * `人力资源和社会保障局`, `发展和改革委员会`): the text after 和 is a department name of
 * at most ten characters, and the text before it is two to six characters of a department word
 * (after an optional level), not itself a body (`县委和县政府` is two bodies).
 */
function departmentAnd(head: string, tail: string): boolean {
  if (!DEPARTMENT_END_RE.test(tail) || tail.length > 10 || tail.length < 2) return false;
  const word = head.replace(/^.{0,8}?[省市县区州旗盟](?=[\u3400-\u9fff]{2})/u, '');
  return word.length >= 2 && word.length <= 6 && !HEAD_BODY_RE.test(word) && !LEVEL_RE.test(word) && !isGenericLabel(word);
}

/** The body prefix printed before a title at `coreStart` (`市经信局`), or '' when none is recognisable. */
export function bodyPrefix(text: string, coreStart: number): string {
  let from = coreStart;
  while (from > 0 && coreStart - from < 16 && isRunChar(text.charCodeAt(from - 1))) from--;
  const run = text.slice(from, coreStart);
  let cutAt = 0;
  for (const m of run.matchAll(PREFIX_BREAK_RE)) {
    if (m[0] === '和' && departmentAnd(run.slice(cutAt, m.index), run.slice(m.index + 1))) continue;
    cutAt = m.index + m[0].length;
  }
  let prefix = run.slice(cutAt);
  prefix = prefix.replace(/^[“”"‘’·]+/u, '').replace(/^(?:该|本|其|这|此|各)/u, '');
  if (prefix.includes('”') || prefix.includes('“')) prefix = prefix.slice(prefix.lastIndexOf('”') + 1);
  // a one-character prefix is a body only when it is a level (市长 → 市; not 校 of 该校校长)
  if (prefix.length === 1 && !'省市县区州镇乡村'.includes(prefix)) return '';
  return BODY_SUFFIX_RE.test(prefix) ? prefix : '';
}

/** The canonical form of a title: the core with modifiers, without the body (`市经信局副局长` → `副局长`). */
export function canonicalTitle(core: string): string {
  return core.replace(/^(?:原|前|时任|现任)/u, '');
}

const NEEDS_BODY: ReadonlySet<string> = new Set(titles.needsBody);

/** True for a title that is a post only with a body printed before it (`办公室干部`; bare `干部`, `县级干部` are labels). */
export function needsBody(core: string): boolean {
  for (const c of NEEDS_BODY) if (core.endsWith(c)) return true;
  return false;
}

/** True when the whole string is a generic label (not a post). */
export function isGenericLabel(s: string): boolean {
  return GENERIC_LABELS.has(s) || (s.endsWith('领导') && s.length <= 8);
}
