/**
 * ingestPaths end to end against the real Neo4j: a small generated corpus (server/corpus,
 * invented names) read from files, extracted on a worker thread, written in batches;
 * ingesting it again changes nothing. Cleans up by deleting its articles.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/graph/executor.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { ingestPaths } from '../../server/ingest.js';
import { formatSummary } from '../../server/commands/ingest.command.js';
import { generateCorpus } from '../../server/corpus/generate.js';
import { corpusRegion } from '../../server/corpus/cast.js';
import { testExecutor } from './graph-fixtures.js';

let ex: Executor;
let dir: string;

async function mine(): Promise<{ ids: string[]; counts: number[] }> {
  const r = await ex.readWith((tx) =>
    tx.run(
      `MATCH (a:Article) WHERE a.source STARTS WITH $dir
       OPTIONAL MATCH (a)-[m:MENTIONS]->(e)
       WITH collect(DISTINCT a.id) AS ids, count(m) AS mentions, collect(DISTINCT e) AS ents
       CALL (ents, ids) { UNWIND ents AS e MATCH (e)-[r]->() WHERE r.article IN ids RETURN count(r) AS facts }
       RETURN ids, mentions, size(ents) AS entities, facts`,
      { dir },
    ),
  );
  const rec = r.records[0]!;
  return { ids: (rec.get('ids') as string[]).sort(), counts: ['mentions', 'entities', 'facts'].map((k) => Number(rec.get(k))) };
}

beforeAll(async () => {
  ex = testExecutor();
  dir = await mkdtemp(join(tmpdir(), 'baoxun-ingest-test-'));
  await generateCorpus({ articles: 24, out: dir, seed: 11 });
  await writeFile(join(dir, 'empty.txt'), '');
  // Beside the articles, as in a real folder: neither is an article (issue 12: a README once became one).
  await writeFile(join(dir, 'README.md'), '# 样本\n本目录收录某市日报2020年的稿件，市长王某某审定。');
  await writeFile(join(dir, 'fetch.py'), 'print("县长李某某")\n');
});
afterAll(async () => {
  const { ids } = await mine();
  if (ids.length) await deleteArticles(ex, ids);
  await ex.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ingestPaths (real Neo4j, worker thread)', () => {
  it('ingests the articles of a directory, says what it skipped, and a second run changes nothing', async () => {
    const first = await ingestPaths(ex, [dir], { region: corpusRegion, workers: 1, batchSize: 10 });
    expect(first.inputErrors).toEqual([]);
    // (the generator's hidden .corpus-truth.json is the one hidden file)
    expect(first.skipped).toMatchObject({ extension: 2, empty: 1, hidden: 1, extensions: { '.md': 1, '.py': 1 } });
    expect(formatSummary(first).split('\n').at(-1)).toBe('  skipped 4 file(s): 2 not article files (.md, .py), 1 hidden, 1 empty');
    const stray = await ex.readWith((tx) => tx.run(
      "MATCH (a:Article) WHERE a.source STARTS WITH $dir AND (a.source ENDS WITH '.md' OR a.source ENDS WITH '.py') RETURN count(a) AS n", { dir }));
    expect(Number(stray.records[0]!.get('n'))).toBe(0);
    expect(first.failed).toEqual([]);
    expect(first.written).toBe(first.articles);
    expect(first.articles).toBeGreaterThanOrEqual(20);
    const before = await mine();
    expect(before.ids).toHaveLength(first.written);
    expect(before.counts[2]).toBeGreaterThan(0);
    const again = await ingestPaths(ex, [dir], { region: corpusRegion, workers: 1, batchSize: 10 });
    expect(again).toMatchObject({ written: 0, unchanged: first.written, nodesCreated: 0, relsCreated: 0 });
    expect(await mine()).toEqual(before);
  });
});

describe('the same article twice in one run, in different batches', () => {
  // Written for this test (invented county officials). The copy comes in the next batch, which is
  // prepared (stored hashes read) while the batch before it is written: it must wait for it.
  const article = (text: string) => JSON.stringify({
    id: 'ingest-test-twice', title: '青田县召开春耕生产工作会议', published: '2025-03-05', source: 'ingest-test-twice', text,
  });
  const first = '3月5日上午，青田县召开春耕生产工作会议。县委书记林向东出席会议并讲话，副县长陈晓梅主持会议。';
  let twice: string;

  async function facts(): Promise<number> {
    const q = await ex.readWith((tx) => tx.run('MATCH ()-[r]->() WHERE r.article = $id RETURN count(r) AS facts', { id: 'ingest-test-twice' }));
    return Number(q.records[0]!.get('facts'));
  }

  beforeAll(async () => {
    twice = await mkdtemp(join(tmpdir(), 'baoxun-ingest-twice-'));
  });
  afterAll(async () => {
    const r = await ex.readWith((tx) => tx.run('MATCH (a:Article) WHERE a.source STARTS WITH $dir OR a.id = $id RETURN collect(a.id) AS ids', { dir: twice, id: 'ingest-test-twice' }));
    const ids = r.records[0]!.get('ids') as string[];
    if (ids.length) await deleteArticles(ex, ids);
    await rm(twice, { recursive: true, force: true });
  });

  it('a copy is unchanged and a changed copy replaces the facts, never doubles them', async () => {
    await writeFile(join(twice, 'a-first.json'), article(first));
    await writeFile(join(twice, 'c-again.json'), article(first));
    const once = await ingestPaths(ex, [join(twice, 'a-first.json')], { region: '青田县', workers: 0, batchSize: 1 });
    expect(once.written).toBe(1);
    const alone = await facts();
    expect(alone).toBeGreaterThan(0);
    await deleteArticles(ex, ['ingest-test-twice']);

    const run = await ingestPaths(ex, [twice], { region: '青田县', workers: 0, batchSize: 1 });
    expect(run.failed).toEqual([]);
    expect(run.unchanged).toBe(1);
    expect(await facts()).toBe(alone);

    await deleteArticles(ex, ['ingest-test-twice']);
    await writeFile(join(twice, 'c-again.json'), article(first.replace('副县长陈晓梅主持会议。', '副县长陈晓梅、县政协副主席王海涛参加会议。')));
    const changed = await ingestPaths(ex, [twice], { region: '青田县', workers: 0, batchSize: 1 });
    expect(changed.replaced).toBe(1);
    const after = await ex.readWith((tx) => tx.run('MATCH (p:Person)-[r]->() WHERE r.article = $id RETURN collect(DISTINCT p.name) AS names, count(r) AS facts', { id: 'ingest-test-twice' }));
    expect((after.records[0]!.get('names') as string[]).sort()).toEqual(['林向东', '王海涛', '陈晓梅'].sort());
    const dup = await ex.readWith((tx) => tx.run(
      'MATCH (a)-[r]->(b) WHERE r.article = $id WITH a, b, type(r) AS t, r.start AS s, count(*) AS n WHERE n > 1 RETURN count(*) AS doubled',
      { id: 'ingest-test-twice' }));
    expect(Number(dup.records[0]!.get('doubled'))).toBe(0);
  });
});
