/**
 * The forms a search is made in: as typed, in simplified characters and in traditional ones
 * (Taiwan and Hong Kong standards), so 吳金華 finds 吴金华 and the other way round. Names
 * are stored as printed (extractors/traditional.ts), so either form may be in the graph.
 */
import * as ToTraditional from 'opencc-js/cn2t';
import { toSimplifiedForMatching } from '../../../extractors/traditional.js';

let tw: ((s: string) => string) | null = null;
let hk: ((s: string) => string) | null = null;

/** `q` and its simplified and traditional forms, each once, `q` first. */
export function hanVariants(q: string): string[] {
  const simplified = toSimplifiedForMatching(q);
  const toTw = (tw ??= ToTraditional.Converter({ from: 'cn', to: 'tw' }));
  const toHk = (hk ??= ToTraditional.Converter({ from: 'cn', to: 'hk' }));
  return [...new Set([q, simplified, toTw(simplified), toHk(simplified)])];
}
