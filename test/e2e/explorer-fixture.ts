/**
 * The setup every browser test shares: the client built, the sample page ingested into the
 * test Neo4j, the real app on a free port, and Chromium; torn down (only what it made) after.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Executor } from '../../server/graph/executor.js';
import { ensureClientBuilt, launchChromium, resultsDir, testExecutor } from './harness.js';
import { seedGraph, type Seeded } from './seed.js';
import { startApp, type RunningApp } from './app-under-test.js';
import { seedLargeGraph, type LargeGraph } from './large-graph.js';

export interface ExplorerFixture { executor: Executor; seeded: Seeded; app: RunningApp; browser: Browser; large?: LargeGraph }

/**
 * Registers beforeAll/afterAll in the calling test file; the fields are set once beforeAll ran.
 * `largeGraph: N` also ingests a generated corpus of N articles (removed again after the file).
 */
export function useExplorerFixture(opts: { largeGraph?: number } = {}): ExplorerFixture {
  const f = {} as ExplorerFixture;
  beforeAll(async () => {
    ensureClientBuilt();
    f.executor = testExecutor();
    f.seeded = await seedGraph(f.executor);
    if (opts.largeGraph) {
      f.large = await seedLargeGraph(f.executor, opts.largeGraph);
      console.log(`[e2e] large graph: ${f.large.articles} articles generated in ${f.large.seconds.generate.toFixed(1)} s, ingested in ${f.large.seconds.ingest.toFixed(1)} s`);
    }
    f.app = await startApp(f.executor);
    f.browser = await launchChromium();
    mkdirSync(resultsDir, { recursive: true });
    // A large graph takes minutes to ingest on a loaded machine (148 s for 3,000 articles here).
  }, opts.largeGraph ? 900_000 : undefined);
  afterAll(async () => {
    await f.browser?.close();
    await f.app?.close();
    await f.large?.cleanup();
    await f.seeded?.cleanup();
    await f.executor?.close();
  }, opts.largeGraph ? 600_000 : undefined);
  return f;
}
