/**
 * Printed lines as text: words joined (a space only where the gap is one), the line's size
 * (its height, which follows the font size), and the stretches OCR was unsure of.
 */
import type { Box, PageLine, PageWord } from './pdf-types.js';

/** A line of the page with its text. */
export interface TextLine extends Box {
  text: string;
  /** Line height: the font size up to a constant factor of the font. */
  size: number;
  /** `[start, end)` stretches of `text` read with low OCR confidence. */
  lowConf: Array<[number, number]>;
}

/** OCR words below this confidence (0–100) are marked as read with low confidence. */
export const LOW_CONFIDENCE = 60;

/** A gap wider than this share of the line height is a space (a printed space, or a word gap). */
const SPACE_GAP = 0.22;
/**
 * OCR boxes hug the ink, so side bearings show as gaps: between two words a space needs a gap of
 * most of a character, except between Latin letters or digits; never next to full-width
 * punctuation, whose ink sits in one corner of its square.
 */
const OCR_SPACE_GAP = { wide: 0.8, latin: 0.3 };
const FULL_WIDTH_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026]/u;
const LATIN = /[A-Za-z0-9]/u;

/** A full stop between two Chinese characters is OCR's reading of the middle dot (`红色嘉园·暖巢行动`, `阿依古丽·买买提`). */
const MIDDLE_DOT = /(?<=\p{Script=Han})[.．•](?=\p{Script=Han})/gu;

const CREDIT_ROLE = '(?:本报)?(?:特约|见习|实习|首席|全媒体|融媒体)?(?:摄影记者|记者|通讯员|摄影|摄像|实习生)';
/** The credit mark `■` as OCR misreads it (`sa`, `m`, `#`) before a credit's role word. */
const MISREAD_MARK = new RegExp(`^[^\\p{Script=Han}\\s]{1,3}\\s*(?=${CREDIT_ROLE})`, 'u');
/** A credit whose mark OCR dropped and whose spaces it lost: `记者冯思家通讯员张其良`. */
const BARE_CREDIT = new RegExp(`^${CREDIT_ROLE}\\s*\\p{Script=Han}{2,4}(?:\\s*${CREDIT_ROLE}\\s*\\p{Script=Han}{2,4})*$`, 'u');

/** OCR's reading of a credit line made recognisable again: its `■` mark restored. */
function repairCredit(text: string, lowConf: Array<[number, number]>): string {
  if (MISREAD_MARK.test(text)) {
    const cut = text.length - text.replace(MISREAD_MARK, '').length - 1;
    for (const span of lowConf) (span[0] = Math.max(0, span[0] - cut)), (span[1] = Math.max(0, span[1] - cut));
    return `■${text.slice(cut + 1)}`;
  }
  if (text.length <= 24 && BARE_CREDIT.test(text)) {
    for (const span of lowConf) (span[0] += 1), (span[1] += 1);
    return `■${text}`;
  }
  return text;
}

const height = (b: Box): number => b.y1 - b.y0;
export const width = (b: Box): number => b.x1 - b.x0;

/**
 * The smallest gap between two words that is a space. A justified line spreads its characters
 * (the text layer then gives one word per character, evenly apart): only a gap well beyond
 * that spread is a space there.
 */
function spaceGap(words: PageWord[], size: number): number {
  const gaps = words.slice(1).map((w, i) => w.x0 - words[i]!.x1).sort((a, b) => a - b);
  const single = words.filter((w) => [...w.text.trim()].length === 1).length;
  if (words.length < 4 || single * 2 < words.length) return SPACE_GAP * size;
  const median = gaps[gaps.length >> 1]!;
  return Math.max(SPACE_GAP * size, 1.6 * median, median + 0.2 * size);
}

/** Is the gap between two OCR words a space? */
function ocrSpace(prev: PageWord, w: PageWord, size: number): boolean {
  const a = prev.text.slice(-1), b = w.text[0] ?? '';
  if (FULL_WIDTH_PUNCT.test(a) || FULL_WIDTH_PUNCT.test(b)) return false;
  const latin = LATIN.test(a) && LATIN.test(b);
  return w.x0 - prev.x1 > (latin ? OCR_SPACE_GAP.latin : OCR_SPACE_GAP.wide) * size;
}

/** Joins a line's words; records where the low-confidence words land in the text. `ocr`: words read by OCR. */
export function toTextLine(line: PageLine, ocr = false): TextLine {
  const words = [...line.words].filter((w) => w.text.trim() !== '').sort((a, b) => a.x0 - b.x0);
  const size = height(line) || Math.max(0, ...words.map(height));
  const minSpace = spaceGap(words, size);
  let text = '';
  const lowConf: Array<[number, number]> = [];
  let prev: PageWord | null = null;
  for (const w of words) {
    const t = w.text.trim();
    if (prev && (ocr ? ocrSpace(prev, w, size) : w.x0 - prev.x1 > minSpace)) text += ' ';
    if (w.conf !== undefined && w.conf >= 0 && w.conf < LOW_CONFIDENCE) lowConf.push([text.length, text.length + t.length]);
    text += t;
    prev = w;
  }
  if (ocr) text = repairCredit(text, lowConf).replace(MIDDLE_DOT, '·');
  return { x0: line.x0, y0: line.y0, x1: line.x1, y1: line.y1, text, size, lowConf };
}

/** The median line height, each line weighted by its characters: the body text's size. */
export function bodySize(lines: TextLine[]): number {
  const sized = lines.filter((l) => l.size > 0).map((l) => ({ size: l.size, n: l.text.length })).sort((a, b) => a.size - b.size);
  const total = sized.reduce((s, l) => s + l.n, 0);
  let acc = 0;
  for (const l of sized) {
    acc += l.n;
    if (acc * 2 >= total) return l.size;
  }
  return 10;
}

/** The union of boxes. */
export function union(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** Length of the overlap of two boxes' horizontal extents (0 when apart). */
export function xOverlap(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0));
}
