/**
 * Plain text: one article, or a newspaper page (PDF/OCR text) split into its
 * articles by extractors/page-splitter.ts.
 */
import { segmentPage } from '../page-splitter.js';
import type { RawArticle, RawCredit } from '../types.js';
import { makeArticle } from './make-article.js';
import type { ReadOptions, Warn } from './outcome.js';
import { pagePublished } from './published.js';

export interface TextRead { articles: RawArticle[]; pageCredits: RawCredit[] }

/** Reads decoded plain text; `source` is the path as given. */
export function readText(source: string, text: string, opts: ReadOptions, warn: Warn): TextRead {
  const split = segmentPage(text);
  const kept = split.articles.filter((a) => a.text.trim() !== '');
  // one issue: every article of the page shares the page's date, printed or inferred
  const p = pagePublished(source, split.dateline, kept.map((a) => a.text), opts.published, warn);
  const articles = kept.map((a) => makeArticle({
    title: a.title, text: a.text, published: p.published, publishedPrecision: p.precision, publishedInferred: p.inferred, source, credits: a.credits,
  }));
  if (split.pageCredits.length > 0) {
    warn(`${split.pageCredits.length} credit line(s) could not be tied to one article: ${split.pageCredits.map((c) => c.text).join('; ')}`);
  }
  return { articles, pageCredits: split.pageCredits };
}
