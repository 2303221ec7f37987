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

export interface ExplorerFixture { executor: Executor; seeded: Seeded; app: RunningApp; browser: Browser }

/** Registers beforeAll/afterAll in the calling test file; the fields are set once beforeAll ran. */
export function useExplorerFixture(): ExplorerFixture {
  const f = {} as ExplorerFixture;
  beforeAll(async () => {
    ensureClientBuilt();
    f.executor = testExecutor();
    f.seeded = await seedGraph(f.executor);
    f.app = await startApp(f.executor);
    f.browser = await launchChromium();
    mkdirSync(resultsDir, { recursive: true });
  });
  afterAll(async () => {
    await f.browser?.close();
    await f.app?.close();
    await f.seeded?.cleanup();
    await f.executor?.close();
  });
  return f;
}
