/**
 * Walking skeleton, browser end: the page fetches the overview, draws it
 * with Cytoscape and says so through window.cy / window.__ready.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, resultsDir, waitReady } from './harness.js';
import { useExplorerFixture } from './explorer-fixture.js';

const fx = useExplorerFixture();

describe('walking skeleton', () => {
  it('draws the overview graph on load', async () => {
    const errors: string[] = [];
    const page = await openPage(fx.browser, errors);
    await page.goto(fx.app.baseUrl);
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
