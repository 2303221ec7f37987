/**
 * Deterministic ids. The same key always gives the same id, so re-running an
 * article gives identical output and the graph store can MERGE on `id`.
 * Keys deliberately leave the article out where the thing is the same across
 * articles (a person is `name + region`; the store resolves further).
 */
import { createHash } from 'node:crypto';

const memo = new Map<string, string>();

/** Short sha1 of the key parts joined by `|` (memoised: the same names recur across articles and hashing is not free). */
export function shortHash(...parts: Array<string | null | undefined>): string {
  const key = parts.map((p) => p ?? '').join('|');
  let h = memo.get(key);
  if (h === undefined) {
    h = createHash('sha1').update(key).digest('hex').slice(0, 16);
    if (memo.size >= 50_000) memo.clear();
    memo.set(key, h);
  }
  return h;
}

/** Generic entity id: `prefix_` + short hash of the key parts. */
export function makeId(prefix: string, ...parts: Array<string | null | undefined>): string {
  return `${prefix}_${shortHash(...parts)}`;
}

/** Person: same name in the same region → same id across articles. */
export const personId = (name: string, region: string | null): string => makeId('per', name, region);

/** Role: canonical title + scope (the body or place it belongs to, when known). */
export const roleId = (canonical: string, scope: string | null): string => makeId('rol', canonical, scope);

/** Meeting: name + date (null date keeps the name only). */
export const meetingId = (name: string, date: string | null): string => makeId('mtg', name, date);

/** Article id from its source and text, used when a reader gives none. */
export const articleId = (source: string, text: string): string => makeId('art', source, text);

/** Content hash of a text (Article.hash). */
export const contentHash = (text: string): string => createHash('sha1').update(text).digest('hex');
