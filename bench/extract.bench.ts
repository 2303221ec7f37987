/**
 * Extraction speed against nodejieba's `tag` alone, on the same text in the
 * same run (issue 3: tagging time ÷ extraction time must be ≥ 0.5).
 * Used by `baoxun bench extract`; pure measuring, no printing.
 */
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../extractors/pipeline.js';
import { jiebaTagOnly } from '../extractors/jieba-tokenizer.js';
import type { Extractor, RawArticle } from '../extractors/types.js';
import { registry } from '../extractors/registry.js';

export interface ExtractBenchResult {
  articles: number;
  chars: number;
  rounds: number;
  extract_ms: number;
  tag_ms: number;
  chars_per_s: number;
  tag_chars_per_s: number;
  /** tagging time ÷ extraction time */
  ratio: number;
  /** time spent in each extractor during the timed rounds (the rest is the pipeline: sentences, merging, validation) */
  per_extractor_ms: Record<string, number>;
}

/** The registry with each extractor's time added to `into`. */
function timed(into: Record<string, number>): Extractor[] {
  return registry.map((ex) => ({
    ...ex,
    extract(ctx) {
      const t = performance.now();
      try {
        return ex.extract(ctx);
      } finally {
        into[ex.id] = (into[ex.id] ?? 0) + performance.now() - t;
      }
    },
  }));
}

/** Runs `rounds` passes of full extraction and of `nodejieba.tag` over the inputs (after one warm-up pass each). */
export function benchExtract(inputs: RawArticle[], rounds = 5, region: string | null = null): ExtractBenchResult {
  const chars = inputs.reduce((n, r) => n + r.article.text.length, 0);
  for (const r of inputs) {
    extractArticle(r, { region });
    jiebaTagOnly(r.article.text);
  }
  let extractMs = 0;
  let tagMs = 0;
  const perExtractor: Record<string, number> = {};
  const extractors = timed(perExtractor);
  for (let i = 0; i < rounds; i++) {
    // alternate the order so neither side always runs on a warmer cache
    const t0 = performance.now();
    for (const r of inputs) jiebaTagOnly(r.article.text);
    const t1 = performance.now();
    for (const r of inputs) extractArticle(r, { region, extractors });
    const t2 = performance.now();
    tagMs += t1 - t0;
    extractMs += t2 - t1;
  }
  const total = chars * rounds;
  return {
    articles: inputs.length, chars, rounds,
    extract_ms: round(extractMs), tag_ms: round(tagMs),
    chars_per_s: Math.round(total / (extractMs / 1000)),
    tag_chars_per_s: Math.round(total / (tagMs / 1000)),
    ratio: round(tagMs / extractMs, 3),
    per_extractor_ms: Object.fromEntries(Object.entries(perExtractor).map(([k, v]) => [k, round(v)])),
  };
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
