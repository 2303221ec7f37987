/**
 * The ingest pipeline: read → extract → resolve → prepare → write (each stage a function of
 * server/ingest/stages.ts). Inputs are streamed (server/input), articles are extracted on
 * worker threads, resolved against the graph and the judgements, and written in batches (one
 * transaction per batch; server/graph/writer.ts) while the next batch is being extracted.
 * `baoxun ingest` and `baoxun start` run it over files (ingestPaths), `POST /api/articles`
 * over one upload (runPipeline): the same code, so the same graph.
 */
import { availableParallelism } from 'node:os';
import type { Extraction } from '../model/graph.schema.js';
import type { Executor } from './graph/executor.js';
import { applySchema } from './graph/schema.js';
import { storedHashes } from './graph/writer.js';
import type { InputResult } from './input/read-files.js';
import { countSkip, expandPaths, noSkips, type SkipCounts } from './input/expand-paths.js';
import { BatchWriter } from './ingest/batch-writer.js';
import { Journal } from './ingest/journal.js';
import { extractStage, openContext, readStage } from './ingest/stages.js';
import { ExtractPool } from './ingest/worker-pool.js';

export interface IngestOptions {
  /** The paper's home jurisdiction (`--region`), e.g. `平湖市`. */
  region?: string | null;
  /** Default publication date (`--published`, YYYY-MM-DD) for inputs that give none. */
  published?: string | null;
  /** Extraction threads; 0 extracts in this thread. Default: `defaultWorkers()`. */
  workers?: number;
  /** Articles per write transaction (default 500). */
  batchSize?: number;
  /** Write even articles stored with the same hash. */
  force?: boolean;
  /** Skip applying cypher/schema.cypher (done already by the caller). */
  schemaApplied?: boolean;
  /**
   * Journal file for resumable ingest (see server/ingest/journal.ts): inputs fully ingested
   * before and unchanged since are skipped. Off when unset.
   */
  journal?: string;
  /** The page store (server/pdf/page-store.ts): page images of PDF and scanned inputs go there; none when unset. */
  pageImages?: string | null;
  /** Stops reading further inputs (between files); what was read is still written and journaled. */
  signal?: AbortSignal;
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
  /** Inputs skipped because the journal shows them ingested and unchanged. */
  skippedInputs: number;
  /** Files under the given folders that are not articles (other extensions, hidden, empty, symlink loops, links outside). */
  skipped: SkipCounts;
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

/**
 * Extraction threads by default: one core fewer than the machine has, left to this thread
 * (reading, resolving, building rows, the driver's encoding) and to Neo4j when it is local.
 * On the 2-core bench machine one worker ingested 5,000 articles at 424–481 articles/s
 * against 354–381 with two (bench ingest, rounds of 3, alternated).
 */
export const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1);

/** Ingests files and directories into the graph; never throws for bad inputs (see the summary). */
export async function ingestPaths(executor: Executor, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  if (!opts.schemaApplied) await applySchema(executor);
  const journal = opts.journal ? await Journal.open(opts.journal) : null;
  const skipped = { inputs: 0 };
  const todo = journal ? await skipJournaled(executor, journal, paths, skipped) : paths;
  const skips = noSkips();
  const read = readStage(todo, { published: opts.published ?? null, pageImages: opts.pageImages ?? null, signal: opts.signal, onSkip: (source, why) => countSkip(skips, source, why) });
  const sum = await runPipeline(executor, read, { ...opts, journal: journal ?? undefined });
  sum.skippedInputs = skipped.inputs;
  sum.skipped = skips;
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}

/** What runPipeline takes besides IngestOptions: an opened journal, a hook per stored article. */
export interface RunOptions extends Omit<IngestOptions, 'journal'> {
  journal?: Journal;
  /** Called with each article's resolved extraction once it is stored (written or unchanged). */
  onStored?: (ex: Extraction) => void;
}

/**
 * The pipeline (server/ingest/stages.ts) over inputs already read: extract → resolve → prepare →
 * write, with bounded work in flight. `ingestPaths` feeds it files (`baoxun ingest`, `baoxun
 * start`); the API feeds it one upload (server/api/ingest-one.ts), so both give the same graph.
 */
export async function runPipeline(executor: Executor, inputs: AsyncIterable<InputResult>, opts: RunOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const ctx = await openContext(executor, { region: opts.region, force: opts.force });
  const pool = new ExtractPool(opts.workers ?? defaultWorkers());
  const sum: IngestSummary = {
    inputs: 0, skippedInputs: 0, skipped: noSkips(), inputErrors: [], warnings: [], articles: 0, written: 0, replaced: 0, unchanged: 0, failed: [],
    nodesCreated: 0, relsCreated: 0, nodesDeleted: 0, relsDeleted: 0, seconds: 0, writeSeconds: 0,
  };
  const writer = new BatchWriter(ctx, opts.batchSize ?? 500);
  const progress = () => opts.onProgress?.({
    inputs: sum.inputs, articles: sum.articles, written: writer.stats.written, unchanged: writer.stats.unchanged,
    failed: sum.failed.length + writer.stats.failed.length,
  });
  writer.onBatch = progress;
  const inFlight = new Set<Promise<unknown>>();
  const maxInFlight = Math.max(8, pool.size * 8);
  const journal = opts.journal ?? null;
  // Per input: one promise per article (its extraction once stored); the journal records a file once all are.
  let current = null as InputTrack | null;
  const journalWrites: Array<Promise<void>> = [];
  const finish = (c: InputTrack | null) => {
    if (!c || !journal || !c.ok) return;
    const p = Promise.all(c.done).then(async (arts) => {
      if (arts.every((a) => a !== null)) await journal.record(c.source, arts.map((ex) => [ex!.article.id, ex!.article.hash ?? null]));
    });
    journalWrites.push(p);
  };
  try {
    for await (const { source, outcome } of inputs) {
      if (current?.source !== source) {
        finish(current);
        current = { source, done: [], ok: true };
        sum.inputs++;
      }
      if (!outcome.ok) {
        current.ok = false;
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
        // `extracted` settles once the article is queued for writing (bounded in flight);
        // `stored` once its batch is written (for the journal). The box keeps them apart.
        const extracted = extractStage(pool, raw, ctx.region).then(
          (ex) => ({ stored: writer.add(ex, credits) }),
          (err: Error) => {
            sum.failed.push({ id: raw.article.id, source, error: `extraction: ${err.message}` });
            return { stored: Promise.resolve(null) };
          },
        );
        const stored = extracted.then((box) => box.stored).then((ex) => {
          if (ex) opts.onStored?.(ex);
          return ex;
        });
        current.done.push(stored);
        const tracked = extracted.finally(() => inFlight.delete(tracked));
        inFlight.add(tracked);
      }
      progress();
    }
    finish(current);
    await Promise.all(inFlight);
    await writer.flush();
    await Promise.all(journalWrites);
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

interface InputTrack {
  source: string;
  done: Array<Promise<Extraction | null>>;
  ok: boolean;
}

/**
 * The inputs still to read: files the journal shows fully ingested, unchanged on disk, and
 * whose articles the graph still holds with the same hashes are skipped.
 */
async function skipJournaled(executor: Executor, journal: Journal, paths: string[], sum: { inputs: number }): Promise<string[]> {
  const todo: string[] = [];
  const candidates: Array<{ source: string; articles: Array<[string, string | null]> }> = [];
  for await (const f of expandPaths(paths)) {
    if ('skip' in f) continue; // counted when the rest is read
    const e = 'error' in f ? null : await journal.unchanged(f.source);
    if (e) candidates.push({ source: f.source, articles: e.articles });
    else todo.push(f.source);
  }
  for (let i = 0; i < candidates.length; i += 500) {
    const part = candidates.slice(i, i + 500);
    const stored = await storedHashes(executor, part.flatMap((c) => c.articles.map((a) => a[0])));
    for (const c of part) {
      if (c.articles.every(([id, hash]) => stored.has(id) && stored.get(id) === hash)) sum.inputs++;
      else todo.push(c.source);
    }
  }
  return todo;
}
