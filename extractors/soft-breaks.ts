/**
 * Line breaks that do not end a sentence. Text taken from PDFs keeps the column's line breaks, which
 * fall anywhere: between a post and its holder (`县人大常委会主任\n某某主持`), inside a list
 * (`A、B、\nC出席`), inside a name. A break is soft when the line before ends without sentence-final
 * punctuation, the next line goes on with text, and the paragraph so far is prose (it holds a
 * comma or a list mark, so a headline or a credit line on a line of its own stays apart).
 * The joined view drops the soft breaks and maps every offset back to the original text.
 */
import type { Sentence } from './types.js';

/** What ends a sentence (or a label line) before a break. */
const HARD_END = /[。！？!?；;：:”’」』）)》】\]]$/u;
const PROSE_MARK = /[，、,]/u;
const GOES_ON = /^[\u3400-\u9fff0-9０-９“‘《（(]/u;

/** Offsets of the soft line breaks of `text`, in order. */
export function softBreaks(text: string): number[] {
  const out: number[] = [];
  let para = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const before = text.slice(para, i).trimEnd();
    const next = text.slice(i + 1, i + 2);
    if (before.length > 0 && !HARD_END.test(before) && GOES_ON.test(next) && PROSE_MARK.test(lastSentence(before))) out.push(i);
    else para = i + 1;
  }
  return out;
}

/** The part of a paragraph after its last sentence end (the sentence a break falls in). */
function lastSentence(s: string): string {
  const cut = Math.max(s.lastIndexOf('。'), s.lastIndexOf('！'), s.lastIndexOf('？'), s.lastIndexOf('；'));
  return s.slice(cut + 1);
}

/** A view of a text without its soft breaks: `toOrig[i]` is the original offset of view offset `i` (and of the end). */
export interface JoinedView { text: string; toOrig: Int32Array; toView: Int32Array }

/** The joined view of `text`, or null when it has no soft break (the common case costs one scan). */
export function joinedView(text: string): JoinedView | null {
  if (!text.includes('\n')) return null;
  const breaks = softBreaks(text);
  if (breaks.length === 0) return null;
  const toOrig = new Int32Array(text.length - breaks.length + 1);
  const toView = new Int32Array(text.length + 1);
  let parts = '';
  let v = 0;
  let from = 0;
  for (const b of [...breaks, text.length]) {
    parts += text.slice(from, b);
    for (let i = from; i < b; i++) {
      toView[i] = v;
      toOrig[v++] = i;
    }
    if (b < text.length) toView[b] = v;
    from = b + 1;
  }
  toOrig[v] = text.length;
  toView[text.length] = v;
  return { text: parts, toOrig, toView };
}

/** Sentences with those split only by a soft break joined again (`副主任A、B、\nC出席会议。` is one sentence). */
export function joinSoftSentences(text: string, sentences: Sentence[]): Sentence[] {
  const soft = new Set(softBreaks(text));
  if (soft.size === 0) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const gap = prev ? text.slice(prev.end, s.start) : '';
    const br = prev ? prev.end + gap.indexOf('\n') : -1;
    if (prev && /^\s*\n\s*$/u.test(gap) && soft.has(br)) {
      const merged = { start: prev.start, end: s.end, text: text.slice(prev.start, s.end) };
      out[out.length - 1] = merged;
    } else out.push(s);
  }
  return out;
}
