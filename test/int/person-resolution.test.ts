/**
 * People told apart across articles, end to end against the real Neo4j: short news snippets
 * (invented for this test: names, villages, towns and events are made up) are written to
 * files, ingested with extraction, and the test checks how many Persons each name became and
 * which articles each Person's HOLDS_ROLE come from, in both orders of ingest. Each ingest
 * uses a region of its own (Person ids are per region), and everything is deleted afterwards.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/graph/executor.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { mergeEntities, splitEntity } from '../../server/graph/judgements.js';
import { ingestPaths } from '../../server/ingest.js';
import { ingestUpload } from '../../server/api/ingest-one.js';
import { testExecutor } from './graph-fixtures.js';

/** File stem (date_key) → text. The date in the name is the article's publication date. */
const SNIPPETS: Record<string, string> = {
  // 邵建华: a village party secretary and a deputy head of the city's economy bureau, same months
  '2021-03-02_a1': '本报讯 3月1日，石门村党委书记邵建华带领村民代表查看了河道整治现场。',
  '2021-04-12_a2': '本报讯 4月11日，市经信局副局长邵建华一行到开发区走访企业，了解生产情况。',
  '2021-05-20_a3': '本报讯 石门村党委书记邵建华介绍，今年村里新建了文化礼堂。',
  '2021-06-08_a4': '本报讯 6月7日，市经信局副局长邵建华出席企业座谈会。',
  // 钱立新: town head → town party secretary of the same town → vice mayor; once with no post
  '2019-02-10_b1': '本报讯 2月9日，青溪镇镇长钱立新主持召开安全生产工作会议。',
  '2020-03-05_b2': '本报讯 3月4日，青溪镇党委书记钱立新带队检查防汛工作。',
  '2020-08-01_b3': '本报讯 7月31日，钱立新同志与村民代表一起商议道路拓宽方案。',
  '2021-05-05_b4': '本报讯 5月4日，副市长钱立新到青溪镇调研人居环境整治工作。',
  // 蒋文涛: moved from one town to another (a rotation, one person)
  '2019-03-02_c1': '本报讯 3月2日，梅林镇镇长蒋文涛主持召开镇村干部会议。',
  '2020-04-01_c2': '本报讯 4月1日，桃源镇党委书记蒋文涛调研特色产业发展。',
  // 周海林: two deputy town heads of one name in two towns, seen in turn
  '2020-01-10_d1': '本报讯 1月9日，梅林镇副镇长周海林带队检查节前市场供应。',
  '2020-02-10_d2': '本报讯 2月9日，桃源镇副镇长周海林主持召开春耕备耕会议。',
  '2020-03-10_d3': '本报讯 3月9日，梅林镇副镇长周海林到企业检查安全生产。',
  '2020-04-10_d4': '本报讯 4月9日，桃源镇副镇长周海林走访慰问困难群众。',
};

let ex: Executor;
let dir: string;

beforeAll(async () => {
  ex = testExecutor();
  dir = await mkdtemp(join(tmpdir(), 'baoxun-person-res-'));
});
afterAll(async () => {
  const r = await ex.readWith((tx) => tx.run('MATCH (a:Article) WHERE a.source STARTS WITH $dir RETURN a.id AS id', { dir }));
  const ids = r.records.map((x) => String(x.get('id')));
  if (ids.length) await deleteArticles(ex, ids);
  await ex.close();
  await rm(dir, { recursive: true, force: true });
});

const region = () => `澄${randomBytes(3).toString('hex')}市`;

/**
 * Writes the snippets `keys` for one ingest into a folder of its own, in that order. Article
 * ids come from the text, so each ingest's texts carry its own serial number.
 */
async function files(reg: string, ...keys: string[]): Promise<string[]> {
  const sub = await mkdtemp(join(dir, 'run-'));
  const out: string[] = [];
  for (const k of keys) {
    const stem = Object.keys(SNIPPETS).find((s) => s.endsWith(`_${k}`))!;
    const path = join(sub, `${stem}.txt`);
    await writeFile(path, `${SNIPPETS[stem]}（稿号${reg}）\n`);
    out.push(path);
  }
  return out;
}

async function ingest(reg: string, paths: string[], batchSize: number, force = false) {
  const sum = await ingestPaths(ex, paths, { region: reg, workers: 0, batchSize, schemaApplied: true, force });
  expect(sum.failed).toEqual([]);
  return sum;
}

/** For each Person of `name` mentioned by this region's articles: the article keys its HOLDS_ROLE (else MENTIONS) come from. */
async function people(reg: string, name: string): Promise<Map<string, string[]>> {
  const r = await ex.readWith((tx) => tx.run(
    `MATCH (a:Article {region: $reg})-[:MENTIONS]->(p:Person {name: $name})
     OPTIONAL MATCH (p)-[h:HOLDS_ROLE]->() WHERE h.article = a.id
     RETURN p.id AS id, a.source AS source, count(h) AS holds`, { reg, name }));
  const out = new Map<string, string[]>();
  for (const x of r.records) {
    const key = basename(String(x.get('source')), '.txt').split('_')[1]!;
    out.set(String(x.get('id')), [...(out.get(String(x.get('id'))) ?? []), key].sort());
  }
  return out;
}
const groups = (m: Map<string, string[]>) => [...m.values()].map((g) => g.join(',')).sort();

describe('person resolution across articles (real Neo4j)', () => {
  it('keeps a village secretary and a bureau deputy head of one name apart, whichever comes first', async () => {
    for (const order of [['a1', 'a2', 'a3', 'a4'], ['a4', 'a3', 'a2', 'a1']]) {
      const reg = region();
      await ingest(reg, await files(reg, ...order), 1); // one article per batch
      expect(groups(await people(reg, '邵建华'))).toEqual(['a1,a3', 'a2,a4']);
    }
  });

  it('reads what earlier ingests left in the graph: one ingest per article gives the same people', async () => {
    const reg = region();
    const paths = await files(reg, 'a2', 'a1', 'a4', 'a3');
    for (const p of paths) await ingest(reg, [p], 200);
    expect(groups(await people(reg, '邵建华'))).toEqual(['a1,a3', 'a2,a4']);
  });

  it('an upload through the API (POST /api/articles) is told apart the same way', async () => {
    const reg = region();
    await ingest(reg, await files(reg, 'a1'), 200);
    // ingestUpload took people by name alone before (a bug): the bureau deputy joined the village secretary.
    await ingestUpload(ex, { text: `${SNIPPETS['2021-04-12_a2']}（稿号${reg}）`, published: '2021-04-12', region: reg, source: join(dir, 'upload', '2021-04-12_a2.txt') });
    expect(groups(await people(reg, '邵建华'))).toEqual(['a1', 'a2']);
  });

  it('keeps one person through a promotion chain in one town, a mention with no post, and a move between towns', async () => {
    for (const order of [['b1', 'b2', 'b3', 'b4', 'c1', 'c2'], ['c2', 'c1', 'b4', 'b3', 'b2', 'b1']]) {
      const reg = region();
      await ingest(reg, await files(reg, ...order), 1);
      expect(groups(await people(reg, '钱立新'))).toEqual(['b1,b2,b3,b4']);
      expect(groups(await people(reg, '蒋文涛'))).toEqual(['c1,c2']);
    }
  });

  it('tells apart two town cadres of one name whose tenures interleave (one batch, either order)', async () => {
    for (const order of [['d1', 'd2', 'd3', 'd4'], ['d4', 'd2', 'd3', 'd1']]) {
      const reg = region();
      await ingest(reg, await files(reg, ...order), 50);
      expect(groups(await people(reg, '周海林'))).toEqual(['d1,d3', 'd2,d4']);
    }
  });

  it('a merge made by hand holds when the articles are ingested again', async () => {
    const reg = region();
    await ingest(reg, await files(reg, 'a1', 'a2', 'a3', 'a4'), 2);
    const before = await people(reg, '邵建华');
    expect(before.size).toBe(2);
    const [keep, other] = [...before.entries()].sort((x, y) => x[1].join().localeCompare(y[1].join())).map(([id]) => id);
    const [j] = await mergeEntities(ex, keep!, [other!], 'same person (test)');
    try {
      expect(groups(await people(reg, '邵建华'))).toEqual(['a1,a2,a3,a4']);
      await ingest(reg, await files(reg, 'a4', 'a3', 'a2', 'a1'), 1, true);
      const after = await people(reg, '邵建华');
      expect([...after.keys()]).toEqual([keep]);
      expect(groups(after)).toEqual(['a1,a2,a3,a4']);
    } finally {
      await ex.writeWith((tx) => tx.run('MATCH (j:Judgement {id: $id}) DETACH DELETE j', { id: j!.id }));
    }
  });

  it('a split made by hand holds when the articles are ingested again, in the other order', async () => {
    const reg = region();
    const paths = await files(reg, 'b1', 'b2', 'b4');
    await ingest(reg, paths, 1);
    const [keep] = [...(await people(reg, '钱立新')).keys()];
    const b4 = await ex.readWith((tx) => tx.run('MATCH (a:Article {region: $reg}) WHERE a.source ENDS WITH $end RETURN a.id AS id', { reg, end: '_b4.txt' }));
    const j = await splitEntity(ex, keep!, [String(b4.records[0]!.get('id'))], 'another person (test)');
    try {
      expect(groups(await people(reg, '钱立新'))).toEqual(['b1,b2', 'b4']);
      await ingest(reg, [...paths].reverse(), 1, true);
      const after = await people(reg, '钱立新');
      expect(after.get(j.into)).toEqual(['b4']);
      expect(after.get(keep!)).toEqual(['b1', 'b2']);
    } finally {
      await ex.writeWith((tx) => tx.run('MATCH (j:Judgement {id: $id}) DETACH DELETE j', { id: j.id }));
    }
  });
});
