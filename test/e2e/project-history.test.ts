/**
 * Issue 13 in the browser: the bundled project series (data/samples/) ingested as `baoxun start`
 * ingests it, the explorer's project history opened from the URL shows the steps in date order
 * with dates, amounts, people and bodies, and a step's article link opens the article with that
 * step's sentence highlighted. Screenshots go to test-results/ (project-history-*.png).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Executor } from '../../server/graph/executor.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { applySchema } from '../../server/graph/schema.js';
import { ingestPaths } from '../../server/ingest.js';
import { ensureClientBuilt, launchChromium, openPage, repo, resultsDir, testExecutor, waitReady } from './harness.js';
import { startApp, type RunningApp } from './app-under-test.js';

const SERIES = join(repo, 'data/samples/jiashan-project-series.jsonl');
const articleIds = readFileSync(SERIES, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);

let executor: Executor;
let app: RunningApp;
let browser: Browser;
let page: Page;
const errors: string[] = [];
let projectId = '';

beforeAll(async () => {
  ensureClientBuilt();
  executor = testExecutor();
  await applySchema(executor);
  await deleteArticles(executor, articleIds);
  await ingestPaths(executor, [SERIES], { region: '嘉善县', workers: 0, schemaApplied: true });
  const rec = await executor.readWith((tx) => tx.run('MATCH (p:Project)-[:STEP]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT p.id AS id', { ids: articleIds }));
  projectId = String(rec.records[0]!.get('id'));
  app = await startApp(executor);
  browser = await launchChromium();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await page?.close();
  await browser?.close();
  await app?.close();
  await deleteArticles(executor, articleIds);
  await executor?.close();
});

const shot = (name: string) => page.screenshot({ path: join(resultsDir, `project-history-${name}.png`), fullPage: true });

describe('project history view', () => {
  it('shows the steps of the bundled project in date order with dates, amounts, people and bodies', async () => {
    page = await openPage(browser, errors);
    await page.goto(`${app.baseUrl}/?view=timeline&subject=${encodeURIComponent(projectId)}`);
    await waitReady(page);
    await page.waitForSelector('#view-timeline.active ol.steps > li');
    await expect(page.locator('#view-timeline h2').first().textContent()).resolves.toContain('新能源汽车零部件产业园');
    const rows = page.locator('#view-timeline ol.steps > li:not([data-planned])');
    const stages = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-stage')));
    expect(stages).toEqual(['签约', '开工', '施工', '封顶', '竣工', '验收', '投产']);
    const dates = await rows.locator('time').evaluateAll((ts) => ts.map((x) => x.textContent));
    expect(dates).toEqual(['2022年3月17日', '2022年9月28日', '2023年6月15日', '2023年6月15日', '2023年11月', '2023年12月27日', '2024年3月20日']);
    const first = rows.first();
    await expect(first.locator('.amount').textContent()).resolves.toContain('25亿元');
    const start = page.locator('#view-timeline ol.steps > li[data-stage="开工"]:not([data-planned])');
    await expect(start.locator('.step-who').textContent()).resolves.toMatch(/陆振华（宣布开工）/);
    await expect(start.locator('.step-who').textContent()).resolves.toMatch(/浙江华厦建设集团有限公司（承建）/);
    expect(await page.locator('#view-timeline ol.steps > li[data-planned="true"]').count()).toBeGreaterThan(0);
    await shot('view');
    expect(errors).toEqual([]);
  });

  it('opens a step\'s article with the step\'s sentence highlighted', async () => {
    const step = page.locator('#view-timeline ol.steps > li[data-stage="封顶"]');
    const sentence = (await step.locator('blockquote').textContent())!;
    await step.locator('.step-sources a.article-link').first().click();
    await page.waitForSelector('#article-dialog[open] .article-text');
    const highlighted = await page.locator('#article-dialog .in-evidence').evaluateAll((xs) => xs.map((x) => x.textContent).join(''));
    expect(highlighted).toBe(sentence);
    await expect(page.locator('#article-dialog .article-title').textContent()).resolves.toContain('封顶');
    await shot('article');
    expect(errors).toEqual([]);
  });
});
