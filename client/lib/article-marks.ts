/**
 * Splits an article's text into runs for highlighting: each run carries the
 * marks (entity mentions, the evidence sentence) that cover it. Overlapping
 * and nested spans are handled by cutting at every span boundary.
 */
export interface Mark { start: number; end: number; key: string }
export interface Run { text: string; start: number; keys: string[] }

export function toRuns(text: string, marks: readonly Mark[]): Run[] {
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const keys = valid.filter((m) => m.start <= start && m.end >= end).map((m) => m.key);
    runs.push({ text: text.slice(start, end), start, keys });
  }
  return runs;
}

/** Where `sentence` sits in `text`: the given offsets when they match, else the first occurrence. */
export function locate(text: string, sentence: string, start: number | null, end: number | null): [number, number] | null {
  if (start !== null && end !== null && text.slice(start, end) === sentence) return [start, end];
  const at = sentence ? text.indexOf(sentence) : -1;
  if (at >= 0) return [at, at + sentence.length];
  if (start !== null && end !== null && start < end && end <= text.length) return [start, end];
  return null;
}
