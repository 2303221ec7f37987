// Backup round trip against a real Neo4j of this test's own (issue 7): ingest a small set
// (the sample page and invented articles), export, wipe, import, and compare the whole
// graph; plus the refusals (non-empty database, truncated or foreign file) and the CLI.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../server/backup/export-graph.js';
import { importGraph } from '../../server/backup/import-graph.js';
import { mergeEntities } from '../../server/graph/judgements.js';
import { ingestPaths } from '../../server/ingest.js';
import { invented } from '../fixtures/reliability/articles.js';
import { countsOf, dumpGraph, startOwnNeo4j, wipe, type OwnNeo4j } from './backup-own-neo4j.js';

const run = promisify(execFile);
let db: OwnNeo4j;
let dir: string;
let before: Awaited<ReturnType<typeof dumpGraph>>;
let beforeCounts: Record<string, number>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baoxun-backup-'));
  const inputs = join(dir, 'in');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(inputs);
  copyFileSync('data/samples/000_691d5f5d717d77e3.txt', join(inputs, '2020-12-28_000.txt'));
  for (let i = 0; i < 12; i++) {
    const a = invented(i);
    writeFileSync(join(inputs, a.name), a.text);
  }
  db = await startOwnNeo4j('backup');
  const sum = await ingestPaths(db.executor, [inputs], { workers: 0, region: '青禾县' });
  expect(sum.failed).toEqual([]);
  expect(sum.written).toBeGreaterThan(12);
  // A judgement, and values JSON cannot carry as they are (a float that looks whole, a date),
  // so the backup's typed properties are exercised too.
  const persons = await db.executor.readWith((tx) => tx.run('MATCH (p:Person) RETURN p.id AS id ORDER BY id LIMIT 2'));
  const [keep, other] = persons.records.map((r) => String(r.get('id')));
  await mergeEntities(db.executor, keep!, [other!], 'backup test');
  await db.executor.writeWith((tx) => tx.run(
    `MATCH (a:Article) WITH a ORDER BY a.id LIMIT 1
     SET a.score = 2.0, a.scores = [1.0, 2.5], a.checked = date('2020-02-29'), a.at = datetime('2021-03-01T08:30:00+08:00')
     WITH a MATCH (a)-[m:MENTIONS]->() WITH m LIMIT 1 SET m.weight = 3.0, m.seen = localdatetime('2021-01-02T03:04:05')`));
  before = await dumpGraph(db.executor);
  beforeCounts = await countsOf(db.executor);
}, 300_000);

afterAll(async () => {
  await db?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('baoxun export / import', () => {
  it('round-trips the whole graph: same nodes, relationships and properties', async () => {
    const file = join(dir, 'graph.jsonl');
    const ex = await exportGraph(db.executor, file, { pageSize: 7 }); // small pages: many page boundaries
    console.log(`backup round trip: ${ex.nodes} nodes, ${ex.relationships} relationships, counts ${JSON.stringify(beforeCounts)}`);
    expect(ex.nodes).toBe(before.nodes.length);
    expect(ex.relationships).toBe(before.rels.length);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'baoxun-backup', version: 1, counts: { nodes: ex.nodes, relationships: ex.relationships } });
    expect(JSON.parse(lines.at(-1)!)).toEqual({ end: true, nodes: ex.nodes, relationships: ex.relationships });
    expect(lines.length).toBe(ex.nodes + ex.relationships + 2);
    expect(beforeCounts['node:Judgement']).toBeGreaterThan(0);
    expect(beforeCounts['rel:MENTIONS']).toBeGreaterThan(0);

    await wipe(db.executor);
    expect(await countsOf(db.executor)).toEqual({});
    const im = await importGraph(db.executor, file, { batchSize: 5 });
    expect(im.mismatches).toEqual([]);
    expect(await countsOf(db.executor)).toEqual(beforeCounts);
    expect(await dumpGraph(db.executor)).toEqual(before);
    // Types JSON alone would lose: the float stays a float, the dates stay dates.
    const t = await db.executor.readWith((tx) => tx.run(
      `MATCH (a:Article) WHERE a.score IS NOT NULL
       MATCH (a)-[m:MENTIONS]->() WHERE m.weight IS NOT NULL
       RETURN valueType(a.score) AS s, valueType(a.scores) AS ss, valueType(a.checked) AS d, valueType(a.at) AS dt,
              toString(a.at) AS at, valueType(m.weight) AS w, valueType(m.seen) AS ldt`));
    expect(t.records[0]?.toObject()).toEqual({
      s: 'FLOAT NOT NULL', ss: 'LIST<FLOAT NOT NULL> NOT NULL', d: 'DATE NOT NULL', dt: 'ZONED DATETIME NOT NULL',
      at: '2021-03-01T08:30:00+08:00', w: 'FLOAT NOT NULL', ldt: 'LOCAL DATETIME NOT NULL',
    });
  });

  it('refuses to import into a database that is not empty, and changes nothing', async () => {
    const file = join(dir, 'graph.jsonl');
    const counts = await countsOf(db.executor);
    expect(Object.keys(counts).length).toBeGreaterThan(0);
    await expect(importGraph(db.executor, file)).rejects.toThrow(/not empty/);
    expect(await countsOf(db.executor)).toEqual(counts);
  });

  it('refuses a truncated, damaged or foreign file before touching the database', async () => {
    const file = join(dir, 'graph.jsonl');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    await wipe(db.executor);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, lines.slice(0, -3).join('\n') + '\n');
    await expect(importGraph(db.executor, bad)).rejects.toThrow(/truncated/);
    writeFileSync(bad, [...lines.slice(0, 3), '{"n":"Entity","labels":', ...lines.slice(3)].join('\n'));
    await expect(importGraph(db.executor, bad)).rejects.toThrow(/line 4 is not JSON/);
    writeFileSync(bad, [lines[0], lines.at(-1)].join('\n').replace('"nodes":', '"nodes":1,"x":') + '\n');
    await expect(importGraph(db.executor, bad)).rejects.toThrow(/end line says/);
    writeFileSync(bad, '{"id":"a1","title":"t"}\n');
    await expect(importGraph(db.executor, bad)).rejects.toThrow(/not a baoxun-backup header/);
    writeFileSync(bad, '');
    await expect(importGraph(db.executor, bad)).rejects.toThrow(/empty/);
    expect(await countsOf(db.executor)).toEqual({});
  });

  it('works from the command line: export writes the file, import restores it and refuses a second time', async () => {
    const file = join(dir, 'graph.jsonl');
    await importGraph(db.executor, file);
    const env = { ...process.env, NEO4J_URI: db.conn.uri, NEO4J_USER: db.conn.user, NEO4J_PASSWORD: db.conn.password };
    const cli = ['tsx', 'server/cli.ts'];
    const out = join(dir, 'cli.jsonl');
    const ex = await run('npx', [...cli, 'export', '--out', out], { env });
    expect(ex.stdout).toMatch(new RegExp(`exported ${before.nodes.length} nodes and ${before.rels.length} relationships`));
    await wipe(db.executor);
    const im = await run('npx', [...cli, 'import', out], { env });
    expect(im.stdout).toMatch(new RegExp(`imported ${before.nodes.length} nodes and ${before.rels.length} relationships`));
    expect(await dumpGraph(db.executor)).toEqual(before);
    const again = await run('npx', [...cli, 'import', out], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(again).toMatchObject({ code: 1, stderr: expect.stringMatching(/^baoxun: import: the database is not empty/) });
  }, 120_000);
});
