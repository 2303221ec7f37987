/**
 * Credit lines (bylines, editor credits) printed inside an article's text, with
 * offsets. Shared by the byline extractor (which reports the bylines), the person
 * extractor (which reads no person inside any credit: not `本报记者X` as a post
 * 记者, not an editor) and the readers (which keep the article's credits).
 *
 * Where a credit is printed: in brackets (`本报讯(记者 A 特约记者 B)`,
 * `(文/A 图/B)`, `(编辑 X)`, an unlabelled `(A  B)` closing the text), or as a
 * line, or the last sentence of a line (`…意义。 融媒体中心记者/A 编辑:B`,
 * `记者:A、B`, `【记者】A`, `撰稿:A 编辑:B`, `A 摄`). A candidate counts only when
 * every token of it is a marker word or a name (credit-words.ts).
 */
import { opensWithMarker, readCredit, type CreditParse, type CreditRole } from './credit-words.js';
import { isSurnameAt } from './names.js';

export { isDotName, parseCreditText, type CreditRole, type ParsedCredit } from './credit-words.js';

export interface CreditName { name: string; role: CreditRole; start: number | null; end: number | null }
/** A credit printed in the text: its span, and its byline names (none for an editor or source credit). */
export interface CreditSpan { start: number; end: number; text: string; names: CreditName[] }

const PAREN_RE = /[（(]([^（()）\n]{1,80})[）)]/gu;
/** An outlet printed before the role word (`县融媒体中心 记者 X`, `江华融媒记者 X`). */
const OUTLET_RE = /^[\u3400-\u9fff]{1,14}?(?:融媒体中心|中心|融媒|日报|报社|电视台|广播电视台|新闻网|广播电视台|报)\s*|^[\u3400-\u9fff]{2,14}\s+/u;
const MARK_RE = /^[ \t\u3000]*(?:[■□●◆▲★◇][ \t\u3000]*)?/u;
const SENTENCE_END = /[。！？!?][ \t\u3000]*/gu;

/** The credit starting at `pos` of `text` and running to `end`, or null: a marker first (after an outlet), all tokens read. */
function markedCredit(text: string, pos: number, end: number, outletOk: boolean): CreditSpan | null {
  const raw = text.slice(pos, end);
  let skip = 0;
  if (!opensWithMarker(raw)) {
    const o = outletOk ? OUTLET_RE.exec(raw) : null;
    if (o && opensWithMarker(raw.slice(o[0].length))) skip = o[0].length;
    else if (!/摄\s*$/u.test(raw)) return null;
  }
  const got = readCredit(skip ? raw.slice(skip) : raw);
  if (!got.clean || !got.marked) return null;
  return toSpan(text, pos + skip, end, got);
}

function toSpan(text: string, start: number, end: number, got: CreditParse): CreditSpan {
  return {
    start, end, text: text.slice(start, end),
    names: got.names.map((n) => ({ name: n.name, role: n.role, start: start + n.offset, end: start + n.offset + n.printed })),
  };
}

/**
 * `(A  B)` / `(A)` with no role word: a credit only where it closes the text (no sentence follows) and
 * right after a sentence or on a line of its own, every token a name, at least one with a known surname.
 */
function unlabelledCredit(text: string, open: number, innerStart: number, inner: string, close: number): CreditSpan | null {
  if (!/^\s*(?:\n|$)/u.test(text.slice(close, close + 3)) || text.indexOf('。', close) >= 0) return null;
  if (open > 0 && !/[。！？!?”」\n\s]/u.test(text[open - 1]!)) return null;
  const got = readCredit(inner);
  if (!got.clean || got.marked || got.names.length === 0 || got.names.length > 6) return null;
  if (!got.names.some((n) => isSurnameAt(n.name, 0))) return null;
  return toSpan(text, innerStart, innerStart + inner.length, got);
}

/** Every credit printed inside `text`, with offsets, in text order. */
export function findCredits(text: string): CreditSpan[] {
  const out: CreditSpan[] = [];
  const taken = (s: number, e: number) => out.some((c) => s < c.end && e > c.start);
  for (const m of text.matchAll(PAREN_RE)) {
    const inner = m[1]!;
    const innerStart = m.index + 1;
    const close = m.index + m[0].length;
    const lead = inner.length - inner.trimStart().length;
    const c = markedCredit(text, innerStart + lead, innerStart + inner.trimEnd().length, true) ??
      unlabelledCredit(text, m.index, innerStart, inner, close);
    if (c) out.push(c);
  }
  // lines, and the last sentence of a line, that are credits
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const end = lineStart + text.slice(lineStart, lineEnd).trimEnd().length;
    const starts = [lineStart + MARK_RE.exec(text.slice(lineStart, lineEnd))![0].length];
    let lastSentence = -1;
    for (const s of text.slice(lineStart, lineEnd).matchAll(SENTENCE_END)) lastSentence = lineStart + s.index + s[0].length;
    if (lastSentence > starts[0]! && lastSentence < end) starts.push(lastSentence);
    for (const s of starts) {
      if (end - s < 2 || end - s > 90 || taken(s, end)) continue;
      const c = markedCredit(text, s, end, s === starts[0]);
      if (c) {
        out.push(c);
        break;
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}
