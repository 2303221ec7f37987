/**
 * What every explorer e2e test needs: a built client, a real Neo4j with the
 * sample page in it, the real API server on a free port and headless Chromium.
 *
 * The client is built here when dist/client is missing or older than the
 * sources in client/ (so `npx vitest run --project e2e` works alone;
 * `npm test` builds too).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Executor } from '../../server/graph/executor.js';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
const clientDir = join(repo, 'client');
const distIndex = join(repo, 'dist/client/index.html');
export const samplePage = join(repo, 'data/samples/000_691d5f5d717d77e3.txt');
export const resultsDir = join(repo, 'test-results');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the client unless dist/client is newer than every client source (and model/). */
export function ensureClientBuilt(): void {
  const sources = Math.max(newestMtime(clientDir), newestMtime(join(repo, 'model')));
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= sources) return;
  execFileSync('npx', ['vite', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'], { cwd: repo, stdio: 'inherit' });
}

/** An executor for the Neo4j that test/setup/neo4j.global.ts started (or NEO4J_URI names). */
export function testExecutor(): Executor {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run through the vitest e2e project (its globalSetup starts Neo4j)');
  return new Executor({
    uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  });
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page at 1280×800 that records page errors and console errors into `errors`. */
export async function openPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return page;
}

/** Listens on a free port; resolves to the base URL. */
export function listen(handler: (req: never, res: never) => void): Promise<{ server: Server; baseUrl: string }> {
  return import('node:http').then(({ createServer }) => new Promise((resolve) => {
    const server = createServer(handler as Parameters<typeof createServer>[0]);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  }));
}

/** Waits until the page has laid out its first graph. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 30_000 });
}
