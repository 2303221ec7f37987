/**
 * Resumable ingest against the real Neo4j: the journal lets a rerun skip finished files, but
 * never hides an article that is no longer in the graph. Generated corpus (invented names).
 */
import { mkdtemp, rm } from 'node:fs/promises';
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
let journal: string;

async function articleIds(): Promise<string[]> {
  const r = await ex.readWith((tx) => tx.run('MATCH (a:Article) WHERE a.source STARTS WITH $dir RETURN a.id AS id ORDER BY id', { dir }));
  return r.records.map((x) => String(x.get('id')));
}

beforeAll(async () => {
  ex = testExecutor();
  dir = await mkdtemp(join(tmpdir(), 'baoxun-journal-test-'));
  await generateCorpus({ articles: 12, out: join(dir, 'in'), seed: 21, pages: 0 });
  journal = join(dir, 'journal.jsonl');
});
afterAll(async () => {
  const ids = await articleIds();
  if (ids.length) await deleteArticles(ex, ids);
  await ex.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ingest journal (real Neo4j)', () => {
  it('skips finished files on a rerun, and reads a file again when its article left the graph', async () => {
    const opts = { region: corpusRegion, workers: 0, batchSize: 5, journal };
    const first = await ingestPaths(ex, [join(dir, 'in')], opts);
    expect(first).toMatchObject({ inputs: 12, skippedInputs: 0, written: 12 });
    const again = await ingestPaths(ex, [join(dir, 'in')], opts);
    expect(again).toMatchObject({ inputs: 0, skippedInputs: 12, articles: 0 });
    const ids = await articleIds();
    await deleteArticles(ex, [ids[0]!]);
    const third = await ingestPaths(ex, [join(dir, 'in')], opts);
    expect(third).toMatchObject({ inputs: 1, skippedInputs: 11, written: 1 });
    expect(await articleIds()).toEqual(ids);
  });
});
