/**
 * Rebuilds paragraphs from PDF/OCR column text, following the gold's
 * reconstruction rules: inside a paragraph line breaks vanish without adding
 * anything (PDF lines break mid-word); a blank-line gap is a paragraph break
 * only when the text before ends a sentence and the layout shows a paragraph
 * end (a short last line or an indented, shorter first line); no other
 * character changes; paragraphs are joined with `\n`.
 */
import { endsSentence, visualWidth } from './text-normalize.js';

/** Joins two pieces of one paragraph: nothing between, except a space between Latin words. */
function joinPiece(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/** Median of a list (0 when empty). */
export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The column width of wrapped text: median width of lines that are not a block's last. */
export function columnWidth(blocks: string[][]): number {
  return median(blocks.flatMap((b) => b.slice(0, -1).map(visualWidth)));
}

/**
 * True when the text is hard-wrapped (PDF columns): most body lines end
 * mid-sentence. Text with one paragraph per line ends nearly every body line
 * with a sentence. Only lines holding punctuation count, so that headlines and
 * credits do not sway the vote; the text's last line is left out.
 */
export function isWrapped(blocks: string[][]): boolean {
  const lines = blocks.flat().slice(0, -1).filter((l) => /[，。、；：！？,;]/u.test(l));
  if (lines.length < 2) return false;
  const mid = lines.filter((l) => !endsSentence(l)).length;
  return mid / lines.length >= 0.5;
}

/** True when the gap between two blocks of wrapped text is a paragraph break. */
function isParagraphBreak(prev: string[], next: string[], width: number, nextIndented: boolean): boolean {
  const last = prev[prev.length - 1]!;
  if (!endsSentence(last)) return false;
  if (width === 0 || nextIndented) return true;
  const shortLast = visualWidth(last) <= width - 1;
  const indentedFirst = visualWidth(next[0]!) <= width - 1;
  return shortLast || indentedFirst;
}

const INDENT = /^(?:[ \t]{2,}|\u3000)/u;

/** Wrapped text without blank lines between paragraphs marks them by indenting: cut blocks there. */
function splitAtIndents(blocks: string[][]): string[][] {
  return blocks.flatMap((b) => {
    const out: string[][] = [[b[0]!]];
    for (let i = 1; i < b.length; i++) {
      if (INDENT.test(b[i]!) && endsSentence(b[i - 1]!)) out.push([]);
      out[out.length - 1]!.push(b[i]!);
    }
    return out;
  });
}

/**
 * Body text from its blocks (each a list of lines). `wrapped` says whether
 * lines are column lines to be joined or whole paragraphs. A block whose first
 * line is indented with spaces (OCR text often keeps the `　　` indent) opens a
 * paragraph when the text before ends a sentence.
 */
export function reconstruct(blocks: string[][], wrapped: boolean, width = columnWidth(blocks)): string {
  const kept = splitAtIndents(blocks.map((b) => b.filter((l) => l.trim() !== '')).filter((b) => b.length > 0));
  const indented = kept.map((b) => INDENT.test(b[0]!));
  const clean = kept.map((b) => b.map((l) => l.trim()));
  if (!wrapped) return clean.flat().join('\n');
  const paras: string[] = [];
  clean.forEach((block, i) => {
    const joined = block.reduce(joinPiece);
    if (i > 0 && !isParagraphBreak(clean[i - 1]!, block, width, indented[i]!)) paras[paras.length - 1] = joinPiece(paras[paras.length - 1]!, joined);
    else paras.push(joined);
  });
  return paras.join('\n');
}
