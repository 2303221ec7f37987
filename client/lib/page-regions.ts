/**
 * Where a stretch of an article's text sits on its printed page (pure; the article reader draws
 * it). Regions are the article's lines, `[start, end, x, y, w, h]` with boxes in thousandths of
 * the page (model ArticleLayout); a stretch that starts or ends inside a line covers the share
 * of the line its characters take, Chinese characters being all one width.
 */
import type { ArticleLayout } from '../../model/graph.schema.js';

/** A box in thousandths of the page: x, y, width, height. */
export interface PageRect { x: number; y: number; w: number; h: number }

/** The boxes of the lines covering `[start, end)` of the text, each cut to the part the stretch covers. */
export function rectsFor(layout: ArticleLayout, start: number, end: number): PageRect[] {
  const out: PageRect[] = [];
  for (const [s, e, x, y, w, h] of layout.regions) {
    if (e <= start || s >= end || e <= s) continue;
    const from = (Math.max(s, start) - s) / (e - s);
    const to = (Math.min(e, end) - s) / (e - s);
    out.push({ x: x + from * w, y, w: (to - from) * w, h });
  }
  return out;
}

/** True when some of `[start, end)` was read by OCR with low confidence. */
export function uncertain(layout: ArticleLayout | null | undefined, start: number, end: number): boolean {
  return (layout?.low_confidence ?? []).some(([s, e]) => s < end && e > start);
}

/** CSS for a box over the page image: percentages of the page's width and height. */
export function rectStyle(r: PageRect): string {
  const pct = (v: number) => `${(v / 10).toFixed(2)}%`;
  return `left:${pct(r.x)};top:${pct(r.y)};width:${pct(r.w)};height:${pct(r.h)}`;
}
