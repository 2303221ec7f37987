/**
 * Extraction on all cores: a small pool of worker threads, each running
 * extract-worker. `workers: 0` extracts in the calling thread (small inputs, tests).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../../model/graph.schema.js';
import type { RawArticle } from '../../extractors/types.js';
import { extractArticle } from '../../extractors/pipeline.js';

export interface ExtractRequest { seq: number; raw: RawArticle; region: string | null }
export type ExtractReply = { seq: number; ok: true; extraction: Extraction } | { seq: number; ok: false; error: string };

interface Pending { resolve: (e: Extraction) => void; reject: (err: Error) => void }

/**
 * The compiled worker next to this file (dist/), else the TypeScript source loaded through
 * tsx's loader (dev runs and tests; tsx is a dev dependency).
 */
function newWorker(): Worker {
  const js = new URL('./extract-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const ts = new URL('./extract-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(boot, { eval: true });
}

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load: number[] = [];
  private seq = 0;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) {
      const w = newWorker();
      w.on('message', (m: ExtractReply) => this.settle(i, m));
      w.on('error', (err) => this.failAll(err));
      w.unref();
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** Extracts one article on the least busy worker (or here, with no workers). */
  extract(raw: RawArticle, region: string | null): Promise<Extraction> {
    if (this.size === 0) {
      try {
        return Promise.resolve(extractArticle(raw, { region }));
      } catch (err) {
        return Promise.reject(err as Error);
      }
    }
    const seq = ++this.seq;
    let best = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i]! < this.load[best]!) best = i;
    this.load[best]!++;
    return new Promise<Extraction>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
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

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
