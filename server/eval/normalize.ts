/**
 * Name normalisation for scoring (docs/graph-model.md): NFKC (full-width forms),
 * whitespace removed, surrounding quotes and brackets removed.
 */
const EDGE_QUOTES = /^[“”‘’"'「」『』《》〈〉]+|[“”‘’"'「」『』《》〈〉]+$/gu;

export function normName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/gu, '').replace(EDGE_QUOTES, '');
}

/** One contains the other (after normalisation); both must be non-empty. */
export function contains(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a.includes(b) || b.includes(a);
}
