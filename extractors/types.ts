/**
 * The extractor plugin contract. Extractors are pure: given an article, the
 * tokenizer and what earlier extractors found, they return entities and
 * relations with evidence. No IO, no logging, no driver.
 */
import type { Article, ExtractedEntity, ExtractedRelation } from '../model/graph.schema.js';

/** A segmented word with its part-of-speech tag (a weak hint only). */
export interface Token { word: string; tag: string; start: number; end: number }

/** The segmenter port; nodejieba is one adapter (extractors/jieba-tokenizer.ts). */
export interface Tokenizer {
  tag(text: string): Token[];
}

/** A credit line printed with the article (`■记者 李华 通讯员 赵明`), as found by the reader/page splitter. */
export interface RawCredit {
  /** The credit text as printed, e.g. `记者 李华 通讯员 赵明`. */
  text: string;
  /** Where it sits in `article.text`, when it is inside the body; null when it was printed outside it. */
  start: number | null;
  /**
   * True for a credit printed on the article's page that no layout rule ties to one article:
   * every article of the page carries it, and its WROTE relations say `page: true`.
   */
  page?: boolean;
}

/** One article as produced by a reader (before extraction). */
export interface RawArticle {
  article: Article;
  credits: RawCredit[];
}

export interface Sentence { start: number; end: number; text: string }

/** What the extractors of an article found so far, in registry order. */
export interface Found {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

export interface ExtractContext {
  article: Article;
  /** The paper's home jurisdiction (`--region`), e.g. `平湖市`; null when unknown. */
  region: string | null;
  credits: RawCredit[];
  sentences: Sentence[];
  tokenizer: Tokenizer;
  found: Found;
}

/** One concern (people, places, meetings, …); listed in extractors/registry.ts and run in that order. */
export interface Extractor {
  id: string;
  description: string;
  extract(ctx: ExtractContext): Found;
}
