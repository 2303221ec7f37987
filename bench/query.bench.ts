/**
 * Query benchmark (`baoxun bench query`): builds a graph of N generated articles in a Neo4j
 * of its own (bench-db.ts), then times the queries the explorer and API run — search,
 * neighbourhood, two-hop with a limit, tenure, a person's posts and timeline, attendance —
 * each `runs` times with parameters sampled from the graph, after a warm-up. p50/p95 in ms.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../server/corpus/generate.js';
import { corpusRegion } from '../server/corpus/cast.js';
import type { Executor } from '../server/graph/executor.js';
import { ingestPaths } from '../server/ingest.js';
import { benchDatabase } from './bench-db.js';

export interface QueryTiming {
  name: string;
  /** The cypher/ file it runs. */
  query: string;
  runs: number;
  p50_ms: number;
  p95_ms: number;
  error?: string;
}

export interface QueryBenchResult {
  articles: number;
  nodes: number;
  relationships: number;
  build_seconds: number;
  queries: QueryTiming[];
}

interface Sample {
  person: string;
  name: string;
  post: string;
  scope: string | null;
  date: string;
}

const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The queries and how to fill their parameters from a sample. */
const QUERIES: Array<{ name: string; query: string; params: (s: Sample) => Record<string, unknown> }> = [
  // As the route builds them (server/api/routes/search.routes.ts): the forms of the name in $qs, OR-ed for Lucene.
  { name: 'search', query: 'api/search', params: (s) => ({ q: s.name, qs: [s.name], lucene: `(${s.name})`, ftLimit: 100, types: null, limit: 20 }) },
  {
    name: 'neighbourhood', query: 'api/neighborhood',
    // perNode as the API's first ring (server/api/routes/graph.routes.ts); without it the query fails.
    params: (s) => ({ ids: [s.person], exclude: [], relTypes: null, types: null, from: null, to: null, limit: 50, perNode: 1_000_000 }),
  },
  { name: 'two-hop (limit 100)', query: 'bench/two-hop', params: (s) => ({ id: s.person, limit: 100 }) },
  { name: 'tenure on a date', query: 'tenure/holders-on-date', params: (s) => ({ post: s.post, scope: s.scope, date: s.date, slackDays: 0 }) },
  { name: 'posts of a person', query: 'tenure/posts-of-person', params: (s) => ({ person: s.person }) },
  { name: 'person timeline', query: 'api/person-timeline', params: (s) => ({ id: s.person }) },
  {
    name: 'attendance (90 days)', query: 'api/attendance',
    params: (s) => ({ from: daysBefore(s.date, 90), to: s.date, place: null, org: null, limit: 50 }),
  },
];

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A run that takes longer than this fails the query's measurement (a bad plan, not a latency). */
const TIMEOUT_MS = 10_000;

async function time(ex: Executor, q: (typeof QUERIES)[number], samples: Sample[], runs: number): Promise<QueryTiming> {
  const ms: number[] = [];
  try {
    for (let i = 0; i < Math.min(20, runs); i++) await ex.read(q.query, q.params(samples[i % samples.length]!), TIMEOUT_MS);
    for (let i = 0; i < runs; i++) {
      const params = q.params(samples[(i * 7) % samples.length]!);
      const t = performance.now();
      await ex.read(q.query, params, TIMEOUT_MS);
      ms.push(performance.now() - t);
    }
  } catch (err) {
    return { name: q.name, query: q.query, runs: ms.length, p50_ms: NaN, p95_ms: NaN, error: (err as Error).message.split('\n')[0] };
  }
  ms.sort((a, b) => a - b);
  return { name: q.name, query: q.query, runs, p50_ms: pct(ms, 50), p95_ms: pct(ms, 95) };
}

export async function runQueryBench(o: { articles?: number; runs?: number; log?: (l: string) => void } = {}): Promise<QueryBenchResult> {
  const log = o.log ?? (() => {});
  const n = o.articles ?? 20_000;
  const dir = await mkdtemp(join(tmpdir(), 'baoxun-bench-corpus-'));
  const db = await benchDatabase(log);
  try {
    await generateCorpus({ articles: n, out: dir, seed: 2 });
    log(`building a graph of ${n} generated articles`);
    const sum = await ingestPaths(db.executor, [dir], { region: corpusRegion, schemaApplied: true, batchSize: 200 });
    log(`built in ${sum.seconds.toFixed(0)} s; timing queries`);
    const res = await db.executor.read('bench/sample-ids');
    const samples: Sample[] = res.records.map((r) => r.toObject() as unknown as Sample);
    if (samples.length === 0) throw new Error('the generated graph has no dated posts to query');
    const queries: QueryTiming[] = [];
    for (const q of QUERIES) {
      queries.push(await time(db.executor, q, samples, o.runs ?? 200));
      const last = queries[queries.length - 1]!;
      log(`${q.name}: p50 ${last.p50_ms.toFixed(1)} ms, p95 ${last.p95_ms.toFixed(1)} ms${last.error ? ` (${last.error})` : ''}`);
    }
    return { articles: sum.articles, nodes: sum.nodesCreated, relationships: sum.relsCreated, build_seconds: sum.seconds, queries };
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}
