/**
 * Builds the RawArticle the readers return, with its stable id and content hash.
 *
 * Id choice: the record's own `id`
 * when it has one; otherwise `a_` + 16 hex of sha1 over the text's fingerprint
 * (NFKC, whitespace removed). A content id is the same whatever path or working
 * directory the file was given with, survives renames and moves, and makes a
 * reprint of the same article (another page file, a JSON export) the same
 * Article node instead of a duplicate. A name-and-index id would collide for
 * archives that reuse base names (`2020/p1.txt`, `2021/p1.txt`) and would shift
 * when the splitter's segmentation improves. The price: a corrected text is a
 * new article; re-ingest sees a new hash either way.
 */
import type { DatePrecision } from '../../model/graph.schema.js';
import type { RawArticle, RawCredit } from '../types.js';
import { fingerprint, sha1 } from '../text-normalize.js';
import { findCredits } from '../credit-patterns.js';

export interface ArticleDraft {
  id?: string | null;
  title: string | null;
  text: string;
  published: string | null;
  /** Set only when `published` is not a printed day (see readers/published.ts). */
  publishedPrecision?: DatePrecision;
  /** True when `published` was inferred from the page. */
  publishedInferred?: boolean;
  source: string;
  credits: RawCredit[];
}

/** The id an article gets when the input names none. */
export function contentId(text: string): string {
  return `a_${sha1(fingerprint(text)).slice(0, 16)}`;
}

/**
 * Bylines printed inside the body (`本报讯（记者 张三 通讯员 李四）`, `…点赞。（记者 张三）`,
 * `记者:A、B` on the last line …; see credit-patterns.ts). `start` is their offset in the text.
 */
function inlineCredits(text: string): RawCredit[] {
  return findCredits(text).filter((c) => c.names.length > 0).map((c) => ({ text: c.text, start: c.start }));
}

/** Finishes a draft: id, hash, and credits found inside the body. */
export function makeArticle(d: ArticleDraft): RawArticle {
  const credits = [...d.credits, ...inlineCredits(d.text)];
  return {
    article: {
      id: d.id && d.id.trim() ? d.id.trim() : contentId(d.text),
      title: d.title,
      published: d.published,
      ...(d.publishedPrecision ? { published_precision: d.publishedPrecision } : {}),
      ...(d.publishedInferred ? { published_inferred: true } : {}),
      source: d.source,
      text: d.text,
      hash: sha1(d.text),
    },
    credits,
  };
}
