/**
 * Runs the registry over one article and returns its Extraction
 * (model/graph.schema.ts). Extractors are pure; this file only wires them:
 * sentences once, one shared (memoised) tokenizer, results merged by id.
 */
import { Extraction, type ExtractedEntity, type ExtractedRelation } from '../model/graph.schema.js';
import type { ExtractContext, Extractor, Found, RawArticle, Tokenizer } from './types.js';
import { registry } from './registry.js';
import { splitSentences } from './sentences.js';
import { memoTokenizer } from './tokenizer.js';
import { jiebaTokenizer } from './jieba-tokenizer.js';
import { contentHash } from './ids.js';
import { restorePrinted, simplifiedInput } from './printed-form.js';
import { markLowConfidence } from './low-confidence.js';

export interface ExtractOptions {
  /** The paper's home jurisdiction, e.g. `平湖市`; null/undefined when unknown. */
  region?: string | null;
  /** Defaults to nodejieba (extractors/jieba-tokenizer.ts). */
  tokenizer?: Tokenizer;
  /** Defaults to the registry of extractors/registry.ts. */
  extractors?: readonly Extractor[];
  /**
   * Validate the result with the zod schema (default false: the extractors are typed against the
   * schema and the tests validate their output; parsing every article costs as much as a quarter
   * of the tagging time, which the speed bar of issue 3 cannot afford).
   */
  validate?: boolean;
}

let defaultTokenizer: Tokenizer | null = null;

/** Runs the registry over one article; returns the Extraction of model/graph.schema.ts (validated shape). */
export function extractArticle(raw: RawArticle, opts: ExtractOptions = {}): Extraction {
  // Traditional characters: extract from a simplified copy (same offsets), report the printed forms.
  const hash = raw.article.hash ?? contentHash(raw.article.text);
  const simple = simplifiedInput(raw);
  if (simple) {
    const x = runRegistry({ ...simple, article: { ...simple.article, hash } }, opts);
    const out = restorePrinted(x, raw, simple);
    return opts.validate ? Extraction.parse(out) : out;
  }
  const out = runRegistry({ ...raw, article: { ...raw.article, hash } }, opts);
  return opts.validate ? Extraction.parse(out) : out;
}

function runRegistry(raw: RawArticle, opts: ExtractOptions): Extraction {
  const article = { ...raw.article, hash: raw.article.hash! };
  const tokenizer = memoTokenizer(opts.tokenizer ?? (defaultTokenizer ??= jiebaTokenizer()));
  const found: Found = { entities: [], relations: [] };
  const index: MergeIndex = { byId: new Map(), relKeys: new Set() };
  const ctx: ExtractContext = {
    article,
    region: opts.region ?? null,
    credits: raw.credits,
    sentences: splitSentences(article.text),
    tokenizer,
    found,
  };
  for (const ex of opts.extractors ?? registry) {
    const out = ex.extract(ctx);
    mergeInto(found, index, out, ex.id);
  }
  markLowConfidence(found.relations, article.layout?.low_confidence);
  return { article, entities: found.entities, relations: found.relations };
}

interface MergeIndex { byId: Map<string, ExtractedEntity>; relKeys: Set<string> }

/** Appends `out` to `found`: entities with the same id merge mentions, duplicate relations are dropped. */
function mergeInto(found: Found, index: MergeIndex, out: Found, extractorId: string): void {
  const { byId } = index;
  for (const e of out.entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      const copy: ExtractedEntity = { ...e, props: e.props ?? {}, mentions: dedupSpans(e.mentions) };
      found.entities.push(copy);
      byId.set(copy.id, copy);
      continue;
    }
    if (e.mentions.length > 0) prev.mentions = dedupSpans([...prev.mentions, ...e.mentions]);
    const props = e.props ?? {};
    for (const k in props) if (!(k in prev.props)) prev.props[k] = props[k]!;
  }
  const seen = index.relKeys;
  for (const r of out.relations) {
    const rel: ExtractedRelation = { ...r, props: r.props ?? {}, extractor: r.extractor ?? extractorId };
    const k = relKey(rel);
    if (seen.has(k)) continue;
    seen.add(k);
    found.relations.push(rel);
  }
}

function relKey(r: ExtractedRelation): string {
  let props = '';
  for (const k in r.props) props += `${props ? ',' : ''}${k}=${String(r.props[k])}`;
  return `${r.type}|${r.from}|${r.to}|${props}|${r.evidence.start}`;
}

/** Spans sorted, each once (equal spans are neighbours once sorted). */
function dedupSpans(spans: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (!last || last[0] !== s[0] || last[1] !== s[1]) out.push(s);
  }
  return out;
}
