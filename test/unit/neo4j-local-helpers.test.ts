// The parts of the local-Neo4j manager that need no Neo4j: paths, ports, JVM flags, the lock.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withFileLock } from '../../server/neo4j/file-lock.js';
import { jvmArgs } from '../../server/neo4j/local-neo4j.js';
import { launcherDir, resolveHome, resolvePort } from '../../server/neo4j/paths.js';
import { isLocalNeo4jProcess, sleep } from '../../server/neo4j/process-utils.js';

const scratch = mkdtempSync(join(tmpdir(), 'baoxun-helpers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('paths and ports', () => {
  it('makes the home absolute and finds the Maven module', () => {
    expect(isAbsolute(resolveHome('rel/home'))).toBe(true);
    expect(existsSync(join(launcherDir(), 'pom.xml'))).toBe(true);
  });

  it('rejects a port that is not one', () => {
    expect(resolvePort(7701)).toBe(7701);
    expect(() => resolvePort(0)).toThrow(/invalid Neo4j port/);
    expect(() => resolvePort(70000)).toThrow(/invalid Neo4j port/);
  });
});

describe('JVM flags', () => {
  it("carry Neo4j's --add-opens, the home marker and the heap", () => {
    const args = jvmArgs('/h');
    expect(args).toEqual(expect.arrayContaining([
      '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED', '-Dbaoxun.home=/h',
    ]));
    expect(args.filter((a) => a.startsWith('-Xmx'))).toHaveLength(1);
  });
});

describe('process identity', () => {
  it('does not take another program, or a dead pid, for our Neo4j', () => {
    expect(isLocalNeo4jProcess(process.pid, '/some/home')).toBe(false);
    const dead = spawnSync('true').pid!;
    expect(isLocalNeo4jProcess(dead, '/some/home')).toBe(false);
  });
});

describe('withFileLock', () => {
  it('runs one holder at a time', async () => {
    const lock = join(scratch, 'a.lock');
    const events: string[] = [];
    const hold = (name: string) => withFileLock(lock, 5_000, async () => {
      events.push(`${name} in`);
      await sleep(100);
      events.push(`${name} out`);
    });
    await Promise.all([hold('A'), hold('B')]);
    expect(events).toEqual(['A in', 'A out', 'B in', 'B out']);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose owner died', async () => {
    const lock = join(scratch, 'b.lock');
    writeFileSync(lock, String(spawnSync('true').pid));
    await expect(withFileLock(lock, 2_000, async () => 'got it')).resolves.toBe('got it');
  });

  it('times out on a lock a live process holds', async () => {
    const lock = join(scratch, 'c.lock');
    writeFileSync(lock, String(process.pid));
    await expect(withFileLock(lock, 300, async () => 'never')).rejects.toThrow(/timed out waiting for the lock/);
    rmSync(lock);
  });
});
