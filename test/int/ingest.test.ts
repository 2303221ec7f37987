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
});
afterAll(async () => {
  const { ids } = await mine();
  if (ids.length) await deleteArticles(ex, ids);
  await ex.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ingestPaths (real Neo4j, worker thread)', () => {
  it('ingests a directory, reports the bad input, and a second run changes nothing', async () => {
    const first = await ingestPaths(ex, [dir], { region: corpusRegion, workers: 1, batchSize: 10 });
    expect(first.inputErrors.map((e) => e.error)).toEqual(['empty file']);
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
