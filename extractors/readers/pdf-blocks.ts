/**
 * Lines → blocks: the lines of one column of one article that follow each other closely,
 * in the same size and of the same kind. Kinds come from print conventions: headlines are set
 * larger than body text; credit lines (`■记者 李华`) are recognised by their role words.
 */
import { isCreditContinuation, isCreditLine } from '../credit-line.js';
import { type TextLine, union, width, xOverlap } from './pdf-lines.js';
import type { Box } from './pdf-types.js';

export type BlockKind = 'head' | 'credit' | 'body';

/** Lines of one kind that belong together (a column of text, a headline, a credit). */
export interface Block extends Box {
  kind: BlockKind;
  lines: TextLine[];
  /** The size of its first line. */
  size: number;
}

/** Text this much larger than the body text is a headline (kicker, title, subtitle). */
export const HEAD_RATIO = 1.2;
/** A "headline" of more lines than this is a lead paragraph set large: body text. */
const MAX_HEAD_LINES = 4;

/** The kind of one line, before blocks are formed. */
export function lineKind(l: TextLine, body: number): BlockKind {
  if (l.size < HEAD_RATIO * body && isCreditLine(l.text)) return 'credit';
  return l.size >= HEAD_RATIO * body ? 'head' : 'body';
}

const similarSize = (a: number, b: number): boolean => Math.abs(a - b) <= 0.15 * Math.max(a, b);

/** Can `l` (of kind `kind`) continue block `b`? Returns the vertical gap, or null. */
function continues(b: Block, l: TextLine, kind: BlockKind): number | null {
  const last = b.lines[b.lines.length - 1]!;
  const sameKind = b.kind === kind || (b.kind === 'credit' && isCreditContinuation(l.text));
  if (!sameKind || !similarSize(b.size, l.size)) return null;
  const gap = l.y0 - last.y1;
  if (gap < -0.3 * l.size || gap > 0.9 * l.size) return null;
  // Same column: the lines overlap for most of the shorter one (a paragraph's short last line,
  // an indented first line), or start at the same left edge.
  const overlaps = xOverlap(b, l) >= 0.5 * Math.min(width(b), width(l));
  return overlaps || Math.abs(l.x0 - last.x0) <= 0.5 * l.size ? gap : null;
}

/**
 * Groups lines into blocks. Lines are taken top to bottom; each joins the open block it
 * continues most closely (columns side by side stay apart: their lines do not overlap).
 */
export function toBlocks(lines: TextLine[], body: number): Block[] {
  const sorted = [...lines].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  const blocks: Block[] = [];
  for (const l of sorted) {
    const kind = lineKind(l, body);
    let best: Block | null = null;
    let bestGap = Infinity;
    for (const b of blocks) {
      const gap = continues(b, l, kind);
      if (gap !== null && gap < bestGap) [best, bestGap] = [b, gap];
    }
    if (best) {
      best.lines.push(l);
      Object.assign(best, union([best, l]));
    } else blocks.push({ x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1, kind, lines: [l], size: l.size });
  }
  // A vertical headline (竖排) comes as a column of one- or two-character lines: still a headline.
  const vertical = (b: Block) => b.lines.every((l) => [...l.text].length <= 2);
  for (const b of blocks) if (b.kind === 'head' && b.lines.length > MAX_HEAD_LINES && !vertical(b)) b.kind = 'body';
  return blocks;
}

/** A block's text, its lines joined (headlines and credits printed over two lines). */
export function blockText(b: Block): string {
  return b.lines.map((l) => l.text).join(b.kind === 'credit' ? ' ' : '');
}
