/**
 * Sentence splitting for evidence: a sentence ends at 。！？!?；; (with any
 * closing quotes/brackets that follow) or at a line break. Offsets are UTF-16
 * indices into the article text; surrounding whitespace is trimmed.
 */
import type { Sentence } from './types.js';

// an ender (。！？!?；; or a line break) with the closing quotes/brackets that follow it
const END_RE = /[。！？!?；;][”’」』）)"'》]*|\n/gu;
const SPACE_RE = /\s/u;

/** Splits `text` into trimmed, non-empty sentences with their offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && SPACE_RE.test(text[s]!)) s++;
    while (e > s && SPACE_RE.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (const m of text.matchAll(END_RE)) push(m.index + m[0].length);
  push(text.length);
  return out;
}

/** The sentence containing offset `pos` (binary search); falls back to a window around it. */
export function sentenceAt(sentences: Sentence[], text: string, pos: number): Sentence {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  const start = Math.max(0, pos - 20);
  const end = Math.min(text.length, pos + 20);
  return { start, end, text: text.slice(start, end) };
}
