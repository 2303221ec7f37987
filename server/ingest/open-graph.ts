/**
 * Opens the graph for a CLI command: the Neo4j of NEO4J_URI or the local one of
 * $BAOXUN_HOME (started when needed), and an Executor over it. `close()` stops a
 * local Neo4j only when this call started it and `stopStarted` is set.
 */
import { ensureNeo4j, stopLocalNeo4j, type Neo4jConnection } from '../neo4j/connection.js';
import { Executor } from '../graph/executor.js';

export interface OpenGraph {
  executor: Executor;
  conn: Neo4jConnection;
  close(): Promise<void>;
}

export async function openGraph(opts: { home?: string; port?: number; stopStarted?: boolean; log?: (l: string) => void } = {}): Promise<OpenGraph> {
  const conn = await ensureNeo4j({ home: opts.home, port: opts.port, log: opts.log });
  const executor = new Executor(conn);
  return {
    executor,
    conn,
    async close() {
      await executor.close();
      if (opts.stopStarted && conn.local && conn.startedNow) await stopLocalNeo4j(conn.home);
    },
  };
}
