/**
 * Which node labels to draw at the current zoom (pure): the most important nodes first
 * (focus and selection, then by degree), each label drawn only when its box overlaps none
 * already drawn. Zoomed out, the hubs keep their labels; zoomed in, every label fits.
 */
export interface LabelBox {
  id: string;
  /** Centre of the label box, in rendered (screen) pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Higher goes first. */
  rank: number;
}

const CELL = 48;

/** The ids whose labels are drawn. Boxes outside the viewport (`width` × `height`) are skipped. */
export function chooseLabels(boxes: readonly LabelBox[], width: number, height: number, gap = 2): Set<string> {
  const shown = new Set<string>();
  const grid = new Map<string, LabelBox[]>();
  const sorted = [...boxes].sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
  for (const b of sorted) {
    const l = b.x - b.w / 2 - gap;
    const r = b.x + b.w / 2 + gap;
    const t = b.y - b.h / 2 - gap;
    const btm = b.y + b.h / 2 + gap;
    if (r < 0 || btm < 0 || l > width || t > height) continue;
    const cells: string[] = [];
    for (let cx = Math.floor(l / CELL); cx <= Math.floor(r / CELL); cx++) {
      for (let cy = Math.floor(t / CELL); cy <= Math.floor(btm / CELL); cy++) cells.push(`${cx},${cy}`);
    }
    const hit = cells.some((c) => (grid.get(c) ?? []).some((o) =>
      l < o.x + o.w / 2 && r > o.x - o.w / 2 && t < o.y + o.h / 2 && btm > o.y - o.h / 2));
    if (hit) continue;
    shown.add(b.id);
    for (const c of cells) (grid.get(c) ?? grid.set(c, []).get(c)!).push(b);
  }
  return shown;
}

/** Rough width of a label in pixels at `fontPx`: CJK characters are square, Latin ones about half. */
export function labelWidth(text: string, fontPx: number, maxPx = 160): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? fontPx : fontPx * 0.6;
  return Math.min(w, maxPx);
}
