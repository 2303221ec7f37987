/**
 * Between extract and the graph: collects extracted articles into batches and runs each batch
 * through resolve → prepare → write (server/ingest/stages.ts), one write transaction at a time,
 * in order. Batches are resolved in order ahead of the writes (the person index must know what
 * earlier batches resolved), and the next batch is prepared while the one before is written;
 * the write transaction checks what is stored again under its article locks, so preparing
 * early never writes an article twice.
 */
import type { Extraction } from '../../model/graph.schema.js';
import { addStats, emptyStats, type WriteItem, type WriteStats } from '../graph/writer.js';
import { BatchGate } from './batch-gate.js';
import { prepareStage, resolveStage, writeStage, type PipelineContext } from './stages.js';

/** An article queued for writing; `done` gets its resolved extraction once stored (written or unchanged), null when it failed. */
type Queued = WriteItem & { done: (stored: Extraction | null) => void };

export class BatchWriter {
  readonly stats: WriteStats = emptyStats();
  writeMs = 0;
  onBatch: () => void = () => {};
  private batch: Queued[] = [];
  private chain: Promise<void> = Promise.resolve();
  private resolving: Promise<unknown> = Promise.resolve();
  private readonly gate = new BatchGate(2);
  private error: unknown = null;
  /** A part of a batch that is sent when the writer is idle (see add). */
  private readonly partSize: number;

  constructor(private readonly ctx: PipelineContext, private readonly size = 500) {
    this.partSize = Math.ceil(size / 5);
  }

  /** Queues an article; resolves with its resolved extraction once stored, null when it failed. */
  add(ex: Extraction, credits: string[]): Promise<Extraction | null> {
    const p = new Promise<Extraction | null>((done) => {
      this.batch.push({ ex, extras: { region: this.ctx.region, credits }, done });
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

  /** resolve (in order, ahead of the writes); failures are reported and left out. */
  private async resolve(items: Queued[]): Promise<Queued[]> {
    const res = await resolveStage(this.ctx, items.map((it) => it.ex));
    return items.filter((it, i) => {
      const r = res[i]!;
      if (!(r instanceof Error)) return (it.ex = r), true;
      this.stats.failed.push({ id: it.ex.article.id, source: it.ex.article.source, error: `resolve: ${r.message}` });
      return false;
    });
  }

  private send(): void {
    const items = this.batch;
    this.batch = [];
    this.gate.enter();
    const ready = this.resolving.then(() => this.resolve(items));
    this.resolving = ready.catch(() => null); // a failure is reported by the write chain below
    // prepare while the batch before is written
    const prepared = ready.then((ok) => prepareStage(this.ctx, ok));
    prepared.catch(() => null); // reported by the write chain below
    this.chain = this.chain.then(async () => {
      try {
        const t = performance.now();
        let failed = new Set<string>(items.map((it) => it.ex.article.id));
        if (!this.error) {
          const ok = await ready;
          const st = await writeStage(this.ctx, await prepared);
          addStats(this.stats, st);
          failed = new Set([...st.failed.map((f) => f.id), ...items.filter((it) => !ok.includes(it)).map((it) => it.ex.article.id)]);
        }
        this.writeMs += performance.now() - t;
        for (const it of items) it.done(failed.has(it.ex.article.id) ? null : it.ex);
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
