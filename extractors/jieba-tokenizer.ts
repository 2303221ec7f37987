/**
 * The nodejieba adapter of the `Tokenizer` port. User words (titles with the
 * custom tag `nt_title`, organisation suffixes, meeting words, gazetteer names)
 * are inserted once per process with `nodejieba.insertWord`, so no dictionary
 * file is written. Tags are weak hints only: the extractors do the real work.
 */
import nodejieba from 'nodejieba';
import type { Token, Tokenizer } from './types.js';
import { withOffsets } from './tokenizer.js';
import titles from './data/titles.json' with { type: 'json' };

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

/** Tag given to title words in jieba's user dictionary (a hint for whoever reads the tokens). */
export const TITLE_TAG = 'nt_title';

/** The project's own words: titles (core and 副/常务副 forms) and generic person labels. */
function projectWords(): void {
  const cores = titles.cores.filter((c) => c.length >= 2);
  addUserWords([...cores, ...cores.map((c) => `副${c}`), ...cores.map((c) => `常务副${c}`)], TITLE_TAG);
  addUserWords(titles.generic, 'n');
}

/** The default tokenizer: nodejieba's `tag` (with the project's user words), with offsets. */
export function jiebaTokenizer(): Tokenizer {
  projectWords();
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
