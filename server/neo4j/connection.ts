import neo4j from 'neo4j-driver';
import { Neo4jSetupError } from './errors.js';
import { localNeo4jStatus, localPassword, startLocalNeo4j } from './local-neo4j.js';
import { resolveHome } from './paths.js';
import { config } from '../config.js';

export { stopLocalNeo4j, localNeo4jStatus, type LocalNeo4jStatus } from './local-neo4j.js';
export { Neo4jSetupError } from './errors.js';

/** How to reach the Neo4j that baoxun uses. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** `NEO4J_DATABASE`; undefined means the server's default database. */
  database?: string;
  /** True for the local Neo4j of `$BAOXUN_HOME`, false for one given by `NEO4J_URI`. */
  local: boolean;
  /** True when this call started the local Neo4j (so the caller may stop it again). */
  startedNow?: boolean;
  /** The local Neo4j's home, when `local`. */
  home?: string;
}

/**
 * The Neo4j to use, verified with a real Bolt handshake and login.
 * `NEO4J_URI` set → that server (`NEO4J_USER` default 'neo4j', `NEO4J_PASSWORD`); any Neo4j 5
 * (`bolt://`, `neo4j://` clusters, `neo4j+s://` Aura). Otherwise the local Neo4j of
 * `$BAOXUN_HOME` (found again through its pid and port files), started when it is not running
 * (unless `start: false`, which throws instead). `local: true` ignores `NEO4J_URI`.
 *
 * @example const c = await ensureNeo4j(); const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
 */
export async function ensureNeo4j(
  opts: { home?: string; port?: number; start?: boolean; local?: boolean; log?: (line: string) => void } = {},
): Promise<Neo4jConnection> {
  const given = config().neo4j;
  const database = given.database;
  let conn: Neo4jConnection;
  if (given.uri && !opts.local) {
    conn = { uri: given.uri, user: given.user, password: given.password, database, local: false };
  } else {
    const home = resolveHome(opts.home);
    let status = localNeo4jStatus(home);
    let startedNow = false;
    if (!status.running) {
      if (opts.start === false) {
        throw new Neo4jSetupError(`no local Neo4j is running for ${home}; run 'baoxun neo4j start' or set NEO4J_URI`);
      }
      const started = await startLocalNeo4j({ home, port: opts.port, log: opts.log });
      status = started;
      startedNow = started.startedNow;
    }
    conn = { uri: status.uri!, user: 'neo4j', password: localPassword(home), database, local: true, startedNow, home };
  }
  await verify(conn);
  return conn;
}

/** Connects and logs in once, turning driver errors into one clear line. */
export async function verify(conn: Neo4jConnection): Promise<void> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 10_000,
  });
  try {
    await driver.verifyConnectivity({ database: conn.database });
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const where = conn.local ? `the local Neo4j at ${conn.uri} (home ${conn.home})` : `NEO4J_URI=${conn.uri}`;
    throw new Neo4jSetupError(`cannot use ${where} as ${conn.user}: ${err.code ? err.code + ': ' : ''}${err.message}`);
  } finally {
    await driver.close();
  }
}
