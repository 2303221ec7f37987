// Resumable ingest against a real Neo4j of this test's own (issue 7): a CLI ingest killed with
// SIGKILL mid-run, then run again with the same command, ends with exactly the graph of an
// uninterrupted run (same nodes, relationships and properties; no duplicates, nothing lost).
// Also: the same after the DATABASE is killed mid-ingest (the CLI must fail with one clear
// line, not hang or crash), restarted, and the ingest run again.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../server/corpus/generate.js';
import { localNeo4jStatus } from '../../server/neo4j/connection.js';
import { countsOf, dumpGraph, startOwnNeo4j, wipe, type OwnNeo4j } from './backup-own-neo4j.js';

const run = promisify(execFile);
const ARTICLES = 1200;
let db: OwnNeo4j;
let dir: string;
let corpus: string;
let region: string;
let clean: Awaited<ReturnType<typeof dumpGraph>>;
let cleanCounts: Record<string, number>;

function env(home: string): NodeJS.ProcessEnv {
  return { ...process.env, BAOXUN_HOME: home, NEO4J_URI: db.conn.uri, NEO4J_USER: db.conn.user, NEO4J_PASSWORD: db.conn.password };
}
const cli = (args: string[]) => ['--import', 'tsx', 'server/cli.ts', 'ingest', corpus, '--region', region, '--no-progress', '--json', ...args];

async function articles(): Promise<number> {
  return (await countsOf(db.executor))['node:Article'] ?? 0;
}

/** Starts a CLI ingest and SIGKILLs it once `atArticles` articles are in the graph. */
async function ingestKilledAt(home: string, atArticles: number): Promise<number> {
  const child = spawn(process.execPath, cli([]), { env: env(home), stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  for (;;) {
    const n = await articles();
    if (n >= atArticles) break;
    if (child.exitCode !== null) throw new Error(`the ingest ended (${child.exitCode}) before ${atArticles} articles`);
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL'); // our own child, by its handle
  await exited;
  return articles();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baoxun-resume-'));
  corpus = join(dir, 'corpus');
  region = (await generateCorpus({ articles: ARTICLES, out: corpus, seed: 7, pages: 0.2 })).region;
  db = await startOwnNeo4j('resume');
  // The reference: one uninterrupted run (no journal).
  const r = await run(process.execPath, cli(['--no-journal']), { env: env(join(dir, 'home-clean')), maxBuffer: 64 << 20 });
  expect(JSON.parse(r.stdout)).toMatchObject({ failed: [] });
  clean = await dumpGraph(db.executor);
  cleanCounts = await countsOf(db.executor);
  await wipe(db.executor);
}, 600_000);

afterAll(async () => {
  await db?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('resumable ingest', () => {
  it('kill -9 of the CLI mid-run, rerun: the graph of an uninterrupted run', async () => {
    const home = join(dir, 'home-kill');
    const total = cleanCounts['node:Article']!;
    const atKill = await ingestKilledAt(home, Math.floor(total / 3));
    expect(atKill).toBeLessThan(total);
    const r = await run(process.execPath, cli([]), { env: env(home), maxBuffer: 64 << 20 });
    const sum = JSON.parse(r.stdout);
    console.log(`resume after kill -9: ${atKill} of ${total} articles in the graph at the kill; rerun skipped ${sum.skippedInputs} input(s), wrote ${sum.written}, unchanged ${sum.unchanged}`);
    expect(sum.failed).toEqual([]);
    expect(sum.skippedInputs).toBeGreaterThan(0);
    expect(await countsOf(db.executor)).toEqual(cleanCounts);
    expect(await dumpGraph(db.executor)).toEqual(clean);
    await wipe(db.executor);
  }, 600_000);

  let dbKill: { code: number | null; stderr: string } | null = null;

  it('Neo4j killed mid-ingest: the CLI stops (non-zero); after a restart the rerun completes the graph', async () => {
    const home = join(dir, 'home-dbkill');
    const total = cleanCounts['node:Article']!;
    const child = spawn(process.execPath, cli([]), { env: env(home), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    while ((await articles()) < total / 3) await new Promise((r) => setTimeout(r, 200));
    process.kill(localNeo4jStatus(db.home).pid!, 'SIGKILL'); // our own Neo4j, by its pid
    const t0 = performance.now();
    const code = await exited;
    dbKill = { code, stderr };
    console.log(`Neo4j killed mid-ingest: the CLI exited ${code} after ${Math.round((performance.now() - t0) / 1000)} s: ${stderr.trim().split('\n')[0]}`);
    expect(code).not.toBe(0);
    await db.start();
    const r = await run(process.execPath, cli([]), { env: env(home), maxBuffer: 64 << 20 });
    const sum = JSON.parse(r.stdout);
    console.log(`rerun after the database came back: skipped ${sum.skippedInputs} input(s), wrote ${sum.written}, unchanged ${sum.unchanged}`);
    expect(sum.failed).toEqual([]);
    expect(await countsOf(db.executor)).toEqual(cleanCounts);
    expect(await dumpGraph(db.executor)).toEqual(clean);
  }, 600_000);

  // Regression: `baoxun ingest` used to report a lost database as "baoxun: internal error:
  // GraphError: Failed to connect …" with a stack trace and exit code 70.
  it('Neo4j killed mid-ingest: the CLI says so in one clear line, without a stack trace', () => {
    expect(dbKill).not.toBeNull();
    expect(dbKill!.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(dbKill!.stderr).toMatch(/^baoxun: .*(unavailable|ServiceUnavailable|connect)/im);
    expect(dbKill!.code).toBe(1);
  });
});
