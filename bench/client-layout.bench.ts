/**
 * Explorer speed in headless Chromium (issue 6): time from navigation to the
 * first drawn graph (the sample page ingested, served by the real API), and
 * the time to lay out and draw 2,000 elements (generated, drawn through the
 * page's own GraphView.replace = add + fcose). Runs on a Neo4j of its own.
 *
 *   npx tsx bench/client-layout.bench.ts [--renderer canvas|webgl] [--rounds 3] [--json]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { pino } from 'pino';
import { createApp } from '../server/api/app.js';
import { ingestPaths } from '../server/ingest.js';
import { benchDatabase } from './bench-db.js';

const repo = fileURLToPath(new URL('..', import.meta.url));

export interface ClientBenchResult {
  renderer: string;
  rounds: number;
  /** Median ms from navigation start to window.__ready (overview fetched, laid out, drawn). */
  first_graph_ms: number;
  first_graph_nodes: number;
  /** Of which: until the overview answer was parsed (page load, script, request), and its layout. */
  overview_fetched_ms: number;
  overview_layout_ms: number;
  /** Median ms to add and lay out 2,000 generated elements (fcose) and draw them. */
  layout_2000_ms: number;
  layout_nodes: number;
  layout_edges: number;
  /** Median ms per frame while zooming and panning the 2,000 elements. */
  frame_ms: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A random graph of `nodes` nodes and `edges` edges over the six entity types (seeded, so runs compare). */
function generated(nodes: number, edges: number): { nodes: unknown[]; edges: unknown[] } {
  let seed = 42;
  const rnd = (): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  const types = ['Person', 'Role', 'Place', 'Organization', 'Project', 'Meeting'];
  const ns = Array.from({ length: nodes }, (_, i) => ({ data: { id: `n${i}`, label: `节点${i}`, type: types[i % types.length] } }));
  // Preferential attachment, like news graphs: a few hubs, many leaves.
  const es = Array.from({ length: edges }, (_, i) => {
    const s = Math.floor(rnd() * nodes);
    const t = Math.floor(rnd() ** 2 * nodes);
    return { data: { id: `e${i}`, source: `n${s}`, target: `n${t === s ? (t + 1) % nodes : t}`, type: 'REL' } };
  });
  return { nodes: ns, edges: es };
}

async function frameTime(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const cy = window.cy!;
    const times: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 30; i++) {
      cy.zoom({ level: cy.zoom() * (i % 2 ? 1.1 : 0.92), renderedPosition: { x: 300, y: 300 } });
      cy.panBy({ x: 5, y: 3 });
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  });
}

export async function runClientLayoutBench(o: { renderer?: 'canvas' | 'webgl'; rounds?: number; log(line: string): void }): Promise<ClientBenchResult> {
  const rounds = o.rounds ?? 3;
  if (!existsSync(join(repo, 'dist/client/index.html'))) {
    o.log('building the client');
    execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'], { cwd: repo, stdio: 'inherit' });
  }
  const db = await benchDatabase(o.log);
  const server = createApp({ executor: db.executor, logger: pino({ level: 'silent' }), config: { clientDir: join(repo, 'dist/client') } })
    .listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    await ingestPaths(db.executor, [join(repo, 'data/samples/000_691d5f5d717d77e3.txt')], { workers: 0 });
    const query = o.renderer ? `?renderer=${o.renderer}` : '';
    const first: number[] = [];
    const fetched: number[] = [];
    const drawnMs: number[] = [];
    const layout: number[] = [];
    const frames: number[] = [];
    let firstNodes = 0;
    let renderer = '';
    const g = generated(800, 1200);
    for (let i = 0; i < rounds; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${base}/${query}`);
      await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 60_000 });
      first.push(await page.evaluate(() => performance.now()));
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
      fetched.push(marks['baoxun:overview-fetched'] ?? NaN);
      drawnMs.push((marks['baoxun:overview-drawn'] ?? NaN) - (marks['baoxun:overview-fetched'] ?? NaN));
      firstNodes = await page.evaluate(() => window.cy!.nodes().length);
      renderer = await page.evaluate(() => window.__explorer!.renderer);
      layout.push(await page.evaluate(async (els) => {
        const t0 = performance.now();
        await window.__explorer!.replace(els as never);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
        return performance.now() - t0;
      }, g));
      frames.push(await frameTime(page));
      await page.close();
      o.log(`round ${i + 1}: first graph ${first.at(-1)!.toFixed(0)} ms, 2,000 elements ${layout.at(-1)!.toFixed(0)} ms`);
    }
    return {
      renderer, rounds, first_graph_ms: median(first), first_graph_nodes: firstNodes,
      overview_fetched_ms: median(fetched), overview_layout_ms: median(drawnMs),
      layout_2000_ms: median(layout), layout_nodes: g.nodes.length, layout_edges: g.edges.length, frame_ms: median(frames),
    };
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await db.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  const r = await runClientLayoutBench({
    renderer: arg('--renderer') as 'canvas' | 'webgl' | undefined, rounds: Number(arg('--rounds') ?? 3),
    log: (l) => process.stderr.write(`bench client: ${l}\n`),
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(r));
  else for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(18)} ${typeof v === 'number' ? v.toFixed(0) : v}`);
}
