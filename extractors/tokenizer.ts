/**
 * Tokenizer helpers behind the `Tokenizer` port (extractors/types.ts):
 * a memo wrapper so that every extractor of one article shares one tagging
 * pass, and offset recovery for tokenizers that return words only.
 */
import type { Token, Tokenizer } from './types.js';

/** Adds offsets to a list of words that concatenate to `text` (jieba keeps every character). */
export function withOffsets(text: string, words: Array<{ word: string; tag: string }>): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const w of words) {
    let start = text.startsWith(w.word, pos) ? pos : text.indexOf(w.word, pos);
    if (start < 0) start = pos;
    const end = start + w.word.length;
    out.push({ word: w.word, tag: w.tag, start, end });
    pos = end;
  }
  return out;
}

/** Wraps a tokenizer so that tagging the same text twice costs once (a small cache: the article and short probes). */
export function memoTokenizer(inner: Tokenizer, size = 512): Tokenizer {
  const local = new Map<string, Token[]>();
  // short probes (a candidate name, a few characters after it) recur across articles: shared per base tokenizer
  const base = baseOf(inner);
  let shared = probes.get(base);
  if (!shared) probes.set(base, (shared = new Map()));
  const memo: Tokenizer = {
    tag(text: string): Token[] {
      const cache = text.length <= PROBE_MAX ? shared! : local;
      let hit = cache.get(text);
      if (!hit) {
        if (cache.size >= (cache === local ? size : 50_000)) cache.clear();
        hit = inner.tag(text);
        cache.set(text, hit);
      }
      return hit;
    },
  };
  bases.set(memo, baseOf(inner));
  return memo;
}

const bases = new WeakMap<Tokenizer, Tokenizer>();
const probes = new WeakMap<Tokenizer, Map<string, Token[]>>();
const PROBE_MAX = 12;

/** The tokenizer under memo wrappers: a stable key for caches that outlive one article. */
export function baseOf(t: Tokenizer): Tokenizer {
  return bases.get(t) ?? t;
}
