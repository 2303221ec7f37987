// Writes that must leave exactly the graph of one run (issues 12 and 16), on a Neo4j of this
// test's own: two ingests of overlapping folders at once, 20 simultaneous POSTs of one article,
// one article through the CLI and through the API; and the front page drawn from distinct facts
// on a generated 3,000-article graph (at least 100 edges among 150 nodes, none twice).
// Corpus from server/corpus (invented names); the uploaded article is written for this test.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateArticleResponse, Overview } from '../../model/api.schema.js';
import { createApp } from '../../server/api/app.js';
import { corpusRegion } from '../../server/corpus/cast.js';
import { generateCorpus } from '../../server/corpus/generate.js';
import { Executor } from '../../server/graph/executor.js';
import { applySchema } from '../../server/graph/schema.js';
import { ingestPaths } from '../../server/ingest.js';
import { dumpGraph, startOwnNeo4j, wipe, type OwnNeo4j } from './backup-own-neo4j.js';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../..');
const KEY = 'concurrency-writes-key';
const ARTICLES = 3000;

let db: OwnNeo4j;
let other: Executor;
let server: Server;
let base: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baoxun-conc-writes-'));
  db = await startOwnNeo4j('conc-writes');
  await applySchema(db.executor);
  other = new Executor(db.conn);
  const app = createApp({ executor: db.executor, config: { rateLimitPerMinute: 1_000_000, apiKey: KEY } });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await other?.close();
  await db?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The graph as sorted JSON lines, without Article.source (overlapping folders give one article two paths; either may win). */
async function graph(ex: Executor): Promise<{ nodes: string[]; rels: string[] }> {
  const g = await dumpGraph(ex);
  return { nodes: g.nodes.map((n) => n.replace(/"source":"[^"]*",?/, '')), rels: g.rels };
}

/** Relationships that exist more than once: facts per (type, ends, article, offsets, as), MENTIONS per (article, entity), LINKs per key. */
async function duplicates(ex: Executor): Promise<Record<string, number>> {
  const q = async (cypher: string) => Number((await ex.readWith((tx) => tx.run(cypher))).records[0]!.get('n'));
  return {
    facts: await q(`MATCH (a)-[r]->(b) WHERE r.article IS NOT NULL AND type(r) <> 'MENTIONS'
      WITH a, b, type(r) AS t, r.article AS art, r.start AS s, r.end AS e, r.as AS as, count(*) AS c WHERE c > 1 RETURN count(*) AS n`),
    mentions: await q(`MATCH (a:Article)-[m:MENTIONS]->(e) WITH a, e, count(m) AS c WHERE c > 1 RETURN count(*) AS n`),
    links: await q(`MATCH (a)-[l:LINK]->(b) WITH a, b, l.type AS t, count(l) AS c WHERE c > 1 RETURN count(*) AS n`),
    articles: await q(`MATCH (a:Article) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n`),
  };
}

/** LINK counts that differ from the facts they sum up. */
async function staleLinks(ex: Executor): Promise<number> {
  const res = await ex.readWith((tx) => tx.run(`MATCH (a)-[l:LINK]->(b)
    WITH a, b, l, COUNT { MATCH (a)-[r]->(b) WHERE type(r) = l.type } AS facts
    WHERE facts <> l.count RETURN count(*) AS n`));
  return Number(res.records[0]!.get('n'));
}

describe('two ingests of overlapping folders at once', () => {
  it('leave no duplicate and the graph one run gives; the front page then draws distinct facts', async () => {
    const all = join(dir, 'all');
    await generateCorpus({ articles: ARTICLES, out: all, seed: 16 });
    const files = readdirSync(all).filter((f) => f.endsWith('.txt')).sort();
    // Two folders sharing the middle third of the files.
    const [a, b] = [join(dir, 'a'), join(dir, 'b')];
    mkdirSync(a);
    mkdirSync(b);
    const third = Math.floor(files.length / 3);
    for (const f of files.slice(0, 2 * third)) copyFileSync(join(all, f), join(a, f));
    for (const f of files.slice(third)) copyFileSync(join(all, f), join(b, f));

    const opts = { region: corpusRegion, workers: 1, batchSize: 100, schemaApplied: true };
    const [sa, sb] = await Promise.all([ingestPaths(db.executor, [a], opts), ingestPaths(other, [b], opts)]);
    console.log(`overlapping ingests: ${sa.written} + ${sb.written} written, ${sa.unchanged} + ${sb.unchanged} unchanged, in ${sa.seconds.toFixed(1)} / ${sb.seconds.toFixed(1)} s`);
    expect([...sa.failed, ...sb.failed]).toEqual([]);
    expect(await duplicates(db.executor)).toEqual({ facts: 0, mentions: 0, links: 0, articles: 0 });
    expect(await staleLinks(db.executor)).toBe(0);
    const concurrent = await graph(db.executor);

    // The same folders, one after the other, into an empty graph.
    await wipe(db.executor);
    await ingestPaths(db.executor, [a], opts);
    await ingestPaths(db.executor, [b], opts);
    const sequential = await graph(db.executor);
    expect(concurrent.nodes.length).toBe(sequential.nodes.length);
    expect(concurrent.rels.length).toBe(sequential.rels.length);
    expect(concurrent).toEqual(sequential);

    // Issue 12: the overview's edge limit applied to per-article copies drew 21 edges here.
    const res = await fetch(`${base}/api/graph/overview?limit=150`);
    const body = Overview.parse(await res.json());
    const edges = body.elements.edges.map((e) => e.data);
    console.log(`overview of ${ARTICLES} articles: ${body.elements.nodes.length} nodes, ${edges.length} edges`);
    expect(body.elements.nodes).toHaveLength(150);
    expect(edges.length).toBeGreaterThanOrEqual(100);
    expect(new Set(edges.map((e) => `${e.source}|${e.type}|${e.target}`)).size).toBe(edges.length);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  }, 1_200_000);
});

// Written for this test (invented county and people).
const ARTICLE = {
  title: '柳川县召开秋季防火工作会议',
  published: '2024-10-09',
  region: '柳川县',
  text: '本报讯 10月9日上午，柳川县召开秋季防火工作会议。县委副书记、县长江明远主持会议并讲话，副县长孟书言、县应急管理局局长钟亦凡出席会议。\n' +
    '江明远强调，要压实各方责任，确保全县森林防火形势平稳。孟书言就具体工作作了部署。（记者 顾晓岚）',
};

async function post(body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${base}/api/articles`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY }, body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe('the same article posted 20 times at once', () => {
  it('is stored once, as one post stores it', async () => {
    await wipe(db.executor);
    const one = await post(ARTICLE);
    expect(one.status).toBe(201);
    const single = await graph(db.executor);
    expect(single.rels.length).toBeGreaterThan(5);

    await wipe(db.executor);
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(ARTICLE)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    for (const a of answers) expect(CreateArticleResponse.parse(a.body).articles).toHaveLength(1);
    expect(await duplicates(db.executor)).toEqual({ facts: 0, mentions: 0, links: 0, articles: 0 });
    expect(await graph(db.executor)).toEqual(single);
  }, 300_000);
});

describe('one article through the CLI and through the API', () => {
  it('gives the same graph', async () => {
    const file = join(dir, 'liuchuan-2024-10-09.json');
    writeFileSync(file, JSON.stringify({ ...ARTICLE, source: file }));
    await wipe(db.executor);
    const env = {
      ...process.env, NEO4J_URI: db.conn.uri, NEO4J_USER: db.conn.user, NEO4J_PASSWORD: db.conn.password,
      BAOXUN_HOME: join(dir, 'cli-home'),
    };
    const cli = await run(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'ingest', file, '--region', ARTICLE.region, '--no-progress', '--no-journal'], { cwd: repo, env });
    expect(cli.stdout).toMatch(/written 1 \(0 replaced\)/);
    const viaCli = await dumpGraph(db.executor);

    await wipe(db.executor);
    const api = await post({ ...ARTICLE, source: file });
    expect(api.status).toBe(201);
    const viaApi = await dumpGraph(db.executor);
    expect(viaApi.nodes.length).toBe(viaCli.nodes.length);
    expect(viaApi).toEqual(viaCli);
  }, 300_000);
});
