// An import that fails half-way (issue 7), against a real Neo4j of this test's own: a backup
// with a broken line, a duplicate id or a relationship to a missing node in the middle is
// refused before the database is touched; a value Neo4j refuses in the middle (nodes or
// relationships), after earlier batches were committed, leaves the database empty again;
// a database killed mid-import is reported with what is left.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../server/backup/export-graph.js';
import { importGraph } from '../../server/backup/import-graph.js';
import { ingestPaths } from '../../server/ingest.js';
import { localNeo4jStatus } from '../../server/neo4j/connection.js';
import { invented } from '../fixtures/reliability/articles.js';
import { countsOf, dumpGraph, startOwnNeo4j, wipe, type OwnNeo4j } from './backup-own-neo4j.js';

const run = promisify(execFile);
let db: OwnNeo4j;
let dir: string;
let lines: string[];
let before: Awaited<ReturnType<typeof dumpGraph>>;

type Line = { n?: string; r?: string; labels?: string[]; props: Record<string, unknown>; typed?: Array<[string, string]>; from?: [string, string]; to?: [string, string] };
const parsed = () => lines.map((l) => JSON.parse(l) as Line);
/** Indexes (in `lines`) of the node lines and of the relationship lines. */
const nodeIdx = () => parsed().flatMap((l, i) => (l.n ? [i] : []));
const relIdx = () => parsed().flatMap((l, i) => (l.r ? [i] : []));

function writeVariant(name: string, edit: (ls: string[]) => string[]): string {
  const file = join(dir, name);
  writeFileSync(file, edit([...lines]).join('\n') + '\n');
  return file;
}

/** A line with a property whose typed value Neo4j cannot convert (so only Neo4j finds it). */
function badTyped(line: string, type: string): string {
  const l = JSON.parse(line) as Line;
  l.props.broken = 'not-a-value';
  l.typed = [...(l.typed ?? []), ['broken', type]];
  return JSON.stringify(l);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baoxun-importfail-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  for (let i = 0; i < 12; i++) {
    const a = invented(i);
    writeFileSync(join(inputs, a.name), a.text);
  }
  db = await startOwnNeo4j('importfail');
  const sum = await ingestPaths(db.executor, [inputs], { workers: 0, region: '青禾县' });
  expect(sum.failed).toEqual([]);
  before = await dumpGraph(db.executor);
  await exportGraph(db.executor, join(dir, 'good.jsonl'));
  lines = readFileSync(join(dir, 'good.jsonl'), 'utf8').trimEnd().split('\n');
  await wipe(db.executor);
}, 300_000);

afterEach(async () => {
  if (localNeo4jStatus(db.home).running) await wipe(db.executor);
});

afterAll(async () => {
  await db?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('an import that fails half-way', () => {
  it('a broken line, a duplicate id, a relationship to a missing node in the middle: refused before the database is touched', async () => {
    const nodes = nodeIdx();
    const rels = relIdx();
    const midNode = nodes[Math.floor(nodes.length / 2)]!;
    const midRel = rels[Math.floor(rels.length / 2)]!;
    const broken = writeVariant('broken.jsonl', (ls) => (ls.splice(midRel, 1, ls[midRel]!.slice(0, 25)), ls));
    await expect(importGraph(db.executor, broken, { batchSize: 5 })).rejects.toThrow(new RegExp(`line ${midRel + 1} is not JSON`));

    // A second node with the id of another of its key label (end line counts kept right).
    const dup = writeVariant('dup.jsonl', (ls) => {
      const first = JSON.parse(ls[nodes[0]!]!) as Line;
      const twin = JSON.parse(ls[midNode]!) as Line;
      twin.props.id = first.props.id;
      twin.labels = first.labels;
      twin.n = first.n;
      ls[midNode] = JSON.stringify(twin);
      return ls;
    });
    await expect(importGraph(db.executor, dup, { batchSize: 5 })).rejects.toThrow(new RegExp(`line ${midNode + 1}: a second \\w+ node with id`));

    const dangling = writeVariant('dangling.jsonl', (ls) => {
      const r = JSON.parse(ls[midRel]!) as Line;
      r.to = [r.to![0], 'no-such-node'];
      ls[midRel] = JSON.stringify(r);
      return ls;
    });
    await expect(importGraph(db.executor, dangling, { batchSize: 5 })).rejects.toThrow(new RegExp(`line ${midRel + 1}: a \\w+ relationship to \\w+ no-such-node, which is not in the backup`));

    expect(await countsOf(db.executor)).toEqual({});
  });

  it('Neo4j refuses a node value half-way (earlier batches committed): everything written is removed again', async () => {
    const nodes = nodeIdx();
    const at = nodes[Math.floor((nodes.length * 2) / 3)]!;
    const file = writeVariant('bad-node.jsonl', (ls) => (ls.splice(at, 1, badTyped(ls[at]!, 'DATE NOT NULL')), ls));
    let written = 0;
    const err = await importGraph(db.executor, file, { batchSize: 5, progress: (d) => (written = d.nodes) }).catch((e: Error) => e);
    console.log(`bad node value at line ${at + 1}: ${(err as Error).message}`);
    expect(written).toBeGreaterThan(0); // batches before the bad one were committed…
    expect((err as Error).message).toMatch(new RegExp(`the import failed after writing ${written} of ${nodes.length} nodes and 0 of ${relIdx().length} relationships: .*they were removed again, the database is empty as before`));
    expect(await countsOf(db.executor)).toEqual({}); // …and removed again
  });

  it('Neo4j refuses a relationship value half-way, from the command line: one line, exit 1, database empty', async () => {
    const rels = relIdx();
    const at = rels[Math.floor(rels.length / 2)]!;
    const file = writeVariant('bad-rel.jsonl', (ls) => (ls.splice(at, 1, badTyped(ls[at]!, 'DURATION NOT NULL')), ls));
    const env = { ...process.env, NEO4J_URI: db.conn.uri, NEO4J_USER: db.conn.user, NEO4J_PASSWORD: db.conn.password };
    const r = await run(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'import', file], { env }).catch((e: { code: number; stderr: string }) => e);
    console.log(`bad relationship value at line ${at + 1} (CLI): ${(r as { stderr: string }).stderr.trim()}`);
    expect(r).toMatchObject({ code: 1 });
    const stderr = (r as { stderr: string }).stderr.trim();
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^baoxun: import: the import failed after writing \d+ of \d+ nodes and \d+ of \d+ relationships: .*they were removed again, the database is empty as before$/);
    expect(await countsOf(db.executor)).toEqual({});
    // The good file still imports whole afterwards.
    await importGraph(db.executor, join(dir, 'good.jsonl'));
    expect(await dumpGraph(db.executor)).toEqual(before);
  }, 120_000);

  it('the database killed mid-import: the error says the import stopped and part of it is left', async () => {
    let killed = false;
    const err = await importGraph(db.executor, join(dir, 'good.jsonl'), {
      batchSize: 5,
      progress: (d) => {
        if (killed || d.nodes < 20) return;
        killed = true;
        process.kill(localNeo4jStatus(db.home).pid!, 'SIGKILL'); // our own Neo4j, by its pid
      },
    }).catch((e: Error) => e);
    console.log(`Neo4j killed mid-import: ${(err as Error).message}`);
    expect(killed).toBe(true);
    expect((err as Error).message).toMatch(/the import failed after writing \d+ of \d+ nodes .*removing them failed too .*the database holds part of the backup — empty it before importing again/);
    await db.start();
    const left = await countsOf(db.executor);
    console.log(`after a restart the database holds ${JSON.stringify(left)}`);
    expect(left['node:Article'] ?? 0).toBeLessThan(before.nodes.length);
  }, 300_000);
});
