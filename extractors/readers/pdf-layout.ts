/**
 * A printed page's positioned text → its articles (pure; the text comes from
 * server/pdf/, which reads PDFs and runs OCR).
 *
 * Layout first: header and footer bands are set apart (and read for the date, paper and page
 * label); lines form blocks; the blocks are put in reading order by XY-cut
 * (extractors/readers/pdf-order.ts); then a headline group (kicker, title, subtitle) opens an
 * article, the credit lines and columns read after it belong to it, and a body block that
 * opens with a dateline (`本报讯`) after body text opens a new one. Where layout says nothing —
 * text without a headline over it — the plain-text page splitter (extractors/page-splitter.ts)
 * splits it.
 *
 * @example
 * const layout = layoutPage(page); // page: PositionedPage from pdftotext -bbox-layout or OCR
 * for (const a of layout.articles) console.log(a.title, a.credits, a.text.length);
 */
import type { RawCredit } from '../types.js';
import { creditText } from '../credit-line.js';
import { DATELINE, headLike } from '../page-layout.js';
import { endsSentence } from '../text-normalize.js';
import { segmentPage } from '../page-splitter.js';
import { type Block, blockText, toBlocks } from './pdf-blocks.js';
import { readHeader, splitBands } from './pdf-header.js';
import { bodySize, type TextLine, toTextLine, union, xOverlap } from './pdf-lines.js';
import { readingOrder } from './pdf-order.js';
import { bodyText } from './pdf-text.js';
import type { LaidOutArticle, PageLayout, PositionedPage, TextRegion } from './pdf-types.js';

export type * from './pdf-types.js';

/** An article being gathered; `read` holds its blocks in reading order. */
interface Draft { heads: Block[]; credits: Block[]; bodies: Block[]; read: Block[] }

const credit = (b: Block): RawCredit => ({ text: creditText(b.lines.map((l) => l.text)), start: null });
/** A brief's title set in body size: a short line with no sentence punctuation. */
const titleLine = (l: TextLine | undefined): boolean => l !== undefined && [...l.text].length <= 30 && headLike([l.text]);
/** A block that opens with a dateline, or with a brief's title right above one. */
const opensDateline = (b: Block): boolean =>
  DATELINE.test(b.lines[0]!.text.trim()) || (titleLine(b.lines[0]) && DATELINE.test(b.lines[1]?.text.trim() ?? ''));

/** A headline printed right under another (title under kicker, subtitle under title). */
const stacked = (upper: Block, lower: Block, body: number): boolean =>
  lower.y0 - upper.y1 <= 1.5 * body && lower.y0 >= upper.y0 && xOverlap(upper, lower) > 0;

/**
 * A column that holds the end of one article and the start of the next (briefs set one after
 * another, 简讯): a paragraph opening with a dateline starts a block of its own.
 */
function atDatelines(b: Block): Block[] {
  if (b.kind !== 'body') return [b];
  const left = Math.min(...b.lines.map((l) => l.x0));
  const parts: TextLine[][] = [];
  b.lines.forEach((l, i) => {
    const prev = parts[parts.length - 1];
    const opens = i > 0 && l.x0 - left >= 0.8 * l.size && DATELINE.test(l.text);
    // A title printed right above the dateline goes with it: alone so far, or after a finished sentence.
    const titleAbove = prev !== undefined && titleLine(prev[prev.length - 1]);
    if (i === 0) parts.push([]);
    else if (opens && !(titleAbove && prev!.length === 1)) {
      const titled = titleAbove && endsSentence(prev![prev!.length - 2]!.text);
      parts.push(titled ? [prev!.pop()!] : []);
    }
    parts[parts.length - 1]!.push(l);
  });
  return parts.map((lines) => ({ ...union(lines), kind: b.kind, lines, size: lines[0]!.size }));
}

/** Groups blocks in reading order into drafts; credits before any article go to the page. */
function group(ordered: Block[], body: number): { drafts: Draft[]; pageCredits: Block[] } {
  const drafts: Draft[] = [];
  const pageCredits: Block[] = [];
  let cur: Draft | null = null;
  let prev: Block | null = null;
  for (const b of ordered) {
    if (b.kind === 'head') {
      if (cur && prev?.kind === 'head' && stacked(prev, b, body) && cur.bodies.length === 0 && cur.credits.length === 0) cur.heads.push(b);
      else drafts.push((cur = { heads: [b], credits: [], bodies: [], read: [] }));
    } else if (b.kind === 'credit') {
      if (cur) cur.credits.push(b);
      else pageCredits.push(b);
    } else {
      if (!cur || (cur.bodies.length > 0 && opensDateline(b))) drafts.push((cur = { heads: [], credits: [], bodies: [], read: [] }));
      cur.bodies.push(b);
    }
    cur?.read.push(b);
    prev = b;
  }
  return { drafts, pageCredits };
}

/** The title is the largest headline of the group; the others are kickers and subtitles. */
function titles(heads: Block[]): { title: string | null; kickers: string[] } {
  if (heads.length === 0) return { title: null, kickers: [] };
  const top = Math.max(...heads.map((h) => h.size));
  const main = heads.filter((h) => h.size >= 0.9 * top);
  return { title: main.map(blockText).join(''), kickers: heads.filter((h) => !main.includes(h)).map(blockText) };
}

/** The title line of a brief without headline (`县图书馆分馆开放` above `本报讯…`), taken out of its text. */
function briefTitle(d: Draft): string | null {
  const first = d.bodies[0];
  if (d.heads.length > 0 || !first || !titleLine(first.lines[0]) || !DATELINE.test(first.lines[1]?.text.trim() ?? '')) return null;
  const title = first.lines.shift()!.text;
  Object.assign(first, union(first.lines));
  return title;
}

function finish(d: Draft): LaidOutArticle {
  const brief = briefTitle(d);
  const { text, regions, lowConfidence } = bodyText(d.bodies);
  const named = brief === null ? titles(d.heads) : { title: brief, kickers: [] };
  return { ...named, text, credits: d.credits.map(credit), regions, lowConfidence, box: union([...d.heads, ...d.credits, ...d.bodies]) };
}

/** Where the splitter's article text has each printed line: found again in order, with its box and unsure stretches. */
function relocate(text: string, lines: TextLine[]): { regions: TextRegion[]; lowConfidence: Array<[number, number]> } {
  const regions: TextRegion[] = [];
  const lowConfidence: Array<[number, number]> = [];
  let at = 0;
  for (const l of lines) {
    const i = text.indexOf(l.text, at);
    if (i < 0) continue;
    regions.push({ start: i, end: i + l.text.length, box: { x0: l.x0, y0: l.y0, x1: l.x1, y1: l.y1 } });
    for (const [s, e] of l.lowConf) lowConfidence.push([i + s, i + e]);
    at = i + l.text.length;
  }
  return { regions, lowConfidence };
}

/** Text with no headline over it: the page splitter decides (it finds datelines, credits, title lines). */
function splitUntitled(d: Draft): LaidOutArticle[] {
  const pageText = d.read.map((b) => b.lines.map((l) => l.text).join('\n')).join('\n\n');
  const split = segmentPage(pageText);
  if (split.articles.length < 2) return [finish(d)];
  const lines = d.bodies.flatMap((b) => b.lines);
  const box = union([...d.credits, ...d.bodies]);
  return split.articles.map((a) => ({ title: a.title, kickers: a.kickers, text: a.text, credits: a.credits, ...relocate(a.text, lines), box }));
}

/** Reads one page's positioned text into articles (see the file comment). */
export function layoutPage(page: PositionedPage): PageLayout {
  const lines = page.lines.map((l) => toTextLine(l, page.ocr)).filter((l) => l.text !== '');
  const { furniture, rest } = splitBands(lines, page.height, bodySize(lines));
  const body = bodySize(rest);
  const ordered = readingOrder(toBlocks(rest, body).flatMap(atDatelines), body);
  const { drafts, pageCredits } = group(ordered, body);
  const ignored: string[] = [];
  const articles: LaidOutArticle[] = [];
  const orphanCredits: RawCredit[] = pageCredits.map(credit);
  for (const d of drafts) {
    if (d.bodies.length === 0) {
      ignored.push(...d.heads.map(blockText));
      orphanCredits.push(...d.credits.map(credit));
    } else if (d.heads.length === 0) articles.push(...splitUntitled(d));
    else articles.push(finish(d));
  }
  return { articles, pageCredits: orphanCredits, ignored, header: readHeader(furniture) };
}
