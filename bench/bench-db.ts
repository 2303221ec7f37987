/**
 * A Neo4j of the benchmark's own: a fresh local Neo4j under a temporary $BAOXUN_HOME on a
 * free port, never the user's graph (NEO4J_URI is ignored on purpose). `close()` stops it
 * and removes its home.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNeo4j, stopLocalNeo4j } from '../server/neo4j/connection.js';
import { Executor } from '../server/graph/executor.js';
import { applySchema } from '../server/graph/schema.js';
import { cypher } from '../server/graph/cypher-files.js';

export interface BenchDb {
  executor: Executor;
  home: string;
  uri: string;
  /** Empties the database (auto-commit, in batches). */
  wipe(): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function benchDatabase(log: (line: string) => void): Promise<BenchDb> {
  const home = await mkdtemp(join(tmpdir(), 'baoxun-bench-'));
  const port = await freePort();
  log(`starting a Neo4j of its own for the benchmark (home ${home}, port ${port})`);
  const conn = await ensureNeo4j({ home, port, local: true, log });
  const executor = new Executor(conn);
  // Ctrl-C or kill during a benchmark: stop its Neo4j and remove its home before leaving.
  const onSignal = (sig: NodeJS.Signals) => {
    void stopLocalNeo4j(home).finally(() => rm(home, { recursive: true, force: true }).finally(() => process.exit(sig === 'SIGINT' ? 130 : 143)));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await applySchema(executor);
  return {
    executor,
    home,
    uri: conn.uri,
    async wipe() {
      const session = executor.driver.session({ database: executor.database });
      try {
        await session.run(cypher('bench/wipe'));
      } finally {
        await session.close();
      }
    },
    async close() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await executor.close();
      await stopLocalNeo4j(home);
      await rm(home, { recursive: true, force: true });
    },
  };
}
