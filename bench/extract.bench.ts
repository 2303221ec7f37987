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
  /** untimed passes before the timed rounds */
  warmup: number;
  extract_ms: number;
  tag_ms: number;
  chars_per_s: number;
  tag_chars_per_s: number;
  /** tagging time ÷ extraction time, each the sum over articles of the article's best time over the rounds */
  ratio: number;
  /** total tagging time ÷ total extraction time over all rounds */
  ratio_total: number;
  /** median and lowest of the per-round ratios */
  ratio_median: number;
  ratio_min: number;
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

/**
 * Times `rounds` passes of full extraction and of `nodejieba.tag` over the inputs, after
 * `warmup` untimed passes of each. jieba is native code and runs at full speed from the
 * first call, while the extractors are JavaScript that V8 compiles to optimised code only
 * after it has run a while; an ingest extracts thousands of articles per worker, so the
 * steady state is what the ratio should describe.
 *
 * Within a round the two sides alternate article by article, and which goes first flips
 * every round, so neither side always runs on a warmer cache. `ratio` compares each
 * article's best time over the rounds on both sides (best-of-N, as micro-benchmark tools
 * do): on a shared machine another process can stall either side for tens of milliseconds,
 * and the minimum is the estimate least disturbed by that. The plain ratio of the totals
 * and the per-round spread are reported next to it.
 */
export function benchExtract(inputs: RawArticle[], rounds = 10, region: string | null = null, warmup = 3): ExtractBenchResult {
  const chars = inputs.reduce((n, r) => n + r.article.text.length, 0);
  for (let i = 0; i < Math.max(1, warmup); i++) pass(inputs, region, registry, i % 2 === 1);
  const perExtractor: Record<string, number> = {};
  const extractors = timed(perExtractor);
  const bestTag = inputs.map(() => Infinity);
  const bestExtract = inputs.map(() => Infinity);
  let extractMs = 0;
  let tagMs = 0;
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = pass(inputs, region, extractors, i % 2 === 1);
    const tag = sum(t.tag);
    const extract = sum(t.extract);
    t.tag.forEach((ms, k) => { bestTag[k] = Math.min(bestTag[k]!, ms); });
    t.extract.forEach((ms, k) => { bestExtract[k] = Math.min(bestExtract[k]!, ms); });
    tagMs += tag;
    extractMs += extract;
    ratios.push(tag / extract);
  }
  const total = chars * rounds;
  return {
    articles: inputs.length, chars, rounds, warmup,
    extract_ms: round(extractMs), tag_ms: round(tagMs),
    chars_per_s: Math.round(total / (extractMs / 1000)),
    tag_chars_per_s: Math.round(total / (tagMs / 1000)),
    ratio: round(sum(bestTag) / sum(bestExtract), 3),
    ratio_total: round(tagMs / extractMs, 3),
    ratio_median: round(median(ratios), 3),
    ratio_min: round(Math.min(...ratios), 3),
    per_extractor_ms: Object.fromEntries(Object.entries(perExtractor).map(([k, v]) => [k, round(v)])),
  };
}

/** One pass over the inputs, each article tagged and extracted in alternating order; times per article. */
function pass(inputs: RawArticle[], region: string | null, extractors: readonly Extractor[], extractFirst: boolean): { tag: number[]; extract: number[] } {
  const tag: number[] = [];
  const extract: number[] = [];
  for (const r of inputs) {
    for (const side of extractFirst ? ['extract', 'tag'] : ['tag', 'extract']) {
      const t = performance.now();
      if (side === 'tag') jiebaTagOnly(r.article.text);
      else extractArticle(r, { region, extractors });
      (side === 'tag' ? tag : extract).push(performance.now() - t);
    }
  }
  return { tag, extract };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
