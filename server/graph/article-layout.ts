/**
 * An article's printed layout (model ArticleLayout) as Article node properties and back.
 * Neo4j stores scalars and flat lists only, so boxes and regions are flat integer lists:
 * `page_box` [x, y, w, h], `page_regions` [start, end, x, y, w, h, …], `low_confidence`
 * [start, end, …] (boxes in thousandths of the page).
 */
import { ArticleLayout, type Props } from '../../model/graph.schema.js';

/** The Article properties that hold `layout` (a write replaces all properties, so an article re-read from text loses them). */
export function layoutProps(l: ArticleLayout): Props {
  return {
    page: l.page, page_label: l.page_label, paper: l.paper, page_image: l.image, page_ocr: l.ocr,
    page_box: [...l.box], page_regions: l.regions.flat(), low_confidence: l.low_confidence.flat(),
  };
}

/** Consecutive groups of `n` numbers of a flat list. */
function groups(raw: unknown, n: number): number[][] {
  if (!Array.isArray(raw)) return [];
  const nums = raw.map(Number);
  const out: number[][] = [];
  for (let i = 0; i + n <= nums.length; i += n) out.push(nums.slice(i, i + n));
  return out;
}

/** The layout stored on an Article node (its properties as a map), or null for articles read from text. */
export function layoutFromProps(p: Record<string, unknown>): ArticleLayout | null {
  if (p.page === null || p.page === undefined) return null;
  const parsed = ArticleLayout.safeParse({
    page: Number(p.page),
    page_label: p.page_label ?? null,
    paper: p.paper ?? null,
    image: p.page_image ?? null,
    ocr: p.page_ocr === true,
    box: groups(p.page_box, 4)[0] ?? [0, 0, 0, 0],
    regions: groups(p.page_regions, 6),
    low_confidence: groups(p.low_confidence, 2),
  });
  return parsed.success ? parsed.data : null;
}
