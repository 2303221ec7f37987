/**
 * The local launcher keeps Neo4j up (issue 16), on a Neo4j of this test's own with a small heap:
 * a query that runs the heap out fails alone (no -XX:+ExitOnOutOfMemoryError: the database
 * answers the next query), and a database process that dies is started again by the
 * launcher's supervisor, with a log line.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFiles } from '../../server/neo4j/paths.js';
import { homeProcesses } from '../../server/neo4j/process-utils.js';
import { startOwnNeo4j, type OwnNeo4j } from './backup-own-neo4j.js';

let db: OwnNeo4j;
const heapBefore = process.env.BAOXUN_NEO4J_HEAP;

async function ask(query: string, timeoutMs = 60_000): Promise<{ ok: true; value: unknown } | { ok: false; code: string }> {
  const session = db.executor.driver.session({ defaultAccessMode: 'READ' });
  try {
    const r = await session.run(query, {}, { timeout: timeoutMs });
    return { ok: true, value: r.records[0]?.get(0) };
  } catch (e) {
    return { ok: false, code: String((e as { code?: string }).code) };
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** The database JVM (the supervisor's child), by its command line. */
function childPid(): number | undefined {
  return homeProcesses(db.home).find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('-Dbaoxun.supervised=true'));
}

beforeAll(async () => {
  process.env.BAOXUN_NEO4J_HEAP = '512m';
  db = await startOwnNeo4j('supervisor');
}, 300_000);
afterAll(async () => {
  if (heapBefore === undefined) delete process.env.BAOXUN_NEO4J_HEAP;
  else process.env.BAOXUN_NEO4J_HEAP = heapBefore;
  await db?.dispose();
});

describe('the local Neo4j', () => {
  it('fails a query that runs the heap out, and answers the next one', async () => {
    const before = childPid();
    expect(before).toBeDefined();
    const r = await ask('RETURN size([x IN range(1, 300000000) | x]) AS n', 120_000);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toMatch(/OutOfMemoryError|MemoryPool/);
    expect(await ask('RETURN 1 AS one')).toEqual({ ok: true, value: 1 });
    expect(childPid()).toBe(before); // the same process: not restarted
  }, 180_000);

  it('is started again by the supervisor when its process dies, with a log line', async () => {
    const child = childPid()!;
    process.kill(child, 'SIGKILL'); // our own Neo4j's database process, by its pid
    const deadline = Date.now() + 240_000;
    let back = false;
    while (!back && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      const r = await ask('RETURN 2 AS two', 5_000);
      back = r.ok && r.value === 2;
    }
    expect(back).toBe(true);
    expect(childPid()).not.toBe(child);
    expect(readFileSync(localFiles(db.home).log, 'utf8')).toMatch(/neo4j-local: Neo4j exited with code 137 after \d+ s; restarting in \d+ s \(restart 1\)/);
  }, 300_000);
});
