// The local Neo4j (neo4j-local/ + server/neo4j/) against the real thing: the instance the
// test setup started, and a second one with its own home and port started here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureNeo4j, localNeo4jStatus, stopLocalNeo4j, type Neo4jConnection } from '../../server/neo4j/connection.js';
import { reloadConfig } from '../../server/config.js';

const given = inject('neo4j');
const open: Driver[] = [];
const connect = (uri: string, user: string, password: string) => {
  const d = neo4j.driver(uri, neo4j.auth.basic(user, password));
  open.push(d);
  return d;
};
afterAll(async () => {
  await Promise.all(open.map((d) => d.close()));
});

describe('the Neo4j of the test setup', () => {
  it('reaches the workers through process.env and inject()', () => {
    expect(given.uri).toMatch(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//);
    expect(process.env.NEO4J_URI).toBe(given.uri);
    expect(process.env.NEO4J_PASSWORD).toBe(given.password);
  });

  it('answers a query with its credentials', async () => {
    const d = connect(given.uri, given.user, given.password);
    const { records } = await d.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition', {}, { database: given.database });
    expect(records[0]?.get('v')).toMatch(/^5\./);
    if (given.localHome) {
      expect(records[0]?.get('v')).toMatch(/^5\.26\./);
      expect(records[0]?.get('edition')).toBe('community');
    }
  });

  it('refuses a wrong password', async () => {
    const d = connect(given.uri, given.user, `${given.password}-wrong`);
    await expect(d.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
  });

  it('ensureNeo4j uses NEO4J_URI as given, and names it when the login fails', async () => {
    expect(await ensureNeo4j()).toMatchObject({ uri: given.uri, local: false });
    const saved = process.env.NEO4J_PASSWORD;
    process.env.NEO4J_PASSWORD = `${given.password}-wrong`;
    // The environment is read once (server/config.ts): read it again with the wrong password.
    reloadConfig();
    try {
      await expect(ensureNeo4j()).rejects.toThrow(
        expect.objectContaining({ name: 'Neo4jSetupError', message: expect.stringMatching(/NEO4J_URI=.*Unauthorized/) }),
      );
    } finally {
      process.env.NEO4J_PASSWORD = saved;
      reloadConfig();
    }
  });

  it.runIf(given.localHome)('is reported running by status, and ensureNeo4j finds it again', async () => {
    const s = localNeo4jStatus(given.localHome);
    expect(s).toMatchObject({ running: true, uri: given.uri });
    const again = await ensureNeo4j({ home: given.localHome, local: true });
    expect(again).toMatchObject({ uri: given.uri, password: given.password, local: true, startedNow: false });
  });
});

describe('a second local Neo4j beside the first', () => {
  // Made in beforeAll, not at collection, so a run that filters these tests out leaves nothing.
  let home = '';
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'baoxun-side-'));
  });
  afterAll(async () => {
    await stopLocalNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  });

  it('treats a stale pid file as not running', async () => {
    writeFileSync(join(home, 'neo4j.pid'), String(process.pid));
    writeFileSync(join(home, 'neo4j.port'), '1');
    expect(localNeo4jStatus(home).running).toBe(false);
    expect(await stopLocalNeo4j(home)).toBe(false);
  });

  // Needs Java and the launcher, which only the local path guarantees.
  it.runIf(given.localHome)('runs side by side with its own port, password and data, and stops cleanly', async () => {
    const port = await freePort();
    const second: Neo4jConnection = await ensureNeo4j({ home, port, local: true });
    expect(second).toMatchObject({ uri: `bolt://127.0.0.1:${port}`, local: true, startedNow: true });
    expect(second.uri).not.toBe(given.uri);
    expect(second.password).not.toBe(given.password);
    expect(localNeo4jStatus(home).running).toBe(true);

    const label = `SideBySide_${process.pid}`;
    await connect(second.uri, second.user, second.password).executeQuery(`CREATE (:${label} {n: 1})`);
    const first = await connect(given.uri, given.user, given.password)
      .executeQuery(`MATCH (n:${label}) RETURN count(n) AS c`, {}, { database: given.database });
    expect(first.records[0]?.get('c').toNumber()).toBe(0);

    expect(await stopLocalNeo4j(home)).toBe(true);
    expect(localNeo4jStatus(home).running).toBe(false);
    // The first one is untouched.
    await connect(given.uri, given.user, given.password).verifyConnectivity();
  }, 240_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}
