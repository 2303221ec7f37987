import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from '../config.js';

/** `$BAOXUN_HOME` (default `./.baoxun`) as an absolute path; an explicit home wins. */
export function resolveHome(home?: string): string {
  return resolve(home ?? config().local.home ?? '.baoxun');
}

/** The Bolt port for a new local Neo4j: explicit, else `BAOXUN_NEO4J_PORT`, else 7687. */
export function resolvePort(port?: number): number {
  const p = port ?? config().local.port;
  if (!Number.isInteger(p) || p < 1 || p > 65535) throw new Error(`invalid Neo4j port: ${String(port)}`);
  return p;
}

/** The files the local Neo4j keeps in its home; the launcher writes `password`, we write the rest. */
export function localFiles(home: string) {
  return {
    store: join(home, 'neo4j'),
    pid: join(home, 'neo4j.pid'),
    port: join(home, 'neo4j.port'),
    log: join(home, 'neo4j.log'),
    password: join(home, 'neo4j-password'),
    startLock: join(home, 'neo4j.start.lock'),
  };
}

/**
 * The checkout's `neo4j-local/` Maven module, found by walking up from this file, so it works
 * from the sources (tsx, vitest) and from the compiled `dist/server/neo4j/` alike.
 */
export function launcherDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'neo4j-local');
    if (existsSync(join(candidate, 'pom.xml'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find neo4j-local/pom.xml above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}
