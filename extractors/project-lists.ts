/**
 * The list grammar of project names: quoted items before `等…平台` (‘A’‘B’等服务平台), unquoted
 * items before `等…项目/工程` (A、B等文化惠民工程), and the distributed head of a list of kinds
 * (民生、生态、新风工程: kinds of works sharing one 工程, no names). Pure text functions.
 */
import { projectStart, trimLead } from './project-grammar.js';

/** A name found at `[start, end)` by the list grammar. */
export interface ListHit { start: number; end: number; name: string; kind: string }

/** ‘A’‘B’和‘C’等服务平台: each quoted item of a list before 等 + a project word (product brands, 等品牌, are not). */
export function quotedLists(text: string): ListHit[] {
  const out: ListHit[] = [];
  for (const m of text.matchAll(/((?:[“‘][^“”‘’\n]{1,20}[”’][、和及与]?){2,})等(?:服务)?(?:平台|项目|工程|行动|(?:党建|服务)品牌)/g)) {
    for (const q of m[1]!.matchAll(/[“‘]([^“”‘’\n]{1,20})[”’]/g)) {
      const start = m.index + q.index + 1;
      out.push({ start, end: start + q[1]!.length, name: q[1]!, kind: 'platform' });
    }
  }
  return out;
}

/** Connectors between list items (the walker stops at each). */
const ITEM_SEP = new Set([...'、和及与']);
/** An item long enough to be a name on its own (临街免费阅览室), not a kind (道路, 管网). */
const NAME_LENGTH = 5;

/** The items of the list ending at `end` (last first), each `[start, end)`; stops at the first non-item. */
function listItems(text: string, end: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let e = end;
  for (;;) {
    const s = projectStart(text, e, 22);
    if (s < 0 || e - s < 2) break;
    const lead = text.slice(s, e).length - trimLead(text.slice(s, e)).length;
    items.push([s + lead, e]);
    if (!ITEM_SEP.has(text[s - 1] ?? '') || items.length >= 12) break;
    e = s - 1;
  }
  return items;
}

/**
 * X、Y等项目 / X、Y等文化惠民工程: the unquoted items before 等 + (a few words +) 项目/工程 are the
 * projects the category counts. Every item must read as a name (five characters or more), or the
 * list must already hold a project found by the suffix grammar (…制造中心等项目 after A项目、).
 */
export function listedItems(text: string, found: Array<{ start: number; end: number }>): ListHit[] {
  const out: ListHit[] = [];
  for (const m of text.matchAll(/等(?:[\u4e00-\u9fff]{0,6}?)(?:项目|工程)/gu)) {
    const items = listItems(text, m.index);
    if (items.length === 0) continue;
    const named = items.length >= 2 && items.every(([s, e]) => e - s >= NAME_LENGTH);
    // the item before ends at a 、 just before this one (or before `X的`: 、某镇的A项目、某镇的B等项目)
    const comma = text.lastIndexOf('、', items[0]![0]);
    const after = comma >= 0 && items[0]![0] - comma <= 8 && found.some((f) => f.end === comma);
    if (!named && !after) continue;
    for (const [s, e] of named ? items : items.slice(0, 1)) {
      if (found.some((f) => f.start === s && f.end === e)) continue;
      out.push({ start: s, end: e, name: text.slice(s, e), kind: 'construction' });
    }
  }
  return out;
}

/**
 * `民生、生态、新风工程`: a short name part right after a 、 whose item before it is as short and
 * has no head of its own: the head is shared by kinds of works, not a name (but 亮化工程、绿化工程
 * are two names, each with its head).
 */
export function distributedHead(text: string, start: number, suffixAt: number, suffix: string): boolean {
  if (suffixAt - start > 2 || text[start - 1] !== '、') return false;
  const before = /(?:^|[^\u4e00-\u9fff])([\u4e00-\u9fff]{1,3})$/u.exec(text.slice(Math.max(0, start - 5), start - 1));
  return before !== null && !before[1]!.endsWith(suffix);
}

/** Built attractions a list item may end with to be a work like the project beside it (…体育公园). */
const ATTRACTION_END = /(?:公园|园区|产业园|广场|综合体|景区|步道|绿道)$/u;

/**
 * `察看了X体育公园、Y研学基地等处`: an item listed right before a project, ending in a built
 * attraction (park, square, greenway), is a work of the same list.
 */
export function listSiblings(text: string, found: Array<{ start: number; end: number }>): ListHit[] {
  const out: ListHit[] = [];
  for (const f of found) {
    if (text[f.start - 1] !== '、') continue;
    const [item] = listItems(text, f.start - 1);
    if (!item || item[1] - item[0] < 4 || !ATTRACTION_END.test(text.slice(item[0], item[1]))) continue;
    if (found.some((g) => g.start < item[1] && item[0] < g.end)) continue;
    out.push({ start: item[0], end: item[1], name: text.slice(item[0], item[1]), kind: 'construction' });
  }
  return out;
}
