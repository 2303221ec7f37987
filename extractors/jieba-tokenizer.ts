/**
 * The nodejieba adapter of the `Tokenizer` port. User words (titles with the
 * custom tag `nt_title`, organisation suffixes, meeting words, gazetteer names)
 * are inserted once per process with `nodejieba.insertWord`, so no dictionary
 * file is written. Tags are weak hints only: the extractors do the real work.
 */
import nodejieba from 'nodejieba';
import type { Token, Tokenizer } from './types.js';
import { withOffsets } from './tokenizer.js';

const inserted = new Set<string>();

/** Adds user words to jieba's dictionary (idempotent per process). */
export function addUserWords(words: Iterable<string>, tag = 'n'): void {
  for (const w of words) {
    const key = `${w}\t${tag}`;
    if (w.length < 2 || inserted.has(key)) continue;
    inserted.add(key);
    nodejieba.insertWord(w, tag);
  }
}

/** The default tokenizer: nodejieba's `tag`, with offsets. */
export function jiebaTokenizer(): Tokenizer {
  return {
    tag(text: string): Token[] {
      return withOffsets(text, nodejieba.tag(text));
    },
  };
}

/** nodejieba's `tag` alone, the baseline of `baoxun bench extract`. */
export function jiebaTagOnly(text: string): number {
  return nodejieba.tag(text).length;
}
