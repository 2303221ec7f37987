/**
 * The landing view and explorations on a large graph (3,000 generated articles ingested with
 * the real pipeline), in headless Chromium: the overview shows the strongest ties (≥ 100
 * edges) and ranked lists, labels at the default zoom; a new exploration from a search hit
 * shows only that neighbourhood, and Back returns; a search in traditional characters finds
 * the simplified name; on a phone the graph takes the screen; the first view loads without
 * the console's editor code. Screenshots of every view at 1440×900 and 390×844.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TopEntities } from '../../model/api.schema.js';
import { hanVariants } from '../../server/api/explorer/han-variants.js';
import { openPage, waitReady } from './harness.js';
import { useExplorerFixture } from './explorer-fixture.js';
import { settled, still } from './page-helpers.js';
import { shootViews } from './screens.js';

const fx = useExplorerFixture({ largeGraph: 3000 });
let page: Page;
let errors: string[] = [];

async function landing(viewport?: { width: number; height: number }): Promise<Page> {
  errors = [];
  page = await openPage(fx.browser, errors);
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(fx.app.baseUrl);
  await waitReady(page);
  return page;
}
async function top(): Promise<TopEntities> {
  return TopEntities.parse(await (await fetch(`${fx.app.baseUrl}/api/graph/top`)).json());
}

afterEach(async () => {
  await page?.close();
  expect(errors).toEqual([]);
});

describe('landing view on a 3,000-article graph', () => {
  it('shows at least 100 ties among the top entities, and ranked lists', async () => {
    const requests: string[] = [];
    errors = [];
    page = await openPage(fx.browser, errors);
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(fx.app.baseUrl);
    await waitReady(page);
    const drawn = await page.evaluate(() => ({ nodes: window.cy!.nodes().length, edges: window.cy!.edges().length }));
    expect(drawn.edges).toBeGreaterThanOrEqual(100);
    expect(drawn.nodes).toBeGreaterThan(50);
    await page.waitForSelector('#ranked .rank-list li');
    expect(await page.locator('#ranked .rank-section[data-type="Person"] li').count()).toBeGreaterThanOrEqual(10);
    // Mentions order the lists differently.
    await page.locator('#ranked [data-rank="mentions"]').click();
    const t = await top();
    await expect(page.locator('#ranked .rank-section[data-type="Person"] li').first().getAttribute('data-entity')).resolves.toBe(t.byMentions.Person![0]!.id);
    // The first view does not load the console's editor (CodeMirror comes with the console tab).
    expect(requests.filter((u) => /console-view/.test(u))).toEqual([]);
    await page.getByRole('tab', { name: 'Cypher 控制台' }).click();
    await page.locator('[data-testid="console"] .cm-content').waitFor();
    expect(requests.some((u) => /console-view/.test(u))).toBe(true);
  });

  it('draws labels at the default zoom, the biggest nodes first, at a readable size', async () => {
    await landing();
    await still(page);
    const labels = await page.evaluate(() => {
      const cy = window.cy!;
      const shown = cy.nodes('.labelled');
      const px = shown.map((n) => parseFloat(String(n.renderedStyle('font-size'))));
      type N = import('cytoscape').NodeSingular;
      const byDegree = cy.nodes().toArray().sort((a, b) => Number(b.data('degree') ?? 0) - Number(a.data('degree') ?? 0));
      const labelled = shown.toArray();
      // Where a label sits on screen (as client/graph/graph-view.ts places it for the level-of-detail pass).
      const boxOf = (n: N) => {
        const p = n.renderedPosition();
        const w = Math.min([...String(n.data('display'))].reduce((s, ch) => s + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7.2), 0), 220);
        const y = p.y + n.renderedHeight() / 2 + 9;
        return { l: p.x - w / 2, r: p.x + w / 2, t: y - 7, b: y + 7 };
      };
      const overlaps = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) => a.l < b.r + 4 && a.r > b.l - 4 && a.t < b.b + 4 && a.b > b.t - 4;
      // Each of the ten biggest nodes has its label, or gave way to a label of a node at least as big.
      const unexplained = byDegree.slice(0, 10).filter((n) => !n.hasClass('labelled') && !labelled.some((m) =>
        Number(m.data('degree') ?? 0) >= Number(n.data('degree') ?? 0) && overlaps(boxOf(m), boxOf(n)))).map((n) => n.id());
      return {
        zoom: cy.zoom(), shown: shown.length, minPx: Math.min(...px), unexplained,
        biggestLabelled: byDegree[0]!.hasClass('labelled'),
        texts: shown.map((n) => String(n.style('label'))).filter((x) => x.length > 0).length,
      };
    });
    expect(labels.zoom).toBeLessThan(1);
    expect(labels.shown).toBeGreaterThanOrEqual(20);
    expect(labels.texts).toBe(labels.shown);
    expect(labels.minPx).toBeGreaterThanOrEqual(10);
    expect(labels.biggestLabelled).toBe(true);
    expect(labels.unexplained).toEqual([]);
    // Zoomed in, more labels fit.
    await page.evaluate(() => { const cy = window.cy!; cy.zoom({ level: cy.zoom() * 3, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); });
    await page.waitForFunction((n) => window.cy!.nodes('.labelled:visible').length > 0 && window.cy!.nodes('.labelled').length !== n, labels.shown, { timeout: 5000 }).catch(() => undefined);
    // Relationship captions appear on hover: over the midpoint of an edge no node covers (a node
    // over the point takes the hover), trying a few such edges since edges cross on a dense graph.
    const edges = await page.evaluate(() => {
      const cy = window.cy!;
      const box = cy.container()!.getBoundingClientRect();
      const free = (p: { x: number; y: number }) => cy.nodes(':visible').every((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true });
        return p.x < b.x1 - 6 || p.x > b.x2 + 6 || p.y < b.y1 - 6 || p.y > b.y2 + 6;
      });
      return cy.edges(':visible').toArray().map((e) => ({ id: e.id(), p: (e as import('cytoscape').EdgeSingular).renderedMidpoint() }))
        .filter(({ p }) => p.x > 20 && p.y > 60 && p.x < cy.width() - 20 && p.y < cy.height() - 20 && free(p))
        .slice(0, 5).map(({ id, p }) => ({ id, x: box.left + p.x, y: box.top + p.y }));
    });
    expect(edges.length).toBeGreaterThan(0);
    let captioned = false;
    for (const edge of edges) {
      await page.mouse.move(edge.x, edge.y);
      captioned = await page.waitForFunction((id) => window.cy!.getElementById(id).hasClass('captioned'), edge.id, { timeout: 2000 }).then(() => true, () => false);
      if (captioned) break;
    }
    expect(captioned).toBe(true);
  });

  it('starts a new exploration from a search hit with only its neighbourhood, and goes back', async () => {
    await landing();
    const before = await page.evaluate(() => window.cy!.nodes().length);
    const person = (await top()).byDegree.Person![0]!;
    await page.getByTestId('search').fill(person.name);
    const hit = page.locator(`#suggestions li[data-id="${person.id}"]`);
    await hit.waitFor();
    await hit.click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('start') === id, person.id);
    await page.waitForFunction((id) => window.cy!.getElementById(id).hasClass('focus'), person.id);
    await settled(page);
    const only = await page.evaluate((id) => {
      const cy = window.cy!;
      const c = cy.getElementById(id);
      return cy.nodes().toArray().every((n) => n.id() === id || n.edgesWith(c).nonempty());
    }, person.id);
    expect(only).toBe(true);
    await expect(page.getByTestId('where').textContent()).resolves.toContain(person.name);
    // Back returns to the overview.
    await page.locator('[data-action="back"]').click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('start'));
    await page.waitForFunction((n) => window.cy!.nodes().length === n, before, { timeout: 30_000 });
    // Clear empties the canvas.
    await page.locator('[data-action="clear"]').click();
    await page.waitForFunction(() => window.cy!.nodes().length === 0);
    expect(new URL(page.url()).searchParams.get('blank')).toBe('1');
  });

  it('finds a simplified name searched in traditional characters', async () => {
    await landing();
    const people = Object.values((await top()).byDegree).flat().filter((e) => e.type === 'Person');
    const person = people.find((p) => hanVariants(p.name).length > 1);
    if (!person) throw new Error('no ranked person with a traditional form');
    const traditional = hanVariants(person.name).find((v) => v !== person.name)!;
    await page.getByTestId('search').fill(traditional);
    await page.locator(`#suggestions li[data-id="${person.id}"]`).waitFor();
    // The hit says the person's latest post.
    await expect(page.locator(`#suggestions li[data-id="${person.id}"] .hit-brief`).textContent()).resolves.toBeTruthy();
  });

  it('gives the graph the screen of a phone (390×844)', async () => {
    await landing({ width: 390, height: 844 });
    const layout = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { cy: r('#cy'), search: r('#search'), lang: r('#lang-switch'), edges: window.cy!.edges().length };
    });
    expect(layout.cy.width).toBeGreaterThan(300);
    expect(layout.cy.height).toBeGreaterThan(400);
    expect(layout.search.width).toBeGreaterThan(150);
    expect(layout.lang.right).toBeLessThanOrEqual(390);
    expect(layout.lang.left).toBeGreaterThanOrEqual(0);
    // The panel opens as a sheet over the graph.
    await page.locator('#side-right [data-panel="ranked"]').click();
    await page.waitForFunction(() => document.querySelector('#side-right')!.getBoundingClientRect().top < 700);
    await expect(page.locator('#ranked .rank-name').first().isVisible()).resolves.toBe(true);
  });

  it('writes screenshots of every view at 1440×900 and 390×844', async () => {
    const t = await top();
    // The project with the most reported steps, so its history view shows some.
    const stepped = await fx.executor.readWith(async (tx) => (await tx.run(
      'MATCH (n:Project)-[:STEP]->() RETURN n.id AS id, count(*) AS k ORDER BY k DESC, id LIMIT 1')).records[0]?.get('id') as string | undefined);
    const files = await shootViews(fx.browser, fx.app.baseUrl, 'large', {
      person: t.byDegree.Person![0]!.id, meeting: t.byDegree.Meeting?.[0]?.id ?? null, project: stepped ?? t.byMentions.Project?.[0]?.id ?? null,
    });
    expect(files.length).toBeGreaterThanOrEqual(20);
  }, 900_000);
});
