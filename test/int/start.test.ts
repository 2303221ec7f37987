/**
 * `baoxun start` (what `npm start` runs), as a user runs it: its own local Neo4j under a
 * fresh $BAOXUN_HOME, the sample page ingested into the empty graph, the explorer served,
 * and Ctrl-C (SIGINT to the process group) stopping the server and that Neo4j again.
 * Runs the built CLI (dist/), which `npm test` builds first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const home = mkdtempSync(join(tmpdir(), 'baoxun-start-'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function startCli(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; ready: Promise<void> } {
  let out = '';
  const child = spawn(process.execPath, [join(repo, 'bin', 'baoxun.js'), 'start'], { cwd: repo, env, detached: true });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('baoxun is running')) { clearInterval(timer); resolve(); }
    }, 200);
    child.once('exit', (code) => { clearInterval(timer); reject(new Error(`start exited ${code}:\n${out}`)); });
  });
  return { child, output: () => out, ready };
}

function neo4jPid(): number | null {
  const file = join(home, 'neo4j.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  try { process.kill(pid, 0); return pid; } catch { return null; }
}

afterAll(() => {
  const pid = neo4jPid();
  if (pid) process.kill(pid, 'SIGKILL');
  rmSync(home, { recursive: true, force: true });
});

describe('baoxun start', () => {
  it('starts a local Neo4j, ingests the samples into an empty graph, serves, and Ctrl-C stops it all', async () => {
    expect(existsSync(join(repo, 'dist', 'server', 'cli.js')), 'run npm run build first').toBe(true);
    const [boltPort, httpPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = { ...process.env, BAOXUN_HOME: home, BAOXUN_NEO4J_PORT: String(boltPort), PORT: String(httpPort) };
    delete env.NEO4J_URI; // the test setup's Neo4j is not the one a user's `npm start` gets
    delete env.NEO4J_PASSWORD;
    delete env.NEO4J_USER;

    const run = startCli(env);
    await run.ready;
    expect(run.output()).toMatch(/empty graph: ingesting .*000_691d5f5d717d77e3\.txt/);
    expect(run.output()).toMatch(/empty graph: ingesting .*jiashan-project-series\.jsonl/);
    const stats = (await (await fetch(`http://127.0.0.1:${httpPort}/api/stats`)).json()) as { nodes: Record<string, number> };
    for (const label of ['Person', 'Place', 'Organization', 'Meeting', 'Project', 'Article']) expect(stats.nodes[label] ?? 0).toBeGreaterThan(0);
    const page = await fetch(`http://127.0.0.1:${httpPort}/`);
    expect(await page.text()).toContain('<html');
    expect(neo4jPid()).not.toBeNull();

    const exited = new Promise<number | null>((resolve) => run.child.once('exit', (code) => resolve(code)));
    process.kill(-run.child.pid!, 'SIGINT'); // what Ctrl-C does: the whole foreground process group
    expect(await exited).toBe(0);
    expect(run.output()).toContain('local Neo4j stopped');
    expect(neo4jPid()).toBeNull();

    // A second start reuses the stored graph instead of ingesting again.
    const again = startCli(env);
    await again.ready;
    expect(again.output()).toMatch(/graph holds 14 article\(s\); not ingesting samples/);
    const done = new Promise<number | null>((resolve) => again.child.once('exit', (code) => resolve(code)));
    process.kill(-again.child.pid!, 'SIGINT');
    expect(await done).toBe(0);
    expect(neo4jPid()).toBeNull();
  }, 300_000);
});
