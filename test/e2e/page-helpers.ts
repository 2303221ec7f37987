/** Browser-side steps shared by the explorer e2e tests (real mouse on the Cytoscape canvas). */
import type { Page } from 'playwright-core';

/** Where node `id` is on the page, in page pixels. */
export async function nodePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = window.cy!;
    const n = cy.getElementById(nodeId);
    const box = cy.container()!.getBoundingClientRect();
    const p = n.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

export async function clickNode(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => { window.cy!.center(window.cy!.getElementById(nodeId)); }, id);
  const p = await nodePoint(page, id);
  await page.mouse.click(p.x, p.y);
}

export async function dblclickNode(page: Page, id: string): Promise<void> {
  await page.evaluate((nodeId) => { window.cy!.center(window.cy!.getElementById(nodeId)); }, id);
  const p = await nodePoint(page, id);
  await page.mouse.dblclick(p.x, p.y);
}

export const nodeCount = (page: Page): Promise<number> => page.evaluate(() => window.cy!.nodes().length);

/** Types into the search box and picks the first suggestion; resolves to the picked id. */
export async function searchAndPick(page: Page, text: string): Promise<string> {
  await page.getByTestId('search').fill(text);
  const first = page.locator('#suggestions li[data-id]').first();
  await first.waitFor({ state: 'visible' });
  const id = (await first.getAttribute('data-id'))!;
  await page.getByTestId('search').press('Enter');
  return id;
}

/** Waits until no request-status element shows loading. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('[data-status="loading"]').length === 0, undefined, { timeout: 20_000 });
}

/** The neighbour of `id` with the most relationships not drawn yet (asked from the API). */
export async function busiestNeighbour(page: Page, id: string): Promise<string> {
  return page.evaluate(async (nodeId) => {
    let best = { id: '', missing: -1 };
    for (const n of window.cy!.getElementById(nodeId).neighborhood('node').nodes().toArray()) {
      const d = await (await fetch(`/api/entities/${encodeURIComponent(n.id())}`)).json() as { counts: Array<{ count: number }> };
      const missing = d.counts.reduce((s, c) => s + c.count, 0) - n.degree(false);
      if (missing > best.missing) best = { id: n.id(), missing };
    }
    return best.id;
  }, id);
}
