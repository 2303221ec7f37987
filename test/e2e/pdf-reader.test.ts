/**
 * The article reader for an article read from a PDF page, in headless Chromium against the
 * real API and Neo4j: the page image beside the text, the article's extent and the evidence's
 * lines outlined on it. The page is the invented fixture test/fixtures/pdf/2025-03-14_A02.pdf.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Executor } from '../../server/graph/executor.js';
import { ingestPaths } from '../../server/ingest.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { ensureClientBuilt, launchChromium, openPage, resultsDir, testExecutor, waitReady } from './harness.js';
import { startApp, type RunningApp } from './app-under-test.js';
import { searchAndPick, settled } from './page-helpers.js';

const pdf = resolve(import.meta.dirname, '../fixtures/pdf/2025-03-14_A02.pdf');
const store = mkdtempSync(join(tmpdir(), 'baoxun-pages-e2e-'));
let executor: Executor;
let app: RunningApp;
let browser: Browser;
let ids: string[] = [];

beforeAll(async () => {
  ensureClientBuilt();
  executor = testExecutor();
  const sum = await ingestPaths(executor, [pdf], { workers: 0, region: '清河县', pageImages: store, force: true });
  if (sum.articles === 0 || sum.failed.length > 0) throw new Error(`ingesting the PDF failed: ${JSON.stringify(sum)}`);
  ids = await executor.readWith(async (tx) => (await tx.run('MATCH (a:Article) WHERE a.source = $s RETURN a.id AS id', { s: pdf })).records.map((r) => String(r.get('id'))));
  app = await startApp(executor, { pagesDir: store });
  browser = await launchChromium();
  mkdirSync(resultsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (ids.length) await deleteArticles(executor, ids);
  await executor?.close();
  rmSync(store, { recursive: true, force: true });
});

describe('article reader for a PDF page', () => {
  it('shows the page image with the article and the evidence outlined', async () => {
    const errors: string[] = [];
    const page: Page = await openPage(browser, errors);
    await page.goto(app.baseUrl);
    await waitReady(page);
    const id = await searchAndPick(page, '罗振华');
    await page.waitForSelector(`#details[data-entity="${id}"]`);
    await page.locator('#details .article-link').first().click();
    await page.waitForSelector('#article-dialog[open] .page-view img');
    await settled(page);
    await page.waitForFunction(() => (document.querySelector('#article-dialog .page-view img') as HTMLImageElement | null)?.naturalWidth! > 0);
    const extent = await page.locator('#article-dialog .page-box.article-extent').boundingBox();
    const marks = page.locator('#article-dialog .page-box.evidence');
    expect(await marks.count()).toBeGreaterThan(0);
    const mark = await marks.first().boundingBox();
    // The evidence's first line lies inside the article's box on the page.
    expect(mark!.x).toBeGreaterThanOrEqual(extent!.x - 1);
    expect(mark!.y).toBeGreaterThanOrEqual(extent!.y - 1);
    expect(mark!.x + mark!.width).toBeLessThanOrEqual(extent!.x + extent!.width + 1);
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(extent!.y + extent!.height + 1);
    await expect(page.locator('#article-dialog .page-facts').textContent()).resolves.toContain('清河日报');
    await expect(page.locator('#article-dialog .in-evidence').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, 'explorer-pdf-reader.png') });
    await page.close();
    expect(errors).toEqual([]);
  });
});
