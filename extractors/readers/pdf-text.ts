/**
 * An article's body text from its column blocks, in reading order. Paragraphs come from the
 * print: a first-line indent (Chinese papers indent two characters), or a short line ending a
 * sentence, or extra space between lines. Lines of one paragraph are joined without a space
 * (a column break in mid-sentence joins too), except between two Latin words.
 */
import { endsSentence } from '../text-normalize.js';
import type { Block } from './pdf-blocks.js';
import { type TextLine, width, xOverlap } from './pdf-lines.js';
import type { TextRegion } from './pdf-types.js';

export interface BodyText {
  text: string;
  regions: TextRegion[];
  lowConfidence: Array<[number, number]>;
}

/** Left and right edges of the column a block stands in: over all the article's blocks in that column. */
function columnEdges(b: Block, all: Block[]): { left: number; right: number } {
  const same = all.filter((o) => xOverlap(o, b) >= 0.5 * Math.min(width(o), width(b)));
  const lines = same.flatMap((o) => o.lines);
  return { left: Math.min(...lines.map((l) => l.x0)), right: Math.max(...lines.map((l) => l.x1)) };
}

const LATIN_END = /[A-Za-z]$/u;
const LATIN_START = /^[A-Za-z]/u;

/** What goes between the text so far and the next line: a paragraph break, a space or nothing. */
function joint(prev: { line: TextLine; right: number } | null, line: TextLine, indent: number, sameBlock: boolean): string {
  if (!prev) return '';
  if (indent >= 0.8 * line.size) return '\n';
  const short = prev.line.x1 < prev.right - 1.5 * prev.line.size;
  if (short && endsSentence(prev.line.text)) return '\n';
  if (sameBlock && line.y0 - prev.line.y1 > 0.8 * line.size) return '\n';
  return LATIN_END.test(prev.line.text) && LATIN_START.test(line.text) ? ' ' : '';
}

/** Joins the blocks' lines into paragraphs; records each line's place on the page. */
export function bodyText(blocks: Block[]): BodyText {
  let text = '';
  const regions: TextRegion[] = [];
  const lowConfidence: Array<[number, number]> = [];
  let prev: { line: TextLine; right: number } | null = null;
  for (const b of blocks) {
    const { left, right } = columnEdges(b, blocks);
    b.lines.forEach((line, i) => {
      text += joint(prev, line, line.x0 - left, i > 0);
      const start = text.length;
      text += line.text;
      regions.push({ start, end: text.length, box: { x0: line.x0, y0: line.y0, x1: line.x1, y1: line.y1 } });
      for (const [s, e] of line.lowConf) lowConfidence.push([start + s, start + e]);
      prev = { line, right };
    });
  }
  return { text, regions, lowConfidence };
}
