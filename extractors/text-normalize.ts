/**
 * Small text helpers shared by the readers and the page splitter. They never
 * change a printed character: the gold's reconstruction rules keep PDF quirks
 * such as `12月 25日` for the extractors to deal with.
 */
import { createHash } from 'node:crypto';

/** True when the line ends a sentence, e.g. `…与信赖。`, `…”刘涛说。` or `…开心。”`. */
export function endsSentence(line: string): boolean {
  const core = line.trimEnd().replace(/[”’」』》）)"']+$/u, '');
  return /[。！？!?…]$/u.test(core);
}

/**
 * Width of a line as printed in a CJK column: full-width characters count 1,
 * ASCII letters, digits and spaces count ½ (they are set half-width).
 */
export function visualWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
  return w;
}

/** `\r\n`, `\r` and form feeds (PDF page breaks) become `\n`. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n');
}

/**
 * Removes C0/C1 control characters other than `\n` and `\t`, and stray
 * byte-order marks; returns how many were removed so the reader can warn.
 */
export function stripControls(text: string): { text: string; removed: number } {
  let removed = 0;
  // eslint-disable-next-line no-control-regex
  const out = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe]/g, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}

/** Hex sha1 of a string (UTF-8). */
export function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/**
 * What two copies of the same article share even when one was re-typeset:
 * NFKC (full-width → ASCII) with all whitespace removed.
 */
export function fingerprint(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** True for a CJK ideograph. */
export function isHan(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch);
}
