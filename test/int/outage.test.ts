// Database outage against a real Neo4j of this test's own (issue 7): `baoxun serve` runs as a
// separate process; its Neo4j is stopped cleanly, then killed with SIGKILL, and started again.
// The API must answer 503 with a clear message while the database is away, never crash, and
// answer 200 again once it is back, without a restart. The CLI gives up with one clear line.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../server/ingest.js';
import { localNeo4jStatus } from '../../server/neo4j/connection.js';
import { invented } from '../fixtures/reliability/articles.js';
import { countsOf, freePort, startOwnNeo4j, type OwnNeo4j } from './backup-own-neo4j.js';

const run = promisify(execFile);
let db: OwnNeo4j;
let dir: string;
let server: ChildProcess;
let base: string;
let serverLog = '';
/** How long each request took while the database was away (ms), for RELIABILITY.md. */
const downLatency: Record<string, number> = {};

async function get(path: string): Promise<{ status: number; body: Record<string, unknown>; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${base}${path}`);
  const body = (await res.json()) as Record<string, unknown>;
  return { status: res.status, body, ms: Math.round(performance.now() - t0) };
}

async function until(ok: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await ok().catch(() => false))) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function env(): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: db.conn.uri, NEO4J_USER: db.conn.user, NEO4J_PASSWORD: db.conn.password, BAOXUN_LOG_LEVEL: 'warn' };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baoxun-outage-'));
  mkdirSync(join(dir, 'in'));
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, 'in', invented(i).name), invented(i).text);
  db = await startOwnNeo4j('outage');
  const sum = await ingestPaths(db.executor, [join(dir, 'in')], { workers: 0 });
  expect(sum.written).toBe(3);
  await db.executor.close(); // the test's own driver is not needed any more; the server has its own
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // One process (node with the tsx loader), so killing it stops the server: through `npx tsx`
  // the SIGTERM reached npx only and the server outlived the test.
  server = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'serve', '--port', String(port)], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (d: Buffer) => (serverLog += d.toString()));
  server.stderr!.on('data', (d: Buffer) => (serverLog += d.toString()));
  await until(async () => serverLog.includes('baoxun serving'), 60_000);
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const gone = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  }
  await db?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (Object.keys(downLatency).length) console.log('outage latency (ms):', JSON.stringify(downLatency));
});

async function expectDown(label: string): Promise<void> {
  const h = await get('/api/health');
  downLatency[`${label} health`] = h.ms;
  expect(h.status).toBe(503);
  expect(h.body).toMatchObject({ status: 'unavailable', reason: expect.stringMatching(/ServiceUnavailable/) });
  const s = await get('/api/stats');
  downLatency[`${label} stats`] = s.ms;
  expect(s.status).toBe(503);
  expect(s.body).toMatchObject({ code: 'database_unavailable', message: expect.stringMatching(/database is unavailable/) });
  expect(JSON.stringify(s.body)).not.toMatch(/\n\s+at /); // no stack trace
  const q = await get(`/api/search?q=${encodeURIComponent('推进会')}`);
  downLatency[`${label} search`] = q.ms;
  expect(q.status).toBe(503);
  // Issue 16: every data route answers 503 within 2 s (they took 15–33 s), the console too.
  for (const [path, init] of DATA_ROUTES) {
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`, init);
    const ms = Math.round(performance.now() - t0);
    downLatency[`${label} ${init?.method ?? 'GET'} ${path.split('?')[0]}`] = ms;
    expect([res.status, path]).toEqual([503, path]);
    expect(((await res.json()) as { code: string }).code).toBe('database_unavailable');
    expect(ms, path).toBeLessThan(2_000);
  }
  expect(server.exitCode).toBeNull();
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
/** Every route that reads the database (the write routes need a key, which this server has not). */
const DATA_ROUTES: Array<[string, RequestInit?]> = [
  ['/api/stats'], ['/api/search?q=x'], ['/api/entities/e1'], ['/api/graph/overview'], ['/api/graph/neighborhood?id=e1'],
  ['/api/graph/paths?from=e1&to=e2'], ['/api/people/e1/timeline'], ['/api/projects/e1/history'], ['/api/meetings/attendance'],
  ['/api/articles'], ['/api/articles/a1'], ['/api/export?format=json'], ['/api/export?format=csv&id=e1'],
  ['/api/cypher', json({ query: 'MATCH (n) RETURN count(n)' })],
];

async function expectBack(label: string, statsBefore: unknown): Promise<void> {
  const t0 = performance.now();
  await until(async () => (await get('/api/health')).status === 200, 120_000);
  downLatency[`${label}: 200 again after Neo4j was ready`] = Math.round(performance.now() - t0);
  const s = await get('/api/stats');
  expect(s.status).toBe(200);
  expect(s.body).toEqual(statsBefore);
  expect(server.exitCode).toBeNull();
}

describe('the API rides out a Neo4j outage', () => {
  let stats: unknown;

  it('answers 200 while the database is up', async () => {
    expect((await get('/api/health')).status).toBe(200);
    const s = await get('/api/stats');
    expect(s.status).toBe(200);
    stats = s.body;
    expect(JSON.stringify(stats)).toMatch(/Article/);
  });

  it('answers 503 with a clear message after a clean stop, and 200 again after a start', async () => {
    await db.stop();
    await expectDown('stopped');
    await db.start();
    await expectBack('stopped', stats);
  }, 240_000);

  it('answers 503 after the database is killed (SIGKILL), and 200 again with all data after a start', async () => {
    const pid = localNeo4jStatus(db.home).pid!;
    process.kill(pid, 'SIGKILL'); // our own Neo4j, by its pid
    await until(async () => !localNeo4jStatus(db.home).running, 30_000);
    await expectDown('killed');
    await db.start();
    await expectBack('killed', stats);
  }, 240_000);

  it('the CLI retries with backoff, then gives up with one clear line (no stack trace)', async () => {
    await db.stop();
    const out = join(dir, 'x.jsonl');
    const t0 = performance.now();
    const r = await run('npx', ['tsx', 'server/cli.ts', 'export', '--out', out], { env: env() })
      .catch((e: { code: number; stdout: string; stderr: string }) => e);
    downLatency['cli export gave up'] = Math.round(performance.now() - t0);
    expect(r).toMatchObject({ code: 1 });
    const stderr = (r as { stderr: string }).stderr;
    expect(stderr).toMatch(/trying again in 1 s/);
    expect(stderr).toMatch(/baoxun: export: cannot use NEO4J_URI=.*\(gave up after 5 attempts\)/);
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    await db.start();
    const counts = await (async () => {
      const { Executor } = await import('../../server/graph/executor.js');
      const ex = new Executor(db.conn);
      try {
        return await countsOf(ex);
      } finally {
        await ex.close();
      }
    })();
    expect(counts['node:Article']).toBe(3);
  }, 240_000);
});
