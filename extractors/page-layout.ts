/**
 * Reads the layout of a plain-text page: blank lines cut it into blocks, and
 * each block into units — credits, headline-like lines and body text.
 */
import { creditText, isCreditContinuation, isCreditLine } from './credit-line.js';
import { endsSentence, normalizeNewlines, visualWidth } from './text-normalize.js';

export type UnitKind = 'body' | 'head' | 'credit';

/** A run of lines of one kind inside one block. */
export interface Unit {
  kind: UnitKind;
  lines: string[];
  /** Index of the blank-line-separated block the unit sits in. */
  block: number;
  /** 1-based number of the unit's first line on the page. */
  lineNo: number;
}

/** A paragraph opener that always starts a new article (`本报讯`, `本报12月25日讯`). */
export const DATELINE = /^(?:【)?本报(?:讯|[^\s，。]{1,14}讯)/u;

/** Blocks of trimmed-right lines with their first line number. */
export function toBlocks(text: string): Array<{ lines: string[]; lineNo: number }> {
  const out: Array<{ lines: string[]; lineNo: number }> = [];
  let cur: { lines: string[]; lineNo: number } | null = null;
  normalizeNewlines(text).split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      cur = null;
      return;
    }
    if (!cur) out.push((cur = { lines: [], lineNo: i + 1 }));
    cur.lines.push(line);
  });
  return out;
}

/** Splits one block into credit units and runs of other lines. */
function blockUnits(lines: string[], block: number, lineNo: number): Unit[] {
  const units: Unit[] = [];
  let cur: Unit | null = null;
  lines.forEach((line, i) => {
    const credit = isCreditLine(line) || (cur?.kind === 'credit' && isCreditContinuation(line));
    const kind: UnitKind = credit ? 'credit' : 'body';
    if (!cur || cur.kind !== kind || isCreditLine(line)) units.push((cur = { kind, lines: [], block, lineNo: lineNo + i }));
    cur.lines.push(line);
  });
  return units;
}

/**
 * Could these lines be a headline or kicker? Short (≤ 3 lines, ≤ 48 wide),
 * not a dateline, no sentence punctuation. `loose` also accepts commas and
 * colons inside (`岁末年初，他们坚守一线`) but never a full stop or a
 * punctuation mark at the end.
 */
export function headLike(lines: string[], loose = false): boolean {
  if (lines.length > 3) return false;
  const all = lines.map((l) => l.trim()).join('');
  // A dateline, or a whole line in brackets such as `（完）`, is never a headline.
  if (all === '' || DATELINE.test(all) || /^[（(【\[].*[）)】\]]$/u.test(all)) return false;
  if (lines.reduce((w, l) => w + visualWidth(l.trim()), 0) > 48) return false;
  if (loose) return !/[。；;]|[，、：,:]$/u.test(all) && !endsSentence(all);
  return !/[。，；：,;:]|、$/u.test(all);
}

/** What may follow a headline: nothing, a credit, a dateline, or another headline-like block. */
function headFollower(u: Unit | undefined): boolean {
  return !u || u.kind === 'credit' || DATELINE.test(u.lines[0]!.trim()) || headLike(u.lines);
}

/**
 * The page's units in reading order. A non-credit unit is a headline when it
 * looks like one and what precedes it is finished (page start, a credit, a
 * headline, or body text ending a sentence); otherwise it is body text — a
 * column break in the middle of a sentence leaves a short fragment that must
 * not be taken for a headline. A short block with commas inside is a
 * headline only when what follows is what follows headlines (a fragment of a
 * new paragraph is followed by the rest of its paragraph).
 */
export function pageUnits(text: string): Unit[] {
  const units = toBlocks(text).flatMap((b, i) => blockUnits(b.lines, i, b.lineNo));
  units.forEach((u, i) => {
    if (u.kind !== 'body') return;
    const looks = headLike(u.lines) || (headLike(u.lines, true) && headFollower(units[i + 1]));
    if (!looks) return;
    const prev = units[i - 1];
    const finished = !prev || prev.kind !== 'body' || endsSentence(prev.lines[prev.lines.length - 1]!);
    if (finished) u.kind = 'head';
  });
  return units;
}

export { creditText };
