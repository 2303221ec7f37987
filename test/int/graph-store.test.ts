/**
 * The graph store against the real Neo4j: idempotent re-ingest, replacement of a changed
 * article, delete, merge/split judgements that survive re-ingest, tenure answers, and an
 * article that fails mid-write leaving nothing behind. Texts and names are invented for
 * these tests; every test uses its own token (ids, region) and cleans up.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/graph/executor.js';
import { applySchema } from '../../server/graph/schema.js';
import { deleteArticles, writeBatch } from '../../server/graph/writer.js';
import { resolveExtraction } from '../../server/resolve/resolver.js';
import { loadJudgements, mergeEntities, splitEntity } from '../../server/graph/judgements.js';
import { holdersOnDate, postsOf } from '../../server/graph/queries/tenure.js';
import type { Extraction } from '../../model/graph.schema.js';
import { article, cleanup, countsFor, runToken, snapshot, testExecutor } from './graph-fixtures.js';

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

/** Resolves like ingest does (with the stored judgements), then writes. */
async function ingest(list: Extraction[], opts: { force?: boolean } = {}) {
  const judgements = await loadJudgements(ex);
  const items = list.map((e) => ({ ex: resolveExtraction(e, { region: t.region, judgements }), extras: { region: t.region } }));
  return writeBatch(ex, items, opts);
}

const idOf = async (label: string, name: string): Promise<string> => {
  const r = await ex.readWith((tx) => tx.run(`MATCH (n:Entity {name: $name}) WHERE $label IN labels(n) RETURN n.id AS id`, { name, label }));
  expect(r.records.length).toBe(1);
  return String(r.records[0]!.get('id'));
};

describe('graph store (real Neo4j)', () => {
  it('ingesting the same articles twice changes nothing, even when forced', async () => {
    const a1 = article(`${t.prefix}a1`, '2020-01-05', '会议由张明主持，李华出席。', [{ name: `张明${t.tok}`, posts: ['副市长'] }, { name: `李华${t.tok}`, posts: ['市委常委'] }], t.region);
    const a2 = article(`${t.prefix}a2`, '2020-03-09', '张明调研林埭镇。', [{ name: `张明${t.tok}`, posts: ['副市长'] }], t.region);
    const first = await ingest([a1, a2]);
    expect(first.written).toBe(2);
    const counts = await countsFor(ex, t.prefix);
    const snap = await snapshot(ex, t.prefix);
    expect(counts).toMatchObject({ articles: 2, entities: 5 });
    const again = await ingest([a1, a2]);
    expect(again).toMatchObject({ written: 0, unchanged: 2, nodesCreated: 0, relsCreated: 0 });
    await ingest([a1, a2], { force: true });
    expect(await countsFor(ex, t.prefix)).toEqual(counts);
    expect(await snapshot(ex, t.prefix)).toEqual(snap);
  });

  it('the same id with a changed text replaces that article’s facts', async () => {
    const id = `${t.prefix}u1`;
    await ingest([article(id, '2020-01-05', '王强出席会议。', [{ name: `王强${t.tok}`, posts: ['副县长'] }], t.region)]);
    const upd = await ingest([article(id, '2020-01-05', '赵刚出席会议（更正）。', [{ name: `赵刚${t.tok}`, posts: ['县长'] }], t.region)]);
    expect(upd).toMatchObject({ written: 1, replaced: 1 });
    const names = await ex.readWith((tx) => tx.run('MATCH (:Article {id: $id})-[:MENTIONS]->(p:Person) RETURN p.name AS n', { id }));
    expect(names.records.map((r) => r.get('n'))).toEqual([`赵刚${t.tok}`]);
    const gone = await ex.readWith((tx) => tx.run('MATCH (p:Person {name: $n}) RETURN count(p) AS c', { n: `王强${t.tok}` }));
    expect(Number(gone.records[0]!.get('c'))).toBe(0);
  });

  it('delete removes the article, its facts and entities left without evidence, nothing else', async () => {
    const shared = `陈静${t.tok}`;
    await ingest([
      article(`${t.prefix}d1`, '2021-05-01', '陈静与周涛出席。', [{ name: shared, posts: ['副市长'] }, { name: `周涛${t.tok}`, posts: ['秘书长'] }], t.region),
      article(`${t.prefix}d2`, '2021-06-01', '陈静出席。', [{ name: shared, posts: ['副市长'] }], t.region),
    ]);
    const before = await countsFor(ex, `${t.prefix}d2`);
    const r = await deleteArticles(ex, [`${t.prefix}d1`]);
    expect(r.articles).toBe(1);
    const left = await ex.readWith((tx) => tx.run('MATCH (p:Person) WHERE p.name IN $names RETURN p.name AS n', { names: [shared, `周涛${t.tok}`] }));
    expect(left.records.map((x) => x.get('n'))).toEqual([shared]);
    expect(await countsFor(ex, `${t.prefix}d2`)).toEqual(before);
    const facts = await ex.readWith((tx) => tx.run('MATCH ()-[r]->() WHERE r.article = $id RETURN count(r) AS c', { id: `${t.prefix}d1` }));
    expect(Number(facts.records[0]!.get('c'))).toBe(0);
  });

  it('an article that fails mid-write leaves nothing behind, and the rest of its batch is written', async () => {
    const good = article(`${t.prefix}g1`, '2020-02-02', '孙丽出席。', [{ name: `孙丽${t.tok}`, posts: ['副市长'] }], t.region);
    const bad = article(`${t.prefix}b1`, '2020-02-03', '钱进出席。', [{ name: `钱进${t.tok}`, posts: ['副市长'] }], t.region);
    const stats = await writeBatch(ex, [good, bad].map((e) => ({ ex: resolveExtraction(e, { region: t.region }) })), {
      afterWrite: async (_tx, ids) => {
        if (ids.includes(bad.article.id)) throw new Error('injected failure after the facts were written');
      },
    });
    expect(stats.written).toBe(1);
    expect(stats.failed.map((f) => f.id)).toEqual([bad.article.id]);
    expect(await countsFor(ex, `${t.prefix}b1`)).toMatchObject({ articles: 0, entities: 0 });
    const p = await ex.readWith((tx) => tx.run('MATCH (p:Person {name: $n}) RETURN count(p) AS c', { n: `钱进${t.tok}` }));
    expect(Number(p.records[0]!.get('c'))).toBe(0);
    expect(await countsFor(ex, `${t.prefix}g1`)).toMatchObject({ articles: 1, entities: 3 });
  });

  it('tenure: who held a post on a date, and which posts a person held and when', async () => {
    const wu = `吴刚${t.tok}`;
    const he = `何平${t.tok}`;
    await ingest([
      article(`${t.prefix}t1`, '2019-03-01', '吴刚任副市长。', [{ name: wu, posts: ['副市长'] }], t.region),
      article(`${t.prefix}t2`, '2020-12-30', '吴刚副市长出席。', [{ name: wu, posts: ['副市长'] }, { name: he, posts: ['常务副市长'] }], t.region),
      article(`${t.prefix}t3`, '2021-08-01', '吴刚任市委常委、组织部长。', [{ name: wu, posts: ['市委常委', '组织部长'] }], t.region),
      article(`${t.prefix}t4`, '2022-01-10', '何平常务副市长出席。', [{ name: he, posts: ['常务副市长'] }], t.region),
    ]);
    const on = await holdersOnDate(ex, { post: '副市长', scope: t.region, date: '2020-12-26' });
    expect(on.map((h) => h.name)).toEqual([wu]);
    const later = await holdersOnDate(ex, { post: '副市长', scope: t.region, date: '2021-06-01' });
    expect(later.map((h) => h.name)).toEqual([he]); // 常务副市长 is a kind of 副市长
    const posts = await postsOf(ex, await idOf('Person', wu));
    expect(posts.map((p) => [p.canonical, p.first_seen, p.last_seen])).toEqual([
      ['副市长', '2019-03-01', '2020-12-30'],
      ['市委常委', '2021-08-01', '2021-08-01'],
      ['组织部部长', '2021-08-01', '2021-08-01'],
    ]);
  });

  it('merge and split judgements hold after re-ingest', async () => {
    const a = article(`${t.prefix}m1`, '2020-01-01', '林峰出席。', [{ name: `林峰${t.tok}`, posts: ['副市长'] }], t.region);
    const b = article(`${t.prefix}m2`, '2020-02-01', '林锋出席。', [{ name: `林锋${t.tok}`, posts: ['副市长'] }], t.region);
    const c = article(`${t.prefix}m3`, '2020-03-01', '林峰（另一人）出席。', [{ name: `林峰${t.tok}`, posts: ['村主任'] }], t.region);
    await ingest([a, b, c]);
    const keep = await idOf('Person', `林峰${t.tok}`);
    const other = await idOf('Person', `林锋${t.tok}`);
    made.push(keep, other);
    await mergeEntities(ex, keep, [other], 'same person, misprint');
    const split = await splitEntity(ex, keep, [c.article.id], 'a village head of the same name');
    made.push(split.into);
    const shape = async () => {
      const r = await ex.readWith((tx) => tx.run(
        `MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE a.id STARTS WITH $prefix RETURN a.id AS a, p.id AS p ORDER BY a`, { prefix: t.prefix }));
      return r.records.map((x) => [x.get('a'), x.get('p')]);
    };
    const expected = [[a.article.id, keep], [b.article.id, keep], [c.article.id, split.into]];
    expect(await shape()).toEqual(expected);
    const snap = await snapshot(ex, t.prefix);
    await ingest([a, b, c], { force: true });
    expect(await shape()).toEqual(expected);
    expect(await snapshot(ex, t.prefix)).toEqual(snap);
    const aliases = await ex.readWith((tx) => tx.run('MATCH (p:Person {id: $id}) RETURN p.aliases AS a', { id: keep }));
    const list = aliases.records[0]!.get('a') as string[];
    expect(list).toContain(`林锋${t.tok}`);
    expect(new Set(list).size).toBe(list.length);
  });
});
