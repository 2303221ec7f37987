/**
 * The LINK summaries (one per entity pair and fact type; docs/graph-model.md) against the real
 * Neo4j: what batches add up to equals what a recompute from the facts gives, whatever the
 * order; replace, delete, merge and split keep them equal to the facts. Names and texts are
 * invented for these tests; every test uses its own token and cleans up.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/graph/executor.js';
import { applySchema } from '../../server/graph/schema.js';
import { deleteArticles, writeBatch } from '../../server/graph/writer.js';
import { resolveExtraction } from '../../server/resolve/resolver.js';
import { loadJudgements, mergeEntities, splitEntity } from '../../server/graph/judgements.js';
import type { Extraction } from '../../model/graph.schema.js';
import { article, cleanup, runToken, testExecutor } from './graph-fixtures.js';

let ex: Executor;
let t = runToken();
const made: string[] = [];

beforeAll(async () => {
  ex = testExecutor();
  await applySchema(ex);
});
afterEach(async () => {
  await cleanup(ex, t.prefix, made.splice(0));
  t = runToken();
});
afterAll(async () => {
  await ex.close();
});

async function ingest(list: Extraction[], opts: { force?: boolean } = {}) {
  const judgements = await loadJudgements(ex);
  const items = list.map((e) => ({ ex: resolveExtraction(e, { region: t.region, judgements }), extras: { region: t.region } }));
  return writeBatch(ex, items, opts);
}

interface Link { from: string; to: string; type: string; count: number; first_seen: string | null; last_seen: string | null; first_article: string | null; last_article: string | null; articles: string[] }

/** The LINKs at the people with this token in their name, sorted. */
async function links(): Promise<Link[]> {
  const r = await ex.readWith((tx) => tx.run(
    `MATCH (p:Person)-[l:LINK]->(x) WHERE p.name ENDS WITH $tok
     RETURN p.name AS from, x.name AS to, l.type AS type, l.count AS count, l.first_seen AS first_seen, l.last_seen AS last_seen,
            l.first_article AS first_article, l.last_article AS last_article, l.articles AS articles
     ORDER BY from, to, type`, { tok: t.tok }));
  return r.records.map((x) => x.toObject() as unknown as Link);
}

/** What the LINKs must say, folded from the per-article facts (the slow way the readers used to go). */
async function fromFacts(): Promise<Link[]> {
  const r = await ex.readWith((tx) => tx.run(
    `MATCH (p:Person)-[f]->(x:Entity) WHERE p.name ENDS WITH $tok AND type(f) <> 'LINK'
     MATCH (a:Article {id: f.article})
     WITH p, x, type(f) AS type, f.article AS aid, a.published AS d ORDER BY aid
     WITH p, x, type, count(*) AS count, min(d) AS first_seen, max(d) AS last_seen, collect(DISTINCT aid) AS articles,
          collect(CASE WHEN d IS NULL THEN null ELSE [d, aid] END) AS dated
     RETURN p.name AS from, x.name AS to, type, count, first_seen, last_seen,
            head([v IN dated WHERE v[0] = first_seen | v[1]]) AS first_article,
            head([v IN dated WHERE v[0] = last_seen | v[1]]) AS last_article, articles
     ORDER BY from, to, type`, { tok: t.tok }));
  return r.records.map((x) => x.toObject() as unknown as Link);
}

describe('LINK summaries (real Neo4j)', () => {
  it('batches add up to the facts, in any order, and a forced re-ingest (recompute) gives the same', async () => {
    const wang = `王一${t.tok}`;
    const arts = [
      article(`${t.prefix}1`, '2020-05-01', '王一副市长出席。', [{ name: wang, posts: ['副市长'] }], t.region),
      article(`${t.prefix}2`, '2019-01-02', '王一副市长调研。', [{ name: wang, posts: ['副市长'] }], t.region),
      article(`${t.prefix}3`, null, '王一副市长讲话。', [{ name: wang, posts: ['副市长'] }], t.region),
      article(`${t.prefix}4`, '2021-07-07', '王一任市委常委、副市长。', [{ name: wang, posts: ['市委常委', '副市长'] }], t.region),
    ];
    await ingest([arts[2]!, arts[0]!]);
    await ingest([arts[3]!]);
    await ingest([arts[1]!]);
    const added = await links();
    expect(added).toEqual(await fromFacts());
    const post = added.find((l) => l.to === '副市长')!;
    expect(post).toMatchObject({
      type: 'HOLDS_ROLE', count: 4, first_seen: '2019-01-02', last_seen: '2021-07-07',
      first_article: `${t.prefix}2`, last_article: `${t.prefix}4`, articles: arts.map((a) => a.article.id).sort(),
    });
    await ingest(arts, { force: true });
    expect(await links()).toEqual(added);
  });

  it('a changed article and a deleted one take their facts out of the summary', async () => {
    const li = `李二${t.tok}`;
    await ingest([
      article(`${t.prefix}a`, '2020-01-01', '李二副市长出席。', [{ name: li, posts: ['副市长'] }], t.region),
      article(`${t.prefix}b`, '2020-06-01', '李二副市长调研。', [{ name: li, posts: ['副市长'] }], t.region),
      article(`${t.prefix}c`, '2020-09-01', '李二副市长讲话。', [{ name: li, posts: ['副市长'] }], t.region),
    ]);
    await ingest([article(`${t.prefix}c`, '2020-09-01', '李二县长讲话（更正）。', [{ name: li, posts: ['县长'] }], t.region)]);
    await deleteArticles(ex, [`${t.prefix}a`]);
    const now = await links();
    expect(now).toEqual(await fromFacts());
    expect(now.map((l) => [l.to, l.count, l.first_seen, l.last_seen])).toEqual([
      ['副市长', 1, '2020-06-01', '2020-06-01'],
      ['县长', 1, '2020-09-01', '2020-09-01'],
    ]);
  });

  it('merge leaves one summary per pair, split moves the facts’ share to the new entity', async () => {
    const a = article(`${t.prefix}m1`, '2020-01-01', '赵三出席。', [{ name: `赵三${t.tok}`, posts: ['副市长'] }], t.region);
    const b = article(`${t.prefix}m2`, '2020-02-01', '赵叁出席。', [{ name: `赵叁${t.tok}`, posts: ['副市长'] }], t.region);
    const c = article(`${t.prefix}m3`, '2020-03-01', '赵三出席。', [{ name: `赵三${t.tok}`, posts: ['副市长'] }], t.region);
    await ingest([a, b, c]);
    const id = async (name: string) => String((await ex.readWith((tx) => tx.run('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name }))).records[0]!.get('id'));
    const keep = await id(`赵三${t.tok}`);
    const other = await id(`赵叁${t.tok}`);
    made.push(keep, other);
    await mergeEntities(ex, keep, [other]);
    const merged = await links();
    expect(merged).toEqual(await fromFacts());
    expect(merged.map((l) => [l.from, l.count])).toEqual([[`赵三${t.tok}`, 3]]);
    const split = await splitEntity(ex, keep, [c.article.id]);
    made.push(split.into);
    const after = await links();
    expect(after).toEqual(await fromFacts());
    expect(after.map((l) => [l.count, l.articles])).toEqual([[2, [a.article.id, b.article.id].sort()], [1, [c.article.id]]]);
  });
});
