/**
 * Reading order of a page's blocks by recursive XY-cut: a region is cut at every vertical gap
 * that runs through all of it (columns, articles side by side), read left to right; failing
 * that at every horizontal gap (articles stacked), read top to bottom; each part is cut again.
 * Cutting columns first keeps an article whose headline spans its columns together; a headline
 * narrower than its columns (set centred) is first widened to the columns that start right
 * under it, so that no cut runs past its ends and reads a column before it.
 */
import type { Block } from './pdf-blocks.js';
import { union, width, xOverlap } from './pdf-lines.js';
import type { Box } from './pdf-types.js';

/** A block with the box it occupies for cutting (a headline's widened box). */
interface Item { block: Block; box: Box }

/** Vertical distance below a headline within which blocks count as starting under it (in body sizes). */
const UNDER = 4;

/** Heads that sit one above the other and overlap horizontally (kicker, title, subtitle) form one group. */
function headGroups(blocks: Block[], body: number): Block[][] {
  const heads = blocks.filter((b) => b.kind === 'head').sort((a, b) => a.y0 - b.y0);
  const groups: Block[][] = [];
  for (const h of heads) {
    const g = groups.find((gr) => {
      const last = gr[gr.length - 1]!;
      return h.y0 - last.y1 <= 1.5 * body && h.y0 >= last.y0 && xOverlap(last, h) > 0;
    });
    if (g) g.push(h);
    else groups.push([h]);
  }
  return groups;
}

/**
 * The box each headline group is widened to: the blocks starting right under it that overlap
 * it, then the blocks beside those at the same height, no farther than a column gutter — unless
 * another headline's group claims them first.
 */
function widenedHeads(blocks: Block[], body: number): Map<Block, Box> {
  const groups = headGroups(blocks, body).map((g) => ({ g, box: union(g), claimed: [] as Block[] }));
  const under = (b: Block, box: Box) => b.kind !== 'head' && b.y0 >= box.y1 - 0.5 * body && b.y0 - box.y1 <= UNDER * body;
  const owner = new Map<Block, (typeof groups)[number]>();
  for (const b of blocks) {
    const mine = groups.filter((gr) => under(b, gr.box) && xOverlap(b, gr.box) > 0.3 * width(b));
    mine.sort((p, q) => (b.y0 - p.box.y1) - (b.y0 - q.box.y1));
    if (mine[0]) {
      owner.set(b, mine[0]);
      mine[0].claimed.push(b);
    }
  }
  for (const gr of groups) {
    let grew = true;
    while (grew) {
      grew = false;
      for (const b of blocks) {
        if (owner.has(b) || !under(b, gr.box)) continue;
        const beside = gr.claimed.some((c) => Math.abs(c.y0 - b.y0) <= body && Math.max(b.x0 - c.x1, c.x0 - b.x1) <= 2.5 * body);
        if (!beside) continue;
        owner.set(b, gr);
        gr.claimed.push(b);
        grew = true;
      }
    }
  }
  const out = new Map<Block, Box>();
  for (const gr of groups) {
    const span = union([gr.box, ...gr.claimed]);
    for (const h of gr.g) out.set(h, { ...h, x0: span.x0, x1: span.x1 });
  }
  return out;
}

/** Splits items at the gaps of their extents along one axis (gaps wider than `minGap`). */
function split(items: Item[], axis: 'x' | 'y', minGap: number): Item[][] {
  const lo = (i: Item) => (axis === 'x' ? i.box.x0 : i.box.y0);
  const hi = (i: Item) => (axis === 'x' ? i.box.x1 : i.box.y1);
  const sorted = [...items].sort((a, b) => lo(a) - lo(b));
  const parts: Item[][] = [];
  let reach = -Infinity;
  for (const it of sorted) {
    if (parts.length === 0 || lo(it) - reach > minGap) parts.push([]);
    parts[parts.length - 1]!.push(it);
    reach = Math.max(reach, hi(it));
  }
  return parts;
}

/**
 * Horizontal parts are cut only above headlines when any part starts with one: a gap inside an
 * article (under its headline, beside a photo) must not cut through the articles set beside it,
 * which a later vertical cut separates.
 */
function atHeadlines(rows: Item[][]): Item[][] {
  const opensWithHead = (r: Item[]) => r.some((i) => i.block.kind === 'head' && i.box.y0 === Math.min(...r.map((x) => x.box.y0)));
  if (!rows.slice(1).some(opensWithHead)) return rows;
  const out: Item[][] = [];
  rows.forEach((r, i) => (i === 0 || opensWithHead(r) ? out.push([...r]) : out[out.length - 1]!.push(...r)));
  return out;
}

function cut(items: Item[], body: number): Block[] {
  if (items.length <= 1) return items.map((i) => i.block);
  const cols = split(items, 'x', 0.6 * body);
  if (cols.length > 1) return cols.flatMap((c) => cut(c, body));
  const rows = atHeadlines(split(items, 'y', 0));
  if (rows.length > 1) return rows.flatMap((r) => cut(r, body));
  // Overlapping in both directions (not a grid layout): top to bottom, then left to right.
  return [...items].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0).map((i) => i.block);
}

/** The blocks in reading order. `body` is the body text's line size. */
export function readingOrder(blocks: Block[], body: number): Block[] {
  const widened = widenedHeads(blocks, body);
  return cut(blocks.map((b) => ({ block: b, box: widened.get(b) ?? b })), body);
}
