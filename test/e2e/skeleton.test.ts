/**
 * Walking skeleton, browser end: the page fetches the overview, draws it
 * with Cytoscape and says so through window.cy / window.__ready.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Executor } from '../../server/graph/executor.js';
import { ensureClientBuilt, launchChromium, openPage, resultsDir, testExecutor, waitReady } from './harness.js';
import { seedGraph, type Seeded } from './seed.js';
import { startApp, type RunningApp } from './app-under-test.js';

let executor: Executor;
let seeded: Seeded;
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  ensureClientBuilt();
  executor = testExecutor();
  seeded = await seedGraph(executor);
  app = await startApp(executor);
  browser = await launchChromium();
  mkdirSync(resultsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await seeded?.cleanup();
  await executor?.close();
});

describe('walking skeleton', () => {
  it('draws the overview graph on load', async () => {
    const errors: string[] = [];
    const page = await openPage(browser, errors);
    await page.goto(app.baseUrl);
    await waitReady(page);
    const counts = await page.evaluate(() => ({ nodes: window.cy!.nodes().length, edges: window.cy!.edges().length }));
    expect(counts.nodes).toBeGreaterThan(0);
    // The legend lists the drawn types with counts.
    expect(await page.locator('#legend li').count()).toBeGreaterThan(0);
    // Nodes were placed by the layout: not all on one spot.
    const spread = await page.evaluate(() => {
      const bb = window.cy!.nodes().boundingBox();
      return bb.w + bb.h;
    });
    expect(spread).toBeGreaterThan(50);
    await page.screenshot({ path: join(resultsDir, 'skeleton-graph.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
