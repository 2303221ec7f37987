/**
 * vitest globalSetup for the `int` and `e2e` projects: gives the tests a real Neo4j.
 * NEO4J_URI set → that server is used as it is. Otherwise a local Neo4j with its own home
 * (BAOXUN_TEST_HOME, default <repo>/.baoxun-test) and port (BAOXUN_TEST_NEO4J_PORT, default
 * 7688), never the user's graph. The connection reaches the workers through process.env
 * (NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, so `ensureNeo4j()` in a test finds it) and through
 * `inject('neo4j')`. See test/setup/README.md.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensureNeo4j, stopLocalNeo4j } from '../../server/neo4j/connection.js';
import { withFileLock } from '../../server/neo4j/file-lock.js';
import { pidExists } from '../../server/neo4j/process-utils.js';

/** The Neo4j the tests run against, as `inject('neo4j')` returns it. */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** The home of the local test Neo4j; undefined when NEO4J_URI was given. */
  localHome?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const repo = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    const c = await ensureNeo4j();
    project.provide('neo4j', { uri: c.uri, user: c.user, password: c.password, database: c.database });
    return undefined;
  }
  const home = process.env.BAOXUN_TEST_HOME ?? join(repo, '.baoxun-test');
  const port = Number(process.env.BAOXUN_TEST_NEO4J_PORT ?? 7688);
  const leases = join(home, 'test-leases');
  const lock = join(home, 'test-leases.lock');
  mkdirSync(leases, { recursive: true });

  // Several vitest runs may share the test home (engineers in one checkout, or the int and
  // e2e projects in one run): each holds a lease, and the last one out stops Neo4j.
  const c = await withFileLock(lock, 10 * 60_000, async () => {
    writeFileSync(join(leases, String(process.pid)), '');
    return ensureNeo4j({ home, port, local: true, log: (l) => console.error(`[neo4j test setup] ${l}`) });
  });
  process.env.NEO4J_URI = c.uri;
  process.env.NEO4J_USER = c.user;
  process.env.NEO4J_PASSWORD = c.password;
  project.provide('neo4j', { uri: c.uri, user: c.user, password: c.password, database: c.database, localHome: home });

  return async () => {
    await withFileLock(lock, 10 * 60_000, async () => {
      rmSync(join(leases, String(process.pid)), { force: true });
      const others = readdirSync(leases).filter((f) => pidExists(Number(f)));
      if (others.length === 0) await stopLocalNeo4j(home);
    });
    for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD'] as const) delete process.env[k];
  };
}
