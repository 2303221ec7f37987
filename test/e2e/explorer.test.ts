/**
 * The explorer's flows end to end, in headless Chromium against the real API
 * and a real Neo4j: search → focus → expand → details → evidence → article;
 * paths; timeline; attendance; console as table and as graph; exports; URL restore.
 * A screenshot of each main view goes to test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, resultsDir, waitReady } from './harness.js';
import { useExplorerFixture } from './explorer-fixture.js';
import { busiestNeighbour, clickNode, dblclickNode, nodeCount, searchAndPick, settled } from './page-helpers.js';

const fx = useExplorerFixture();
let page: Page;
let errors: string[] = [];

async function freshPage(path = '/', init?: () => void): Promise<Page> {
  errors = [];
  page = await openPage(fx.browser, errors);
  if (init) await page.addInitScript(init);
  await page.goto(`${fx.app.baseUrl}${path}`);
  await waitReady(page);
  return page;
}

afterEach(async () => {
  await page?.close();
  expect(errors).toEqual([]);
});

/** The id of the seeded person, through the search API. */
async function personId(): Promise<string> {
  const res = await fetch(`${fx.app.baseUrl}/api/search?q=${encodeURIComponent(fx.seeded.personName)}&types=Person&limit=1`);
  const body = await res.json() as { hits: Array<{ id: string }> };
  return body.hits[0]!.id;
}

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(resultsDir, `explorer-${name}.png`) });

describe('explorer', () => {
  it('search → focus → details → evidence → article reader', async () => {
    await freshPage();
    const id = await searchAndPick(page, fx.seeded.personName);
    await page.waitForFunction((nodeId) => window.cy!.getElementById(nodeId).hasClass('focus'), id);
    await page.waitForSelector(`#details[data-entity="${id}"]`);
    await expect(page.locator('#details .entity-name').textContent()).resolves.toContain(fx.seeded.personName);
    await shot('details');
    const evidence = page.locator('#details .article-link').first();
    if (await evidence.count() === 0) throw new Error('the focused person has no evidence sentence with an article');
    await evidence.click();
    await page.waitForSelector('#article-dialog[open] .article-text');
    await settled(page);
    expect(await page.locator('#article-dialog mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#article-dialog .in-evidence').count()).toBeGreaterThan(0);
    await shot('article');
    // A click on a highlighted mention focuses that entity in the graph.
    const mark = page.locator('#article-dialog mark[data-entity]').first();
    const entity = (await mark.getAttribute('data-entity'))!;
    await mark.click();
    await page.waitForFunction((nodeId) => window.cy!.getElementById(nodeId).hasClass('focus'), entity);
  });

  it('expands with control, undoes, collapses and pins', async () => {
    const id = await personId();
    // A low "busy" threshold, so that the sample's nodes count as busy and the choice is asked.
    await freshPage(`/?focus=${encodeURIComponent(id)}`, () => localStorage.setItem('baoxun.busyThreshold', '3'));
    // Expand the neighbour with the most relationships not drawn yet: a busy node asks first, then adds nodes.
    const neighbour = await busiestNeighbour(page, id);
    const before = await nodeCount(page);
    await dblclickNode(page, neighbour);
    await page.waitForSelector('#expand-dialog[open]');
    const choices = await page.locator('#expand-dialog input[name="relType"]').count();
    expect(choices).toBeGreaterThan(0);
    await shot('expand-choice');
    // Choose every relationship type, so the expansion surely adds the missing neighbours.
    for (const box of await page.locator('#expand-dialog input[name="relType"]').all()) await box.check();
    await page.getByTestId('expand-ok').click();
    await page.waitForFunction((n) => window.cy!.nodes().length > n, before);
    await settled(page);
    await page.waitForTimeout(400); // the incremental layout animates
    // The legend counts what is drawn now.
    const legendTotal = await page.locator('#legend .count').evaluateAll((els) => els.reduce((s, e) => s + Number(e.textContent), 0));
    expect(legendTotal).toBe(await nodeCount(page));
    await shot('expanded');
    // Undo removes exactly what the expansion added.
    await page.locator('#btn-undo').click();
    expect(await nodeCount(page)).toBe(before);
    // Pin: the node locks and keeps its place through a re-layout.
    await clickNode(page, id);
    await page.waitForSelector(`#details[data-entity="${id}"]`);
    await page.keyboard.press('p');
    expect(await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).locked(), id)).toBe(true);
    const pos = await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).position(), id);
    await page.locator('#btn-relayout').click();
    await page.waitForTimeout(600);
    expect(await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).position(), id)).toEqual(pos);
    // Collapse removes leaves hanging on the node only.
    await page.keyboard.press('c');
    expect(await nodeCount(page)).toBeLessThanOrEqual(before);
  });

  it('finds a path between two chosen entities', async () => {
    await freshPage();
    const id = await searchAndPick(page, fx.seeded.personName);
    await page.waitForSelector(`#details[data-entity="${id}"]`);
    const other = await page.evaluate((nodeId) => {
      const far = window.cy!.getElementById(nodeId).neighborhood('node').neighborhood('node').filter((n) => n.id() !== nodeId);
      return (far.nonempty() ? far : window.cy!.getElementById(nodeId).neighborhood('node')).first().id();
    }, id);
    await page.getByRole('button', { name: '设为路径起点' }).click();
    await clickNode(page, other);
    await page.waitForSelector(`#details[data-entity="${other}"]`);
    await page.getByRole('button', { name: '设为路径终点' }).click();
    await page.waitForFunction(() => window.cy!.nodes('.on-path').length >= 2);
    await settled(page);
    await shot('path');
  });

  it('shows a person timeline that clicks through to the graph', async () => {
    await freshPage();
    const id = await searchAndPick(page, fx.seeded.personName);
    await page.waitForSelector(`#details[data-entity="${id}"]`);
    await page.getByRole('button', { name: '人物时间线' }).click();
    await page.waitForSelector('#view-timeline.active h2');
    await settled(page);
    await expect(page.locator('#view-timeline h2').first().textContent()).resolves.toContain(fx.seeded.personName);
    expect(new URL(page.url()).searchParams.get('view')).toBe('timeline');
    await shot('timeline');
    await page.locator('#view-timeline h2 a[data-entity]').click();
    await page.waitForSelector('#view-graph.active');
  });

  it('shows a project history from the URL', async () => {
    // The sample's project with the most relationships (other suites' data may share the database).
    const project = await fx.executor.readWith(async (tx) => {
      const rec = (await tx.run(
        'MATCH (a:Article)-[:MENTIONS]->(p:Project) WHERE a.id IN $ids RETURN p.id AS id, p.name AS name ORDER BY COUNT { (p)--() } DESC LIMIT 1',
        { ids: fx.seeded.articleIds },
      )).records[0];
      return rec ? { id: String(rec.get('id')), name: String(rec.get('name')) } : null;
    });
    if (!project) throw new Error('no Project in the ingested sample');
    await freshPage(`/?view=timeline&subject=${encodeURIComponent(project.id)}`);
    await page.waitForSelector('#view-timeline.active h2');
    await settled(page);
    await expect(page.locator('#view-timeline h2').first().textContent()).resolves.toContain(project.name);
    await shot('project-history');
  });

  it('shows the attendance matrix', async () => {
    await freshPage();
    await page.getByRole('tab', { name: '出席矩阵' }).click();
    await page.waitForSelector('#view-attendance .matrix-wrap[data-status="idle"]');
    const rows = await page.locator('[data-testid="attendance-matrix"] tbody tr').count();
    const meetings = await fx.executor.readWith(async (tx) => (await tx.run('MATCH (:Person)-[:ATTENDED]->(m:Meeting) RETURN count(DISTINCT m) AS n')).records[0]!.get('n') as number);
    if (meetings > 0) expect(rows).toBeGreaterThan(0);
    await shot('attendance');
  });

  it('runs console queries as table and as graph, and shows errors plainly', async () => {
    await freshPage('/?view=console');
    const editor = page.locator('[data-testid="console"] .cm-content');
    await editor.waitFor();
    const setQuery = async (q: string): Promise<void> => {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(q);
    };
    await setQuery('MATCH (p:Person) RETURN p.name AS name ORDER BY name LIMIT 5');
    await page.getByTestId('console-run').click();
    await page.getByTestId('results-table').waitFor();
    expect(await page.locator('[data-testid="results-table"] tbody tr').count()).toBeGreaterThan(0);
    await shot('console-table');
    // The CSV export of the result table downloads.
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    expect(readFileSync((await (await csv).path())!, 'utf8')).toContain('name');

    await setQuery('MATCH (p:Person)-[r]-(x) RETURN p, r, x LIMIT 20');
    await page.getByTestId('console-run').click();
    await page.waitForFunction(() => {
      const c = (window as unknown as { consoleCy?: { nodes(): { length: number } } }).consoleCy;
      return !!c && c.nodes().length > 0;
    });
    await shot('console-graph');
    expect(new URL(page.url()).searchParams.get('q')).toContain('MATCH (p:Person)-[r]-(x)');

    // A ready-made example fills the editor and its parameters, and runs.
    const example = page.locator('#view-console .examples li[data-example]').first();
    await example.waitFor();
    await example.click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="console"] .cm-content')!.textContent!.includes('MATCH (p:Person)-[r]-(x)'));
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/cypher') && r.request().method() === 'POST');
    await page.getByTestId('console-run').click();
    expect((await answer).status()).toBe(200);
    await page.waitForSelector('#view-console .result[data-status="idle"] .result-info');
    await shot('console-example');

    await setQuery('MATCH (n RETURN n');
    await page.getByTestId('console-run').click();
    const line = page.locator('#view-console .result[data-status="error"] > .status-line');
    await line.waitFor();
    expect((await line.textContent())!.length).toBeGreaterThan(5);
    // The browser logs the 400 answer itself; that one is expected.
    errors = errors.filter((e) => !/status of 400/.test(e));
  });

  it('exports the view as PNG, SVG and JSON', async () => {
    await freshPage();
    for (const [button, ext] of [['#btn-png', 'png'], ['#btn-svg', 'svg'], ['#btn-json', 'json']] as const) {
      const dl = page.waitForEvent('download');
      await page.locator(button).click();
      const file = await dl;
      expect(file.suggestedFilename()).toBe(`baoxun-graph.${ext}`);
      const content = readFileSync((await file.path())!);
      expect(content.length).toBeGreaterThan(100);
      if (ext === 'svg') expect(content.toString()).toContain('<svg');
      if (ext === 'json') expect((JSON.parse(content.toString()) as { nodes: unknown[] }).nodes.length).toBe(await nodeCount(page));
    }
  });

  it('restores focus, filters and expansions from the URL', async () => {
    const id = await personId();
    await freshPage(`/?focus=${encodeURIComponent(id)}`, () => localStorage.setItem('baoxun.busyThreshold', '1000'));
    await page.waitForSelector(`#details[data-entity="${id}"]`);
    // Select a neighbour and expand it with the e key, then hide the first type of the legend.
    const neighbour = await busiestNeighbour(page, id);
    const before = await nodeCount(page);
    await clickNode(page, neighbour);
    await page.waitForSelector(`#details[data-entity="${neighbour}"]`);
    await page.keyboard.press('e');
    await page.waitForFunction((nodeId) => new URL(location.href).searchParams.getAll('x').includes(nodeId), neighbour);
    await settled(page);
    expect(await nodeCount(page)).toBeGreaterThan(before);
    await page.locator('#legend li').first().click();
    const url = page.url();
    const want = await page.evaluate(() => ({
      hidden: window.cy!.nodes('.hidden-type').length > 0,
    }));
    expect(new URL(url).searchParams.get('focus')).toBe(neighbour);
    const drawn = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()).sort());
    await page.close();
    await freshPage(new URL(url).search);
    expect(await page.evaluate((nodeId) => window.cy!.getElementById(nodeId).hasClass('focus'), neighbour)).toBe(true);
    // The expansion was replayed: what was drawn before is drawn again.
    const again = await page.evaluate(() => window.cy!.nodes().map((n) => n.id()));
    expect(drawn.filter((n) => !again.includes(n))).toEqual([]);
    expect(await page.evaluate(() => window.cy!.nodes('.hidden-type').length > 0)).toBe(want.hidden);
    expect(new URL(page.url()).searchParams.getAll('x')).toContain(neighbour);
    await page.waitForSelector(`#details[data-entity="${neighbour}"]`);
  });

  it('shows a failed request as an error, in words', async () => {
    errors = [];
    page = await openPage(fx.browser, errors);
    await page.route('**/api/graph/top*', (route) => route.fulfill({
      status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'unavailable', message: 'Neo4j 无法连接' }),
    }));
    await page.goto(fx.app.baseUrl);
    await waitReady(page);
    await page.waitForSelector('#graph-wrap[data-status="error"]');
    expect(await page.locator('#graph-wrap > .status-line').textContent()).toBe('Neo4j 无法连接');
    await shot('error');
    errors = errors.filter((e) => !/status of 503/.test(e));
  });

  it('saves a view under a name and opens it again from the list', async () => {
    const id = await personId();
    await freshPage(`/?start=${encodeURIComponent(id)}&focus=${encodeURIComponent(id)}`);
    await page.locator('[data-action="saved-views"]').click();
    await page.locator('.saved-menu input').fill('吴某的关系网');
    await page.locator('[data-action="save-view"]').click();
    const link = page.locator('.saved-list a[data-view-name="吴某的关系网"]');
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    expect(new URLSearchParams(href.split('?')[1]).get('start')).toBe(id);
    expect(new URLSearchParams(href.split('?')[1]).get('name')).toBe('吴某的关系网');
    // Another page of the same browser lists it; opening it restores the view with its name.
    await page.goto(fx.app.baseUrl);
    await waitReady(page);
    await page.locator('[data-action="saved-views"]').click();
    await page.locator('.saved-list a[data-view-name="吴某的关系网"]').click();
    await waitReady(page);
    await page.waitForFunction((x) => window.cy!.getElementById(x).hasClass('focus'), id);
    await expect(page.getByTestId('where').textContent()).resolves.toBe('吴某的关系网');
    await expect(page.title()).resolves.toContain('吴某的关系网');
  });

  it('exports what it lists as CSV with a BOM: ranking, search hits, posts, attendees, timeline', async () => {
    const csvOf = async (click: () => Promise<void>): Promise<string> => {
      const dl = page.waitForEvent('download');
      await click();
      return readFileSync((await (await dl).path())!, 'utf8');
    };
    await freshPage();
    await page.waitForSelector('#ranked .rank-list li');
    const ranking = await csvOf(() => page.locator('#ranked .panel-head button', { hasText: '导出 CSV' }).click());
    expect(ranking.startsWith('\uFEFF')).toBe(true);
    expect(ranking).toContain(fx.seeded.personName);
    await page.getByTestId('search').fill(fx.seeded.personName);
    await page.locator('#suggestions li[data-id]').first().waitFor();
    const hits = await csvOf(() => page.locator('#suggestions .suggest-foot button').click());
    expect(hits.startsWith('\uFEFF')).toBe(true);
    expect(hits).toContain(fx.seeded.personName);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#details[data-entity] .posts');
    const posts = await csvOf(() => page.locator('#details h3 .csv').first().click());
    expect(posts.startsWith('\uFEFF')).toBe(true);
    expect(posts.split('\r\n').length).toBeGreaterThan(2);
    const meeting = await fx.executor.readWith(async (tx) => String((await tx.run(
      'MATCH (a:Article)-[:MENTIONS]->(m:Meeting)<-[:ATTENDED]-() WHERE a.id IN $ids RETURN m.id AS id ORDER BY COUNT { (m)<-[:ATTENDED]-() } DESC LIMIT 1',
      { ids: fx.seeded.articleIds })).records[0]!.get('id')));
    await page.goto(`${fx.app.baseUrl}/?start=${encodeURIComponent(meeting)}&focus=${encodeURIComponent(meeting)}`);
    await waitReady(page);
    await page.waitForSelector('#details .attendees');
    const attendees = await csvOf(() => page.locator('#details h3 .csv').first().click());
    expect(attendees.startsWith('\uFEFF')).toBe(true);
    expect(attendees.split('\r\n').filter(Boolean).length).toBe(1 + await page.locator('#details .attendees li').count());
    await page.goto(`${fx.app.baseUrl}/?view=timeline&subject=${encodeURIComponent(await personId())}`);
    await waitReady(page);
    await page.waitForSelector('#view-timeline h2 button');
    const timeline = await csvOf(() => page.locator('#view-timeline h2 button').click());
    expect(timeline.startsWith('\uFEFF')).toBe(true);
  });

  it('opens the timeline tab with a picker when no one is chosen yet', async () => {
    await freshPage('/?view=timeline');
    await page.getByTestId('timeline-picker').fill(fx.seeded.personName);
    const hit = page.locator('#view-timeline .picker-hits button').first();
    await hit.waitFor();
    await hit.click();
    await page.waitForFunction((name) => document.querySelector('#view-timeline h2')?.textContent?.includes(name), fx.seeded.personName);
    expect(new URL(page.url()).searchParams.get('subject')).toBeTruthy();
  });

  it('says what is missing when paths are asked for without both ends', async () => {
    await freshPage();
    await page.locator('#btn-paths').click();
    await expect(page.locator('#path-info').textContent()).resolves.toContain('起点');
  });

  it('shows a scalar result as a table after the graph mode was chosen, and errors without the EXPLAIN prefix', async () => {
    await freshPage('/?view=console');
    const editor = page.locator('[data-testid="console"] .cm-content');
    await editor.waitFor();
    const run = async (q: string): Promise<void> => {
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(q);
      await page.getByTestId('console-run').click();
      await settled(page);
    };
    await run('MATCH (p:Person)-[r]-(x) RETURN p, r, x LIMIT 5');
    await page.locator('#view-console [data-mode="graph"]').click();
    await run('MATCH (p:Person) RETURN count(p) AS people');
    await page.getByTestId('results-table').waitFor();
    expect(await page.locator('[data-testid="results-table"] tbody tr').count()).toBe(1);
    await run('MATCH (n RETURN n');
    const line = (await page.locator('#view-console .result[data-status="error"] > .status-line').textContent())!;
    expect(line).toContain('Cypher 查询出错');
    expect(line).not.toContain('EXPLAIN');
    expect(line).toContain('"MATCH (n RETURN n"');
    // Example titles are in Chinese in the Chinese interface.
    expect(await page.locator('#view-console .examples li[data-example]').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    errors = errors.filter((e) => !/status of 400/.test(e));
  });

  it('switches the interface to English', async () => {
    await freshPage();
    await page.locator('#lang-switch').click();
    await expect(page.getByRole('tab', { name: 'Graph' }).count()).resolves.toBe(1);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect(page.locator('[data-action="home"]').textContent()).resolves.toBe('Overview');
    await expect(page.locator('#ranked [data-rank="degree"]').textContent()).resolves.toBe('By ties');
    await shot('english');
  });
});
