/**
 * API load bench (`baoxun bench api`): the real server in a second process on loopback,
 * autocannon with 50 connections for 30 s against /api/search and
 * /api/graph/neighborhood, cycling through names and ids taken from the graph.
 * The graph is N generated articles in a Neo4j of its own (as `bench query`), or,
 * with `--use-current`, the graph that NEO4J_URI / $BAOXUN_HOME points at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { corpusRegion } from '../server/corpus/cast.js';
import { generateCorpus } from '../server/corpus/generate.js';
import { Executor } from '../server/graph/executor.js';
import { ingestPaths } from '../server/ingest.js';
import { ensureNeo4j } from '../server/neo4j/connection.js';
import { UserError } from '../server/cli-errors.js';
import { benchDatabase } from './bench-db.js';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
// autocannon ships no types; this is the part of its API the bench uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface ApiLoadResult {
  endpoint: string;
  connections: number;
  seconds: number;
  requests: number;
  req_per_s: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

export interface ApiLoadOptions {
  articles?: number;
  connections?: number;
  seconds?: number;
  useCurrent?: boolean;
  log?: (line: string) => void;
}

// From the sources (bench/*.ts, run with tsx) or from the build (dist/bench/*.js).
const fromSource = import.meta.url.endsWith('.ts');
const root = fileURLToPath(new URL('..', import.meta.url));
const cliArgs = fromSource ? ['--import', 'tsx', join(root, 'server/cli.ts')] : [join(root, 'server/cli.js')];

/** `baoxun serve --port 0` in a child process; resolves with its URL once it listens. */
function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...cliArgs, 'serve', '--port', '0'], {
    cwd: root, env: { ...process.env, ...env, BAOXUN_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
}

async function load(url: string, endpoint: string, paths: string[], o: Required<Pick<ApiLoadOptions, 'connections' | 'seconds'>>): Promise<ApiLoadResult> {
  let i = 0;
  const r = await autocannon({
    url, connections: o.connections, duration: o.seconds,
    requests: [{ method: 'GET', path: paths[0], setupRequest: (req: Record<string, unknown>) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  return {
    endpoint, connections: o.connections, seconds: r.duration, requests: r.requests.total,
    req_per_s: Math.round(r.requests.average), p50_ms: r.latency.p50, p99_ms: r.latency.p99, max_ms: r.latency.max,
    errors: r.errors, non2xx: r.non2xx, timeouts: r.timeouts,
  };
}

/** Builds (or finds) the graph, starts the server in a child process and runs both loads. */
export async function runApiLoadBench(o: ApiLoadOptions = {}): Promise<ApiLoadResult[]> {
  const log = o.log ?? (() => {});
  const opts = { connections: o.connections ?? 50, seconds: o.seconds ?? 30 };
  const cleanup: Array<() => Promise<unknown>> = [];
  try {
    let executor: Executor;
    let env: NodeJS.ProcessEnv;
    if (o.useCurrent) {
      const conn = await ensureNeo4j({ log });
      executor = new Executor(conn);
      cleanup.push(() => executor.close());
      env = { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password };
    } else {
      const db = await benchDatabase(log);
      cleanup.push(() => db.close());
      executor = db.executor;
      const dir = await mkdtemp(join(tmpdir(), 'baoxun-api-bench-'));
      cleanup.unshift(() => rm(dir, { recursive: true, force: true }));
      const n = o.articles ?? 20_000;
      await generateCorpus({ articles: n, out: dir, seed: 3 });
      log(`building a graph of ${n} generated articles`);
      const sum = await ingestPaths(executor, [dir], { region: corpusRegion, schemaApplied: true, batchSize: 200 });
      log(`built in ${sum.seconds.toFixed(0)} s (${sum.written} articles, ${sum.nodesCreated} nodes, ${sum.relsCreated} relationships)`);
      env = { NEO4J_URI: db.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: readFileSync(join(db.home, 'neo4j-password'), 'utf8').trim() };
    }
    const samples = (await executor.read('api/bench-samples', { limit: 300 })).records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string }));
    if (samples.length === 0) throw new UserError('the graph has no people, places or organisations to query');
    const server = await startServer(env);
    cleanup.unshift(async () => { server.child.kill('SIGTERM'); });
    log(`server ${server.url}; ${samples.length} sample entities; ${opts.connections} connections × ${opts.seconds} s per endpoint`);
    // Search by the first two characters of names (prefix + full-text) and by whole names.
    const search = samples.flatMap((s) => [s.name, s.name.slice(0, 2)]).map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`);
    const hood = samples.map((s) => `/api/graph/neighborhood?id=${encodeURIComponent(s.id)}&limit=100`);
    const results = [await load(server.url, 'search', search, opts)];
    results.push(await load(server.url, 'neighborhood', hood, opts));
    return results;
  } finally {
    for (const c of cleanup) await c().catch(() => undefined);
  }
}

/** Registers `baoxun bench api` (called from server/commands/bench.command.ts). */
export function registerApiLoadBench(bench: Command): void {
  bench
    .command('api')
    .description('HTTP load on /api/search and /api/graph/neighborhood (autocannon, server in a second process): req/s, p99, errors')
    .option('--articles <n>', 'generated articles in a Neo4j of its own', '20000')
    .option('--connections <n>', 'concurrent connections', '50')
    .option('--seconds <n>', 'duration per endpoint', '30')
    .option('--use-current', 'load the current graph (NEO4J_URI or $BAOXUN_HOME) instead of a generated one')
    .option('--json', 'print JSON')
    .action(async (o: { articles: string; connections: string; seconds: string; useCurrent?: boolean; json?: boolean }) => {
      const num = (name: string, v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new UserError(`${name} must be a positive integer, not ${v}`);
        return n;
      };
      const results = await runApiLoadBench({
        articles: num('--articles', o.articles), connections: num('--connections', o.connections), seconds: num('--seconds', o.seconds),
        useCurrent: o.useCurrent, log: (l) => process.stderr.write(`baoxun bench: ${l}\n`),
      });
      if (o.json) return console.log(JSON.stringify(results));
      for (const r of results) {
        console.log(`${r.endpoint.padEnd(13)} ${r.req_per_s} req/s  p50 ${r.p50_ms} ms  p99 ${r.p99_ms} ms  max ${r.max_ms} ms  ` +
          `${r.requests} requests in ${r.seconds} s, errors ${r.errors}, non-2xx ${r.non2xx}, timeouts ${r.timeouts}`);
      }
    });
}
