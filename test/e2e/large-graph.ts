/**
 * A large graph for the e2e tests of the landing view: `baoxun corpus generate` (3,000
 * articles of an invented county paper, deterministic) ingested with the real pipeline into
 * the test Neo4j, and removed again afterwards. The corpus is written under the test home so
 * a run that was killed leaves nothing another run would not clean up.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Executor } from '../../server/graph/executor.js';
import { generateCorpus } from '../../server/corpus/generate.js';
import { ingestPaths } from '../../server/ingest.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { repo } from './harness.js';

export interface LargeGraph {
  articles: number;
  region: string;
  /** How long generating and ingesting took (reported by the test). */
  seconds: { generate: number; ingest: number };
  cleanup(): Promise<void>;
}

const articleIdsUnder = async (ex: Executor, dir: string): Promise<string[]> => ex.readWith(async (tx) =>
  (await tx.run('MATCH (a:Article) WHERE a.source STARTS WITH $dir RETURN a.id AS id', { dir })).records.map((r) => String(r.get('id'))));

async function removeUnder(ex: Executor, dir: string): Promise<void> {
  const ids = await articleIdsUnder(ex, dir);
  for (let i = 0; i < ids.length; i += 500) await deleteArticles(ex, ids.slice(i, i + 500));
}

export async function seedLargeGraph(ex: Executor, articles = 3000): Promise<LargeGraph> {
  const out = join(process.env.BAOXUN_TEST_HOME ?? join(repo, '.baoxun-test'), `e2e-corpus-${articles}`);
  await removeUnder(ex, out); // what a killed run left
  rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  const corpus = await generateCorpus({ articles, out });
  const t1 = performance.now();
  const summary = await ingestPaths(ex, [out], { region: corpus.region });
  const t2 = performance.now();
  if (summary.failed.length > 0 || summary.written < articles) throw new Error(`ingesting the corpus failed: ${JSON.stringify({ ...summary, failed: summary.failed.slice(0, 3) })}`);
  return {
    articles: summary.written, region: corpus.region,
    seconds: { generate: (t1 - t0) / 1000, ingest: (t2 - t1) / 1000 },
    cleanup: async () => {
      await removeUnder(ex, out);
      rmSync(out, { recursive: true, force: true });
    },
  };
}
