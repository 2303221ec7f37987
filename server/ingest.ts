/**
 * read → extract → resolve → write. Inputs are streamed (server/input), articles are
 * extracted on worker threads, resolved against the judgements in the graph, and
 * written in batches (one transaction per batch; server/graph/writer.ts) while the
 * next batch is being extracted. Used by `baoxun ingest`, `baoxun start` and the API.
 */
import { availableParallelism } from 'node:os';
import type { Extraction } from '../model/graph.schema.js';
import type { Executor } from './graph/executor.js';
import { applySchema } from './graph/schema.js';
import { loadJudgements } from './graph/judgements.js';
import { resolveExtraction, type Judgement } from './graph/resolver.js';
import { ProjectIndex } from './graph/project-index.js';
import { addStats, emptyStats, writeBatch, type WriteItem, type WriteStats } from './graph/writer.js';
import { readInputs } from './input/read-files.js';
import { ExtractPool } from './ingest/worker-pool.js';

export interface IngestOptions {
  /** The paper's home jurisdiction (`--region`), e.g. `平湖市`. */
  region?: string | null;
  /** Default publication date (`--published`, YYYY-MM-DD) for inputs that give none. */
  published?: string | null;
  /** Extraction threads; 0 extracts in this thread. Default: all cores. */
  workers?: number;
  /** Articles per write transaction (default 100). */
  batchSize?: number;
  /** Write even articles stored with the same hash. */
  force?: boolean;
  /** Skip applying cypher/schema.cypher (done already by the caller). */
  schemaApplied?: boolean;
  /** Called after each input file and each written batch. */
  onProgress?: (p: IngestProgress) => void;
}

export interface IngestProgress {
  inputs: number;
  articles: number;
  written: number;
  unchanged: number;
  failed: number;
}

export interface IngestSummary {
  inputs: number;
  /** Inputs that gave no article, with the reason (empty file, binary, …). */
  inputErrors: Array<{ source: string; error: string }>;
  warnings: Array<{ source: string; warning: string }>;
  /** Articles read from the inputs. */
  articles: number;
  written: number;
  replaced: number;
  unchanged: number;
  /** Articles that could not be extracted or written, with the reason. */
  failed: Array<{ id: string; source: string; error: string }>;
  nodesCreated: number;
  relsCreated: number;
  nodesDeleted: number;
  relsDeleted: number;
  seconds: number;
  /** Time spent in write transactions (they overlap with extraction). */
  writeSeconds: number;
}

/** Ingests files and directories into the graph; never throws for bad inputs (see the summary). */
export async function ingestPaths(executor: Executor, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  if (!opts.schemaApplied) await applySchema(executor);
  const judgements = await loadJudgements(executor);
  const known = await executor.read('write/project-keys');
  const projects = new ProjectIndex(known.records.map((r) => ({ key: String(r.get('key')), scope: String(r.get('scope')), id: String(r.get('id')) })));
  const region = opts.region ?? null;
  const pool = new ExtractPool(opts.workers ?? availableParallelism());
  const sum: IngestSummary = {
    inputs: 0, inputErrors: [], warnings: [], articles: 0, written: 0, replaced: 0, unchanged: 0, failed: [],
    nodesCreated: 0, relsCreated: 0, nodesDeleted: 0, relsDeleted: 0, seconds: 0, writeSeconds: 0,
  };
  const writer = new BatchWriter(executor, judgements, projects, region, opts);
  const progress = () => opts.onProgress?.({
    inputs: sum.inputs, articles: sum.articles, written: writer.stats.written, unchanged: writer.stats.unchanged,
    failed: sum.failed.length + writer.stats.failed.length,
  });
  writer.onBatch = progress;
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(8, pool.size * 8);
  try {
    for await (const { source, outcome } of readInputs(paths, { published: opts.published ?? null })) {
      sum.inputs++;
      if (!outcome.ok) {
        sum.inputErrors.push({ source, error: outcome.error });
        progress();
        continue;
      }
      for (const w of outcome.warnings) sum.warnings.push({ source, warning: w });
      for (const raw of outcome.articles) {
        sum.articles++;
        while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
        await writer.backpressure();
        const credits = raw.credits.map((c) => c.text);
        const p: Promise<void> = pool
          .extract(raw, region)
          .then((ex) => writer.add(ex, credits))
          .catch((err: Error) => void sum.failed.push({ id: raw.article.id, source, error: `extraction: ${err.message}` }))
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
      }
      progress();
    }
    await Promise.all(inFlight);
    await writer.flush();
  } finally {
    await pool.close();
  }
  const s = writer.stats;
  Object.assign(sum, {
    written: s.written, replaced: s.replaced, unchanged: s.unchanged, nodesCreated: s.nodesCreated,
    relsCreated: s.relsCreated, nodesDeleted: s.nodesDeleted, relsDeleted: s.relsDeleted,
  });
  sum.failed.push(...s.failed);
  sum.seconds = (performance.now() - t0) / 1000;
  sum.writeSeconds = writer.writeMs / 1000;
  progress();
  return sum;
}

/** Collects resolved extractions into batches and writes them one transaction at a time, in order. */
class BatchWriter {
  readonly stats: WriteStats = emptyStats();
  writeMs = 0;
  onBatch: () => void = () => {};
  private batch: WriteItem[] = [];
  private chain: Promise<void> = Promise.resolve();
  private queued = 0;
  private error: unknown = null;
  private readonly size: number;

  constructor(
    private readonly executor: Executor,
    private readonly judgements: Judgement[],
    private readonly projects: ProjectIndex,
    private readonly region: string | null,
    private readonly opts: IngestOptions,
  ) {
    this.size = opts.batchSize ?? 100;
  }

  add(ex: Extraction, credits: string[]): void {
    const resolved = resolveExtraction(ex, { region: this.region, judgements: this.judgements, projects: this.projects });
    this.batch.push({ ex: resolved, extras: { region: this.region, credits } });
    if (this.batch.length >= this.size) this.send();
  }

  /** Waits while two batches are queued, so reading never runs far ahead of Neo4j. */
  async backpressure(): Promise<void> {
    if (this.error) throw this.error;
    while (this.queued >= 2) await this.chain;
  }

  async flush(): Promise<void> {
    if (this.batch.length > 0) this.send();
    await this.chain;
    if (this.error) throw this.error;
  }

  private send(): void {
    const items = this.batch;
    this.batch = [];
    this.queued++;
    this.chain = this.chain.then(async () => {
      try {
        const t = performance.now();
        if (!this.error) addStats(this.stats, await writeBatch(this.executor, items, { force: this.opts.force }));
        this.writeMs += performance.now() - t;
      } catch (err) {
        // Neo4j unreachable (after the driver's retries): stop the run with that reason.
        this.error = err;
      } finally {
        this.queued--;
        this.onBatch();
      }
    });
  }
}
