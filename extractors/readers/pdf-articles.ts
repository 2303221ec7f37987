/**
 * A laid-out page → RawArticles, each with where it is printed (`article.layout`, boxes in
 * thousandths of the page) and the page's credits that no article claims.
 */
import type { ArticleLayout, PageBox } from '../../model/graph.schema.js';
import type { RawArticle } from '../types.js';
import { makeArticle } from './make-article.js';
import type { Box, PageLayout, PositionedPage } from './pdf-types.js';

/** What the reader knows about the page beyond its text. */
export interface PageFacts {
  /** The path as given (becomes `article.source`). */
  source: string;
  published: string | null;
  /** File name of the rendered page image, when one was made. */
  image: string | null;
  pageLabel: string | null;
  paper: string | null;
}

const permille = (v: number, of: number): number => Math.min(1000, Math.max(0, Math.round((v / (of || 1)) * 1000)));

/** A box in thousandths of the page: `[x, y, width, height]`. */
export function toPageBox(b: Box, page: { width: number; height: number }): PageBox {
  const x = permille(b.x0, page.width), y = permille(b.y0, page.height);
  return [x, y, Math.max(0, permille(b.x1, page.width) - x), Math.max(0, permille(b.y1, page.height) - y)];
}

/**
 * The page's articles as readers return them. Credits of the page that no article claims are
 * kept with every article of that page (`page: true`), as for plain-text pages.
 */
export function pageArticles(page: PositionedPage, laid: PageLayout, facts: PageFacts): RawArticle[] {
  const onPage = laid.pageCredits.map((c) => ({ text: c.text, start: null, page: true }));
  return laid.articles.filter((a) => a.text.trim() !== '').map((a) => {
    const raw = makeArticle({ title: a.title, text: a.text, published: facts.published, source: facts.source, credits: [...a.credits, ...onPage] });
    const layout: ArticleLayout = {
      page: page.number, page_label: facts.pageLabel, paper: facts.paper, image: facts.image, ocr: page.ocr,
      box: toPageBox(a.box, page),
      regions: a.regions.map((r) => [r.start, r.end, ...toPageBox(r.box, page)]),
      low_confidence: a.lowConfidence,
    };
    raw.article.layout = layout;
    return raw;
  });
}
