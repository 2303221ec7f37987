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
import type { Judgement } from './graph/resolver.js';
import { ProjectIndex } from './graph/project-index.js';
import { PersonIndex } from './graph/person-index.js';
import { resolveBatch } from './graph/person-batch.js';
import { addStats, emptyStats, prepareBatch, storedHashes, writePrepared, type WriteItem, type WriteStats } from './graph/writer.js';
import { readInputs } from './input/read-files.js';
import { ExtractPool } from './ingest/worker-pool.js';
import { Journal } from './ingest/journal.js';
import { BatchGate } from './ingest/batch-gate.js';
import { expandPaths } from './input/expand-paths.js';

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
  const judgements = await loadJudgements(executor);
  const known = await executor.read('write/project-keys');
  const projects = new ProjectIndex(known.records.map((r) => ({ key: String(r.get('key')), scope: String(r.get('scope')), id: String(r.get('id')) })));
  const region = opts.region ?? null;
  const pool = new ExtractPool(opts.workers ?? defaultWorkers());
  const sum: IngestSummary = {
    inputs: 0, skippedInputs: 0, inputErrors: [], warnings: [], articles: 0, written: 0, replaced: 0, unchanged: 0, failed: [],
    nodesCreated: 0, relsCreated: 0, nodesDeleted: 0, relsDeleted: 0, seconds: 0, writeSeconds: 0,
  };
  const writer = new BatchWriter(executor, judgements, projects, region, opts);
  const progress = () => opts.onProgress?.({
    inputs: sum.inputs, articles: sum.articles, written: writer.stats.written, unchanged: writer.stats.unchanged,
    failed: sum.failed.length + writer.stats.failed.length,
  });
  writer.onBatch = progress;
  const inFlight = new Set<Promise<unknown>>();
  const maxInFlight = Math.max(8, pool.size * 8);
  const journal = opts.journal ? await Journal.open(opts.journal) : null;
  const todo = journal ? await skipJournaled(executor, journal, paths, sum) : paths;
  // Per input: one promise per article (true = stored); the journal records a file once all are.
  let current = null as InputTrack | null;
  const journalWrites: Array<Promise<void>> = [];
  const finish = (c: InputTrack | null) => {
    if (!c || !journal || !c.ok) return;
    const p = Promise.all(c.done).then(async (arts) => {
      if (arts.every((a) => a !== null)) await journal.record(c.source, arts as Array<[string, string | null]>);
    });
    journalWrites.push(p);
  };
  try {
    for await (const { source, outcome } of readInputs(todo, { published: opts.published ?? null, signal: opts.signal, pageImages: opts.pageImages ?? null })) {
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
        const extracted = pool.extract(raw, region).then(
          (ex) => {
            try {
              return { stored: writer.add(ex, credits) };
            } catch (err) {
              sum.failed.push({ id: raw.article.id, source, error: `resolve: ${(err as Error).message}` });
              return { stored: Promise.resolve(null) };
            }
          },
          (err: Error) => {
            sum.failed.push({ id: raw.article.id, source, error: `extraction: ${err.message}` });
            return { stored: Promise.resolve(null) };
          },
        );
        current.done.push(extracted.then((box) => box.stored));
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
  done: Array<Promise<[string, string | null] | null>>;
  ok: boolean;
}

/** Collects resolved extractions into batches and writes them one transaction at a time, in order. */
class BatchWriter {
  readonly stats: WriteStats = emptyStats();
  writeMs = 0;
  onBatch: () => void = () => {};
  private batch: Array<WriteItem & { done: (r: [string, string | null] | null) => void }> = [];
  private chain: Promise<void> = Promise.resolve();
  /** Batches are resolved in order, ahead of the write chain (the index knows what earlier batches resolved). */
  private resolving: Promise<unknown> = Promise.resolve();
  private readonly gate = new BatchGate(2);
  /** Ids of the articles sent to the writer in this run. */
  private readonly sent = new Set<string>();
  private error: unknown = null;
  private readonly size: number;
  /** A part of a batch that is sent when the writer is idle (see add). */
  private readonly partSize: number;

  constructor(
    private readonly executor: Executor,
    private readonly judgements: Judgement[],
    private readonly projects: ProjectIndex,
    private readonly region: string | null,
    private readonly opts: IngestOptions,
  ) {
    this.size = opts.batchSize ?? 500;
    this.partSize = Math.ceil(this.size / 5);
    this.persons = new PersonIndex(region);
  }

  /** People seen so far in this run (and loaded from the graph), for person resolution. */
  private readonly persons: PersonIndex;

  /** Resolves a batch against the graph (people: one lookup per batch); failures are reported and left out. */
  private async resolveItems<T extends WriteItem>(items: T[]): Promise<T[]> {
    const ctx = { region: this.region, judgements: this.judgements, projects: this.projects, persons: this.persons };
    const res = await resolveBatch(this.executor, items.map((it) => it.ex), ctx);
    return items.filter((it, i) => {
      const r = res[i]!;
      if (!(r instanceof Error)) return (it.ex = r), true;
      this.stats.failed.push({ id: it.ex.article.id, source: it.ex.article.source, error: `resolve: ${r.message}` });
      return false;
    });
  }

  /** Queues an article; resolves with its (id, hash) once stored (written or unchanged), null when it failed. */
  add(ex: Extraction, credits: string[]): Promise<[string, string | null] | null> {
    // Resolved when its batch is sent (resolveItems): people are looked up once per batch.
    const p = new Promise<[string, string | null] | null>((done) => {
      this.batch.push({ ex, extras: { region: this.region, credits }, done });
    });
    // A full batch goes; so does a part of one (a fifth or more) while the writer has nothing to
    // do, e.g. at the start, when the writer would otherwise wait for a whole batch to be extracted.
    if (this.batch.length >= this.size || (this.gate.idle && this.batch.length >= this.partSize)) this.send();
    return p;
  }

  /** Waits while two batches are queued, so reading never runs far ahead of Neo4j. */
  async backpressure(): Promise<void> {
    if (this.error) throw this.error;
    await this.gate.room();
  }

  async flush(): Promise<void> {
    if (this.batch.length > 0) this.send();
    await this.chain;
    if (this.error) throw this.error;
  }

  private send(): void {
    const items = this.batch;
    this.batch = [];
    this.gate.enter();
    const ready = this.resolving.then(() => this.resolveItems(items));
    this.resolving = ready.catch(() => null); // a failure is reported by the write chain below
    // Prepared (stored hashes read, rows built) while the batch before is written, unless an
    // article of it is in an earlier batch of this run: its stored hash is known only once
    // that batch is written.
    const again = items.some((it) => this.sent.has(it.ex.article.id));
    for (const it of items) this.sent.add(it.ex.article.id);
    const force = { force: this.opts.force };
    const early = again ? null : ready.then((ok) => prepareBatch(this.executor, ok, force));
    early?.catch(() => null); // reported by the write chain below
    this.chain = this.chain.then(async () => {
      try {
        const t = performance.now();
        let failed = new Set<string>(items.map((it) => it.ex.article.id));
        if (!this.error) {
          const ok = await ready;
          const st = await writePrepared(this.executor, await (early ?? prepareBatch(this.executor, ok, force)), force);
          addStats(this.stats, st);
          failed = new Set([...st.failed.map((f) => f.id), ...items.filter((it) => !ok.includes(it)).map((it) => it.ex.article.id)]);
        }
        this.writeMs += performance.now() - t;
        for (const it of items) it.done(failed.has(it.ex.article.id) ? null : [it.ex.article.id, it.ex.article.hash ?? null]);
      } catch (err) {
        // Neo4j unreachable (after the driver's retries): stop the run with that reason.
        this.error = err;
        for (const it of items) it.done(null);
      } finally {
        this.gate.leave();
        this.onBatch();
      }
    });
  }
}

/**
 * The inputs still to read: files the journal shows fully ingested, unchanged on disk, and
 * whose articles the graph still holds with the same hashes are skipped.
 */
async function skipJournaled(executor: Executor, journal: Journal, paths: string[], sum: IngestSummary): Promise<string[]> {
  const todo: string[] = [];
  const candidates: Array<{ source: string; articles: Array<[string, string | null]> }> = [];
  for await (const f of expandPaths(paths)) {
    const e = 'error' in f ? null : await journal.unchanged(f.source);
    if (e) candidates.push({ source: f.source, articles: e.articles });
    else todo.push(f.source);
  }
  for (let i = 0; i < candidates.length; i += 500) {
    const part = candidates.slice(i, i + 500);
    const stored = await storedHashes(executor, part.flatMap((c) => c.articles.map((a) => a[0])));
    for (const c of part) {
      if (c.articles.every(([id, hash]) => stored.has(id) && stored.get(id) === hash)) sum.skippedInputs++;
      else todo.push(c.source);
    }
  }
  return todo;
}
