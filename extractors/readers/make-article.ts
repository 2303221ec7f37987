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
import type { RawArticle, RawCredit } from '../types.js';
import { fingerprint, sha1 } from '../text-normalize.js';

export interface ArticleDraft {
  id?: string | null;
  title: string | null;
  text: string;
  published: string | null;
  source: string;
  credits: RawCredit[];
}

/** The id an article gets when the input names none. */
export function contentId(text: string): string {
  return `a_${sha1(fingerprint(text)).slice(0, 16)}`;
}

/** Credits printed inside the body right after `本报讯`, e.g. `本报讯（记者 张三 通讯员 李四）`. */
function inlineCredits(text: string): RawCredit[] {
  const m = /^(本报讯|本报[^\s（(]{0,12}讯)\s*[（(]([^（()）\n]{2,60})[）)]/u.exec(text);
  if (!m || !/记者|通讯员|摄影|实习生/u.test(m[2]!)) return [];
  return [{ text: m[2]!.trim(), start: m.index + m[0].indexOf(m[2]!) }];
}

/** Finishes a draft: id, hash, and credits found inside the body. */
export function makeArticle(d: ArticleDraft): RawArticle {
  const credits = [...d.credits, ...inlineCredits(d.text)];
  return {
    article: {
      id: d.id && d.id.trim() ? d.id.trim() : contentId(d.text),
      title: d.title,
      published: d.published,
      source: d.source,
      text: d.text,
      hash: sha1(d.text),
    },
    credits,
  };
}
