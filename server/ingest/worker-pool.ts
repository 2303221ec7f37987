/**
 * Extraction on several cores: a small pool of worker threads, each running
 * extract-worker. `workers: 0` extracts in the calling thread (small inputs, tests).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../../model/graph.schema.js';
import type { RawArticle } from '../../extractors/types.js';
import { config } from '../config.js';

/**
 * The pipeline for extraction in this thread (no workers, or none left alive), imported only
 * then: a static import would load the extractors' modules and data into the main thread of
 * every ingest although the workers do the extracting (issue 7, bounded memory).
 */
let localPipeline: Promise<typeof import('../../extractors/pipeline.js')> | null = null;
const pipeline = () => (localPipeline ??= import('../../extractors/pipeline.js'));

export interface ExtractRequest { seq: number; raw: RawArticle; region: string | null }
export type ExtractReply = { seq: number; ok: true; extraction: Extraction } | { seq: number; ok: false; error: string };

interface Pending { worker: number; resolve: (e: Extraction) => void; reject: (err: Error) => void }

/**
 * A small young generation per worker: extraction makes much short-lived garbage, and V8
 * lets each thread's young generation grow to 48 MiB (3 × the 16 MiB semi-space) before it
 * collects; with a jieba dictionary (≈ 245 MiB) per worker the process has no room to spare
 * under issue 7's 1 GiB. Env BAOXUN_WORKER_YOUNG_MB overrides it (0: V8's default; for measuring).
 */
const resourceLimits = (): { maxYoungGenerationSizeMb?: number } => {
  const youngMb = config().ingest.workerYoungMb;
  return youngMb > 0 ? { maxYoungGenerationSizeMb: youngMb } : {}; // 0: V8's own default
};

/**
 * The compiled worker next to this file (dist/), else the TypeScript source loaded through
 * tsx's loader (dev runs and tests; tsx is a dev dependency).
 */
function newWorker(): Worker {
  const js = new URL('./extract-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { resourceLimits: resourceLimits() });
  const ts = new URL('./extract-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(boot, { eval: true, resourceLimits: resourceLimits() });
}

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private readonly dead = new Set<number>();
  private seq = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const w = newWorker();
      w.on('message', (m: ExtractReply) => this.settle(i, m));
      w.on('error', (err) => this.lose(i, err));
      w.on('exit', () => this.lose(i, new Error('extraction worker stopped')));
      w.unref();
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** Extracts one article on the least busy worker (or here, with no workers). */
  extract(raw: RawArticle, region: string | null): Promise<Extraction> {
    if (this.dead.size === this.size) {
      // No worker (or none left alive): extract here.
      return pipeline().then((p) => p.extractArticle(raw, { region }));
    }
    const seq = ++this.seq;
    let best = -1;
    for (let i = 0; i < this.load.length; i++) if (!this.dead.has(i) && (best < 0 || this.load[i]! < this.load[best]!)) best = i;
    this.load[best]!++;
    return new Promise<Extraction>((resolve, reject) => {
      this.pending.set(seq, { worker: best, resolve, reject });
      this.workers[best]!.postMessage({ seq, raw, region } satisfies ExtractRequest);
    });
  }

  private settle(worker: number, m: ExtractReply): void {
    this.load[worker]!--;
    const p = this.pending.get(m.seq);
    if (!p) return;
    this.pending.delete(m.seq);
    if (m.ok) p.resolve(m.extraction);
    else p.reject(new Error(m.error));
  }

  /** A worker died (a crash in a native module, out of memory): its articles fail, the others go on. */
  private lose(worker: number, err: Error): void {
    if (this.closing) return;
    this.dead.add(worker);
    for (const [seq, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(seq);
      p.reject(err);
    }
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
