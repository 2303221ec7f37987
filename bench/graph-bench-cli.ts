/**
 * The `bench ingest` and `bench query` subcommands (registered by
 * server/commands/bench.command.ts). Each runs on a Neo4j of its own (bench-db.ts).
 */
import type { Command } from 'commander';
import { UserError } from '../server/cli-errors.js';
import { runIngestBench } from './ingest.bench.js';
import { runQueryBench } from './query.bench.js';

const say = (line: string) => process.stderr.write(`baoxun bench: ${line}\n`);

function int(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UserError(`${name} must be an integer ≥ ${min}, not ${v}`);
  return n;
}

const fmt = (x: number) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(2)) : String(x));

export function registerIngestBench(bench: Command): void {
  bench
    .command('ingest')
    .description('ingest N generated articles into an empty Neo4j of its own: articles/s, writes/s, ceiling_ratio, naive_ratio')
    .option('--articles <n>', 'generated articles', '5000')
    .option('--workers <n>', 'extraction threads (default: one fewer than the cores)')
    .option('--batch-size <n>', 'articles per write transaction', '500')
    .option('--naive-articles <n>', 'articles whose facts the naive MERGE loop writes', '150')
    .option('--rounds <n>', 'alternated rounds of ingest and write ceiling; the best of each is reported', '3')
    .option('--json', 'print JSON')
    .action(async (o: { articles: string; workers?: string; batchSize: string; naiveArticles: string; rounds: string; json?: boolean }) => {
      const r = await runIngestBench({
        articles: int('--articles', o.articles, 1), workers: int('--workers', o.workers, 0),
        batchSize: int('--batch-size', o.batchSize, 1), naiveArticles: int('--naive-articles', o.naiveArticles, 1), rounds: int('--rounds', o.rounds, 1), log: say,
      });
      if (o.json) return console.log(JSON.stringify(r));
      for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(22)} ${typeof v === 'number' ? fmt(v) : typeof v === 'string' ? v : JSON.stringify(v)}`);
    });
}

export function registerQueryBench(bench: Command): void {
  bench
    .command('query')
    .description('query latency p50/p95 (search, two-hop, tenure, attendance …) on a generated graph in a Neo4j of its own')
    .option('--articles <n>', 'generated articles in the graph', '20000')
    .option('--runs <n>', 'timed runs per query', '200')
    .option('--json', 'print JSON')
    .action(async (o: { articles: string; runs: string; json?: boolean }) => {
      const r = await runQueryBench({ articles: int('--articles', o.articles, 1), runs: int('--runs', o.runs, 1), log: say });
      if (o.json) console.log(JSON.stringify(r));
      else {
        console.log(`graph: ${r.articles} articles, ${r.nodes} nodes, ${r.relationships} relationships (built in ${fmt(r.build_seconds)} s)`);
        for (const q of r.queries) console.log(`${q.name.padEnd(20)} p50 ${fmt(q.p50_ms)} ms   p95 ${fmt(q.p95_ms)} ms   (${q.runs} runs)`);
      }
      // A query that failed has no timing: say so in the exit status, not only as NaN in the table.
      const failed = r.queries.filter((q) => q.error);
      if (failed.length > 0) throw new Error(`bench query: ${failed.map((q) => `${q.name} failed (${q.error})`).join('; ')}`);
    });
}
