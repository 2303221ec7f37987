/**
 * A Neo4j of a test's own (reliability tests: backup, outage, bad input, concurrency):
 * a separate home under a temp dir and a free port, so a test may wipe it, stop it and
 * start it again without touching the shared test Neo4j of test/setup.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNeo4j, stopLocalNeo4j, type Neo4jConnection } from '../../server/neo4j/connection.js';
import { Executor } from '../../server/graph/executor.js';

export interface OwnNeo4j {
  home: string;
  port: number;
  conn: Neo4jConnection;
  executor: Executor;
  /** Starts it again after `stop()` (same home, same port, same data). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it, closes the executor and removes the temp home. */
  dispose(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startOwnNeo4j(prefix: string): Promise<OwnNeo4j> {
  const dir = mkdtempSync(join(tmpdir(), `baoxun-${prefix}-`));
  const home = join(dir, 'home');
  const port = await freePort();
  const conn = await ensureNeo4j({ home, port, local: true });
  const own: OwnNeo4j = {
    home, port, conn,
    executor: new Executor(conn),
    async start() {
      await ensureNeo4j({ home, port, local: true });
    },
    async stop() {
      await stopLocalNeo4j(home);
    },
    async dispose() {
      await own.executor.close().catch(() => {});
      await stopLocalNeo4j(home);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return own;
}

/** Every node and relationship, as sorted JSON strings: two graphs are equal when these are. */
export async function dumpGraph(executor: Executor): Promise<{ nodes: string[]; rels: string[] }> {
  return executor.readWith(async (tx) => {
    // valueType too: the driver shows integers and floats alike as JavaScript numbers.
    const n = await tx.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | k + \':\' + valueType(n[k])] AS types');
    const r = await tx.run('MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, [k IN keys(r) | k + \':\' + valueType(r[k])] AS types');
    const canon = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(canon);
      if (v && typeof v === 'object' && v.constructor === Object) {
        return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canon(x)]));
      }
      if (v && typeof v === 'object') return `${v.constructor.name}:${String(v)}`; // temporal values
      return v;
    };
    return {
      nodes: n.records.map((x) => JSON.stringify(canon({ labels: [...(x.get('labels') as string[])].sort(), props: x.get('props'), types: [...(x.get('types') as string[])].sort() }))).sort(),
      rels: r.records.map((x) => JSON.stringify(canon({ ...x.toObject(), types: [...(x.get('types') as string[])].sort() }))).sort(),
    };
  });
}

/** Nodes per label and relationships per type. */
export async function countsOf(executor: Executor): Promise<Record<string, number>> {
  const res = await executor.read('admin/counts');
  return Object.fromEntries(res.records.map((r) => [`${r.get('kind')}:${r.get('name')}`, r.get('count') as number]));
}

/** Removes everything from a test's OWN database (never the shared one). */
export async function wipe(executor: Executor): Promise<void> {
  await executor.writeWith((tx) => tx.run('MATCH (n) DETACH DELETE n'));
}
