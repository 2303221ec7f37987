/**
 * Finds the text zones of a scanned page (pure: grey pixels in, boxes out), so that OCR reads
 * each column of each article as one block. Tesseract's own page segmentation joins lines
 * across the narrow gutters of newspaper columns; cutting the page ourselves first avoids that.
 *
 * The ink (Otsu threshold) is cut recursively at whitespace — columns at vertical gaps wider
 * than about half a character, lines at any horizontal gap — down to single line segments.
 * Printed rules (long thin runs of ink) are erased first so they do not bridge gutters. The
 * line segments are then grouped into blocks like a PDF's text lines (pdf-blocks.ts).
 */
import { toBlocks } from '../../extractors/readers/pdf-blocks.js';
import type { TextLine } from '../../extractors/readers/pdf-lines.js';
import type { Box } from '../../extractors/readers/pdf-types.js';

/** An 8-bit grey image, one byte per pixel, rows top to bottom. */
export interface GreyImage { width: number; height: number; data: Uint8Array }

/** The ink mask at a reduced scale, with prefix sums for fast projections. */
interface Mask { w: number; h: number; ink: Uint8Array; scale: number; cols?: Int32Array; rows?: Int32Array }

/** Otsu's threshold of an 8-bit histogram: the grey level that best splits ink from paper. */
export function otsu(data: Uint8Array): number {
  const hist = new Float64Array(256);
  for (let i = 0; i < data.length; i++) hist[data[i]!]!++;
  const total = data.length;
  let sumAll = 0;
  for (let t = 0; t < 256; t++) sumAll += t * hist[t]!;
  let sumB = 0, wB = 0, best = 0, threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const between = wB * wF * (sumB / wB - (sumAll - sumB) / wF) ** 2;
    if (between > best) [best, threshold] = [between, t];
  }
  return threshold;
}

/**
 * Ink cells of `scale`×`scale` pixels: a cell is ink when any of its pixels is darker than the
 * threshold. The threshold never goes above 200: on a blank page Otsu splits the paper's noise.
 */
function toMask(img: GreyImage, scale: number): Mask {
  const t = Math.min(200, otsu(img.data));
  const w = Math.ceil(img.width / scale), h = Math.ceil(img.height / scale);
  const ink = new Uint8Array(w * h);
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width, cy = ((y / scale) | 0) * w;
    for (let x = 0; x < img.width; x++) if (img.data[row + x]! <= t) ink[cy + ((x / scale) | 0)] = 1;
  }
  return { w, h, ink, scale };
}

/** Erases runs of ink longer than `len` cells along rows and columns: printed rules, photo areas. */
function eraseRules(m: Mask, len: number): void {
  const erase: number[] = [];
  const runs = (count: number, at: (i: number) => number) => {
    let start = -1;
    for (let i = 0; i <= count; i++) {
      const on = i < count && m.ink[at(i)] === 1;
      if (on && start < 0) start = i;
      if (!on && start >= 0) {
        if (i - start > len) for (let k = start; k < i; k++) erase.push(at(k));
        start = -1;
      }
    }
  };
  for (let y = 0; y < m.h; y++) runs(m.w, (x) => y * m.w + x);
  for (let x = 0; x < m.w; x++) runs(m.h, (y) => y * m.w + x);
  for (const i of erase) m.ink[i] = 0;
}

function prefixSums(m: Mask): void {
  const cols = new Int32Array((m.h + 1) * m.w); // cols[y*w + x]: ink in column x above row y
  const rows = new Int32Array((m.w + 1) * m.h); // rows[x*h + y]: ink in row y left of column x
  for (let y = 0; y < m.h; y++) for (let x = 0; x < m.w; x++) cols[(y + 1) * m.w + x] = cols[y * m.w + x]! + m.ink[y * m.w + x]!;
  for (let x = 0; x < m.w; x++) for (let y = 0; y < m.h; y++) rows[(x + 1) * m.h + y] = rows[x * m.h + y]! + m.ink[y * m.w + x]!;
  m.cols = cols;
  m.rows = rows;
}

const colInk = (m: Mask, x: number, y0: number, y1: number) => m.cols![y1 * m.w + x]! - m.cols![y0 * m.w + x]!;
const rowInk = (m: Mask, y: number, x0: number, x1: number) => m.rows![x1 * m.h + y]! - m.rows![x0 * m.h + y]!;

/** Blank runs inside [from, to) at least `minGap` long, as [start, end) pairs. */
function gaps(from: number, to: number, blank: (i: number) => boolean, minGap: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to;) {
    if (!blank(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && blank(j)) j++;
    if (j - i >= minGap && i > from && j < to) out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * Cuts a region down to line segments (boxes in mask cells). The widest gap decides the
 * direction: columns of one article are farther apart than its lines, its lines farther apart
 * than the cut-off of a single line. A region of one line is cut only at wide gaps, never at
 * the white after a full-width comma.
 */
function cut(m: Mask, r: Box, char: number, out: Box[], depth = 0, inColumn = false): void {
  let { x0, y0, x1, y1 } = r;
  while (x0 < x1 && colInk(m, x0, y0, y1) === 0) x0++;
  while (x1 > x0 && colInk(m, x1 - 1, y0, y1) === 0) x1--;
  while (y0 < y1 && rowInk(m, y0, x0, x1) === 0) y0++;
  while (y1 > y0 && rowInk(m, y1 - 1, x0, x1) === 0) y1--;
  if (x0 >= x1 || y0 >= y1) return;
  const hs = depth > 200 ? [] : gaps(y0, y1, (y) => rowInk(m, y, x0, x1) === 0, 1);
  // Over three lines or more, a gutter of half a character parts columns (over two, the white of
  // an indent above a comma can line up into a false one). Two lines are parted only at a wide
  // gap; one line at a gap wider than its own height, and a line cut out of a single column
  // only where it could not be punctuation, justification or a word space.
  const tall = y1 - y0 >= 3.5 * char;
  const minX = tall ? Math.max(2, 0.6 * char) : hs.length > 0 ? 1.2 * char : 1.2 * Math.max(char, y1 - y0) * (inColumn ? 2.5 : 1);
  const vs = depth > 200 ? [] : gaps(x0, x1, (x) => colInk(m, x, y0, y1) === 0, minX);
  const widest = (g: Array<[number, number]>) => Math.max(0, ...g.map(([a, b]) => b - a));
  const vertical = widest(vs) >= widest(hs);
  const chosen = vertical ? vs : hs;
  if (chosen.length === 0) return void out.push({ x0, y0, x1, y1 });
  const top = widest(chosen);
  let from = vertical ? x0 : y0;
  for (const [a, b] of [...chosen.filter(([a, b]) => b - a >= 0.9 * top), [vertical ? x1 : y1, vertical ? x1 : y1] as [number, number]]) {
    const part = vertical ? { x0: from, y0, x1: a, y1 } : { x0, y0: from, x1, y1: a };
    cut(m, part, char, out, depth + 1, !vertical && vs.length === 0);
    from = b;
  }
}

/**
 * Joins the parts of one headline that a wide gap split (the white around quotation marks in
 * a large font): parts of one line, larger than body text, less than their height apart.
 */
function joinHeadParts(lines: Box[], char: number): Box[] {
  const sorted = [...lines].sort((a, b) => a.x0 - b.x0);
  const out: Box[] = [];
  for (const l of sorted) {
    const h = l.y1 - l.y0;
    const mate = h >= 1.3 * char ? out.find((o) => {
      const oh = o.y1 - o.y0;
      const overlap = Math.min(o.y1, l.y1) - Math.max(o.y0, l.y0);
      return oh >= 1.3 * char && overlap >= 0.6 * Math.min(oh, h) && l.x0 - o.x1 <= 1.2 * Math.max(oh, h) && l.x0 >= o.x1;
    }) : undefined;
    if (mate) Object.assign(mate, { x1: l.x1, y0: Math.min(mate.y0, l.y0), y1: Math.max(mate.y1, l.y1) });
    else out.push({ ...l });
  }
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** Line segments of the mask, with the estimated character size (cells). */
function segments(m: Mask, char: number): { lines: Box[]; char: number } {
  prefixSums(m);
  const lines: Box[] = [];
  cut(m, { x0: 0, y0: 0, x1: m.w, y1: m.h }, char, lines);
  const texty = lines.filter((l) => l.x1 - l.x0 >= 1.5 * (l.y1 - l.y0));
  return { lines, char: median(texty.map((l) => l.y1 - l.y0)) || char };
}

/** The page's text zones in image pixels, each a column block, a headline or a credit line. */
export function textZones(img: GreyImage): Box[] {
  const scale = img.width > 2000 ? 2 : 1;
  const m = toMask(img, scale);
  // A first cut with a guessed character size (a hundredth of the page width) measures the real one.
  const char = Math.max(2, segments(m, Math.max(2, m.w / 100)).char);
  eraseRules(m, 4 * char);
  const { lines } = segments(m, char);
  const texty = lines.filter((l) => {
    const h = l.y1 - l.y0, w = l.x1 - l.x0;
    return h >= 0.35 * char && h <= 4 * char && (w >= 0.5 * char || h >= 0.6 * char);
  });
  // Ink heights vary with the characters of a line (quotes sit high, 一 is flat): lines about
  // one character high are taken as body size, so that a column stays one block.
  const size = (h: number) => (h >= 0.6 * char && h <= 1.35 * char ? char : h);
  const asLines: TextLine[] = joinHeadParts(texty, char).map((l) => ({ ...l, text: '', size: size(l.y1 - l.y0), lowConf: [] }));
  const blocks = toBlocks(asLines, char);
  const padX = 0.3 * char, padY = 0.15 * char;
  return blocks.map((b) => ({
    x0: Math.max(0, Math.floor((b.x0 - padX) * scale)), y0: Math.max(0, Math.floor((b.y0 - padY) * scale)),
    x1: Math.min(img.width, Math.ceil((b.x1 + padX) * scale)), y1: Math.min(img.height, Math.ceil((b.y1 + padY) * scale)),
  }));
}
