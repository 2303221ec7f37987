/** Deterministic ids of the graph store (canonical entity ids, judgement ids). */
import { createHash } from 'node:crypto';

/** Short sha1 (16 hex) of the parts joined by `|`; null counts as empty. */
export function shortHash(...parts: Array<string | null | undefined>): string {
  return createHash('sha1').update(parts.map((p) => p ?? '').join('|')).digest('hex').slice(0, 16);
}
