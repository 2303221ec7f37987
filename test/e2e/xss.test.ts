/**
 * XSS and CSV injection end to end (issue 16): an article whose title and text carry
 * `<script>`, `<img onerror>`, `<svg onload>`, `javascript:` links and spreadsheet formulas
 * is ingested through the API, and entities whose names carry them are written beside it;
 * every view shows them (search hits, details, evidence, article reader, timeline,
 * attendance matrix headers, console table and graph) and every export carries them.
 * Nothing may execute, no markup may reach the DOM, and CSV cells are neutralised.
 * Invented names and texts.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, ExtractedRelation } from '../../model/graph.schema.js';
import { closeApp, createApp } from '../../server/api/app.js';
import type { Executor } from '../../server/graph/executor.js';
import { applySchema } from '../../server/graph/schema.js';
import { deleteArticles, writeBatch } from '../../server/graph/writer.js';
import { ensureClientBuilt, launchChromium, openPage, repo, testExecutor, waitReady } from './harness.js';
import { settled } from './page-helpers.js';

const KEY = 'xss-test-key';
const tag = [...randomBytes(3)].map((b) => '零一二三四五六七八九'[b % 10]).join('');
const p = `xss_${randomBytes(4).toString('hex')}`;
/** Each payload sets window.__xss (or opens a dialog) if it ever runs. */
const SCRIPT = `<script>window.__xss='script'</script>`;
const IMG = `<img src=x onerror="window.__xss='img'">`;
const SVG = `<svg onload="window.__xss='svg'">`;
const JS_LINK = `<a href="javascript:window.__xss='link'">点此</a>`;
const FORMULA = `=cmd|' /c calc'!A1`;
const names = {
  person: `诸葛${tag}${IMG}`,
  role: `局长${SCRIPT}`,
  org: `${FORMULA}青溪县局`,
  meeting: `${tag}推进会${SVG}`,
  title: `青溪县${tag}工作会议${SCRIPT}${IMG}`,
};
const text = `本报讯 3月5日，${names.person}主持召开${names.meeting}。${JS_LINK}${FORMULA} 会议要求${SVG}抓好落实。`;

let executor: Executor;
let server: Server;
let app: ReturnType<typeof createApp>;
let base: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const dialogs: string[] = [];
let uploadedId = '';

function rel(type: ExtractedRelation['type'], from: string, to: string, props = {}): ExtractedRelation {
  return { type, from, to, props, evidence: { start: 0, end: text.length, text }, extractor: 'xss-test' };
}

/** The entities with hostile names, written beside the uploaded article (extraction would not name them so). */
function hostile(): Extraction {
  const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
  return {
    article: { id: `${p}_a1`, title: names.title, published: '2021-03-05', source: `${p}/a1.txt`, text },
    entities: [
      { id: `${p}_person`, type: 'Person', name: names.person, props: {}, mentions: [at(names.person)] },
      { id: `${p}_role`, type: 'Role', name: names.role, props: {}, mentions: [] },
      { id: `${p}_org`, type: 'Organization', name: names.org, props: { kind: 'government' }, mentions: [] },
      { id: `${p}_meeting`, type: 'Meeting', name: names.meeting, props: { date: '2021-03-05' }, mentions: [at(names.meeting)] },
    ],
    relations: [
      rel('HOLDS_ROLE', `${p}_person`, `${p}_role`), rel('OF', `${p}_role`, `${p}_org`),
      rel('ATTENDED', `${p}_person`, `${p}_meeting`, { as: 'chair' }), rel('ORGANIZED_BY', `${p}_meeting`, `${p}_org`),
    ],
  };
}

beforeAll(async () => {
  ensureClientBuilt();
  executor = testExecutor();
  await applySchema(executor);
  const stats = await writeBatch(executor, [{ ex: hostile() }], { force: true });
  if (stats.failed.length) throw new Error(JSON.stringify(stats.failed));
  app = createApp({ executor, logger: pino({ level: 'silent' }), config: { clientDir: join(repo, 'dist/client'), apiKey: KEY, rateLimitPerMinute: 10_000 } });
  server = await new Promise<Server>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The same hostile title and text through the API, as a user would upload them.
  const up = await fetch(`${base}/api/articles`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY },
    body: JSON.stringify({ title: `${names.title}（上传）`, text: `${text}\n${names.person}出席。`, published: '2021-03-06', source: `${p}/upload.txt` }),
  });
  expect(up.status).toBe(201);
  uploadedId = ((await up.json()) as { articles: Array<{ article: { id: string } }> }).articles[0]!.article.id;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => { server?.closeAllConnections(); server?.close(() => resolve()); });
  if (app) await closeApp(app);
  await deleteArticles(executor, [`${p}_a1`, uploadedId].filter(Boolean));
  await executor?.close();
});

/** Nothing ran and no markup from the data reached the document. */
async function expectInert(where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: string }).__xss ?? null,
    injected: document.querySelectorAll('img[onerror], svg[onload], [onerror], [onload], a[href^="javascript:"], img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => !s.src).length,
  }));
  expect(state, where).toEqual({ xss: null, injected: 0, scripts: 0 });
  expect(dialogs, where).toEqual([]);
}

async function open(path: string): Promise<void> {
  page = await openPage(browser, errors);
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(`${base}${path}`);
  await waitReady(page);
}

describe('hostile names and texts in every view', () => {
  it('serves a Content-Security-Policy without inline script, and a page without inline script', async () => {
    const res = await fetch(`${base}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toMatch(/script-src-attr 'none'/);
    expect(await res.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('search hits, details and evidence show the payloads as text', async () => {
    await open('/');
    await page.getByTestId('search').fill(`诸葛${tag}`);
    const hit = page.locator(`#suggestions li[data-id="${p}_person"]`);
    await hit.waitFor({ state: 'visible' });
    expect(await hit.textContent()).toContain(IMG);
    await expectInert('search hits');
    await page.getByTestId('search').press('Enter');
    await page.waitForSelector(`#details[data-entity="${p}_person"]`);
    await settled(page);
    expect(await page.locator('#details .entity-name').textContent()).toContain(IMG);
    expect(await page.locator('#details').textContent()).toContain(names.role);
    await expectInert('details');
  });

  it('the article reader shows the hostile title and text as text', async () => {
    const link = page.locator('#details .article-link').first();
    await link.click();
    await page.waitForSelector('#article-dialog[open] .article-text');
    await settled(page);
    const dialog = (await page.locator('#article-dialog').textContent())!;
    expect(dialog).toContain(JS_LINK);
    expect(dialog).toContain(SVG);
    await expectInert('article reader');
    await page.close();
  });

  it('the timeline and the attendance matrix show them as text', async () => {
    await open(`/?view=timeline&subject=${encodeURIComponent(`${p}_person`)}`);
    await page.waitForSelector('#view-timeline.active h2');
    await settled(page);
    expect(await page.locator('#view-timeline').textContent()).toContain(IMG);
    await expectInert('timeline');
    await page.getByRole('tab', { name: '出席矩阵' }).click();
    await page.waitForSelector('#view-attendance .matrix-wrap[data-status="idle"]');
    await expectInert('attendance matrix');
    const csv = page.waitForEvent('download');
    await page.locator('#view-attendance').getByRole('button', { name: '导出 CSV' }).click();
    const text = readFileSync((await (await csv).path())!, 'utf8');
    for (const cell of parseCsv(text).flat()) expect(cell, 'attendance CSV').not.toMatch(/^[ \u00a0\u3000]*[=+\-@\t\r]/);
    await page.close();
  });

  it('the console table, its CSV and the console graph keep them inert', async () => {
    await open('/?view=console');
    const editor = page.locator('[data-testid="console"] .cm-content');
    await editor.waitFor();
    const runQuery = async (q: string): Promise<void> => {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(q);
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/cypher') && r.request().method() === 'POST');
      await page.getByTestId('console-run').click();
      const res = await answer;
      expect(res.status(), await res.text()).toBe(200);
    };
    await runQuery(`MATCH (n) WHERE n.id STARTS WITH '${p}' RETURN n.name AS name, labels(n) AS labels, n.title AS title`);
    await page.getByTestId('results-table').waitFor();
    expect(await page.getByTestId('results-table').textContent()).toContain(FORMULA);
    await expectInert('console table');
    const csv = page.waitForEvent('download');
    await page.locator('#view-console').getByRole('button', { name: '导出 CSV' }).click();
    const cells = parseCsv(readFileSync((await (await csv).path())!, 'utf8')).flat();
    expect(cells).toContain(`'${names.org}`);
    for (const cell of cells) expect(cell, 'console CSV').not.toMatch(/^[ \u00a0\u3000]*[=+\-@\t\r]/);
    await runQuery(`MATCH (n) WHERE n.id STARTS WITH '${p}' OPTIONAL MATCH (n)-[r]->(m) RETURN n, r, m`);
    await page.waitForFunction(() => {
      const c = (window as unknown as { consoleCy?: { nodes(): { length: number } } }).consoleCy;
      return !!c && c.nodes().length > 0;
    });
    await expectInert('console graph');
    await page.close();
  });

  it('exports: server CSV neutralised, SVG escaped and inert when opened', async () => {
    const res = await fetch(`${base}/api/export?format=csv&id=${encodeURIComponent(`${p}_person`)}&depth=2`);
    expect(res.status).toBe(200);
    const cells = parseCsv(await res.text()).flat();
    expect(cells).toContain(`'${names.org}`);
    for (const cell of cells) expect(cell, 'export CSV').not.toMatch(/^[=+\-@\t\r]/);
    const graphml = await (await fetch(`${base}/api/export?format=graphml&id=${encodeURIComponent(`${p}_person`)}`)).text();
    expect(graphml).not.toContain('<img');
    expect(graphml).toContain('&lt;img');
    // The explorer's SVG export of a graph holding the hostile person, opened as a page of its own.
    await open(`/?focus=${encodeURIComponent(`${p}_person`)}`);
    await page.waitForSelector(`#details[data-entity="${p}_person"]`);
    const dl = page.waitForEvent('download');
    await page.locator('#btn-svg').click();
    const svg = readFileSync((await (await dl).path())!, 'utf8');
    expect(svg).toContain('&lt;img');
    expect(svg).not.toMatch(/<(img|script|a)\b|<svg\s+onload/);
    await page.setContent(svg);
    await expectInert('exported SVG');
    await page.close();
  });

  it('logged no page errors', () => {
    expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
  });
});

/** RFC 4180 cells (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1)!.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      rows.at(-1)!.push(cell);
      cell = '';
      rows.push([]);
    } else cell += c;
  }
  if (cell || rows.at(-1)!.length) rows.at(-1)!.push(cell);
  return rows.filter((r) => r.length > 0 && !(r.length === 1 && r[0] === ''));
}
