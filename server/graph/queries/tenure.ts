/**
 * Post tenure, as the articles show it (cypher/tenure/*.cypher). HOLDS_ROLE facts are kept
 * per article (docs/decisions/graph-provenance.md); the writer keeps one LINK summary per
 * person and post (first_seen … last_seen, the articles), which these queries read.
 */
import type { DatePrecision } from '../../../model/graph.schema.js';
import type { Executor } from '../executor.js';

export interface Tenure {
  person: string;
  name: string;
  role: string;
  /** The post as printed (`常务副市长`). */
  post: string;
  canonical: string | null;
  scope: string | null;
  first_seen: string | null;
  last_seen: string | null;
  /** Up to 50 of the articles (smallest ids; `count` is exact). */
  articles: string[];
  /** How many HOLDS_ROLE facts (one per article that says so) there are. */
  count: number;
  /** The articles of the first and last dated sighting. */
  first_article: string | null;
  last_article: string | null;
  /** How much of `first_seen` / `last_seen` is known: `day`, `month` or `year` (null when undated). */
  first_precision: DatePrecision | null;
  last_precision: DatePrecision | null;
}

function toTenure(r: { get(k: string): unknown }): Tenure {
  const s = (k: string) => (r.get(k) as string | null) ?? null;
  return {
    person: String(r.get('person')), name: String(r.get('name')), role: String(r.get('role')), post: String(r.get('post')),
    canonical: s('canonical'), scope: s('scope'), first_seen: s('first_seen'), last_seen: s('last_seen'),
    articles: ((r.get('articles') as string[] | null) ?? []).map(String),
    count: Number(r.get('count') ?? 0), first_article: s('first_article'), last_article: s('last_article'),
    first_precision: s('first_precision') as DatePrecision | null, last_precision: s('last_precision') as DatePrecision | null,
  };
}

/**
 * Who held `post` (of `scope`) on `date`.
 * @example await holdersOnDate(ex, { post: '副市长', scope: '平湖市', date: '2020-12-26' })
 */
export async function holdersOnDate(
  executor: Executor,
  q: { post: string; scope?: string | null; date: string; slackDays?: number },
): Promise<Tenure[]> {
  const res = await executor.read('tenure/holders-on-date', { post: q.post, scope: q.scope ?? null, date: q.date, slackDays: q.slackDays ?? 0 });
  return res.records.map(toTenure);
}

/**
 * Which posts a person (id or name) has held, and when, oldest first.
 * @example await postsOf(ex, '王明')
 */
export async function postsOf(executor: Executor, person: string): Promise<Tenure[]> {
  const res = await executor.read('tenure/posts-of-person', { person });
  return res.records.map(toTenure);
}

/** Meetings a person attended, newest first. */
export async function attendanceOf(executor: Executor, person: string, limit = 100) {
  const res = await executor.read('tenure/attendance', { person, limit });
  return res.records.map((r) => ({
    meeting: String(r.get('meeting')), name: String(r.get('name')), date: (r.get('date') as string | null) ?? null,
    as: (r.get('as') as string[]).map(String), articles: (r.get('articles') as string[]).map(String),
  }));
}
