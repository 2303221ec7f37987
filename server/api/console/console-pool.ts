/**
 * Where console queries run: a few worker threads (console-worker), each with its own
 * driver and a capped heap, so that a huge result fails alone, and their number is the
 * console's concurrency cap. A client may hold at most `perClient` of them; past either
 * cap the answer is 429 at once. A worker stays busy — its slot taken — until Neo4j
 * has acknowledged the end of the query, which after a 408 can be later than the answer;
 * a worker that does not answer in time is terminated (closing its connections, which
 * ends the query in Neo4j) and replaced.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CypherRequest, CypherResponse } from '../../../model/api.schema.js';
import type { ConnectionInfo } from '../../graph/executor.js';
import { AppError, Timeout } from '../errors.js';
import type { ConsoleLimits } from './run-console.js';

export interface WorkerRequest { id: number; query: string; params: Record<string, unknown>; limits: ConsoleLimits }
export type WorkerReply =
  | { id: number; kind: 'answer'; ok: true; response: CypherResponse }
  | { id: number; kind: 'answer'; ok: false; error: { status: number; code: string; message: string } }
  | { id: number; kind: 'idle' }
  | { id: 0; kind: 'ready' };

export interface PoolOptions {
  connection: ConnectionInfo;
  /** Workers (queries at once, all clients). */
  size: number;
  perClient: number;
  heapMb: number;
  /** Extra time the worker gets past the query timeout before it is terminated. */
  graceMs?: number;
}

interface Slot {
  worker: Worker;
  /** Resolves when the worker has loaded (the query's clock starts then, not while it boots). */
  ready: Promise<void>;
  busy: { id: number; client: string; answer: (r: WorkerReply) => void; fail: (e: Error) => void } | null;
}

function spawn(connection: ConnectionInfo, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 };
  const workerData = { connection };
  const js = new URL('./console-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js, { resourceLimits, workerData });
  // Sources (tests, tsx): load the TypeScript worker through tsx's loader.
  const ts = new URL('./console-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`;
  return new Worker(boot, { eval: true, resourceLimits, workerData });
}

export class ConsolePool {
  private readonly slots: Array<Slot | null>;
  private readonly perClient = new Map<string, number>();
  private seq = 0;
  private closed = false;

  constructor(private readonly opts: PoolOptions) {
    this.slots = Array.from({ length: opts.size }, () => null);
  }

  /** Runs the query on a free worker; 429 when none is free or the client holds its share. */
  async run(client: string, req: CypherRequest, limits: ConsoleLimits): Promise<CypherResponse> {
    if ((this.perClient.get(client) ?? 0) >= this.opts.perClient) {
      throw new AppError(429, 'console_busy', `at most ${this.opts.perClient} console queries at once per client; wait for yours to finish`);
    }
    const index = this.slots.findIndex((s) => !s?.busy);
    if (index < 0) throw new AppError(429, 'console_busy', `the console runs at most ${this.opts.size} queries at once; try again shortly`);
    const slot = (this.slots[index] ??= this.newSlot(index));
    const id = ++this.seq;
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
    return new Promise<CypherResponse>((resolve, reject) => {
      let answered = false;
      let timer: NodeJS.Timeout | undefined;
      const start = () => {
        if (answered) return;
        timer = setTimeout(() => {
          // No answer in time: the worker is stuck (decoding a huge record, say). End it.
          if (answered) return;
          answered = true;
          reject(new Timeout(`query cut after ${limits.timeoutMs} ms (BAOXUN_CYPHER_TIMEOUT_MS)`));
          void this.retire(index, slot);
        }, limits.timeoutMs + (this.opts.graceMs ?? 2_000));
        timer.unref();
        slot.worker.postMessage({ id, query: req.query, params: req.params, limits } satisfies WorkerRequest);
      };
      slot.busy = {
        id, client,
        answer: (r) => {
          if (r.kind === 'idle') {
            clearTimeout(timer);
            this.free(slot);
            return;
          }
          if (answered || r.kind !== 'answer') return;
          answered = true;
          if (r.ok) resolve(r.response);
          else reject(new AppError(r.error.status, r.error.code, r.error.message));
          if (!r.ok && r.error.code === 'timeout') {
            // Neo4j has been told to stop; a query that is still sending (a record of
            // hundreds of MB cannot be cut mid-way) is ended by closing the worker's sockets.
            clearTimeout(timer);
            timer = setTimeout(() => {
              if (slot.busy?.id === id) void this.retire(index, slot);
            }, this.opts.graceMs ?? 2_000);
            timer.unref();
          }
        },
        fail: (err) => {
          clearTimeout(timer);
          if (!answered) {
            answered = true;
            reject(err);
          }
        },
      };
      void slot.ready.then(start);
    });
  }

  private newSlot(index: number): Slot {
    const worker = spawn(this.opts.connection, this.opts.heapMb);
    let isReady: () => void = () => {};
    const slot: Slot = { worker, busy: null, ready: new Promise<void>((r) => (isReady = r)) };
    worker.unref();
    worker.on('message', (r: WorkerReply) => {
      if (r.kind === 'ready') isReady();
      else if (slot.busy && r.id === slot.busy.id) slot.busy.answer(r);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const tooBig = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      slot.busy?.fail(tooBig
        ? new AppError(422, 'result_too_large', `the result did not fit in the console's ${this.opts.heapMb} MiB (BAOXUN_CYPHER_WORKER_MB); return less (LIMIT, fewer properties)`)
        : new AppError(500, 'internal', `console worker failed: ${err.message}`));
    });
    worker.on('exit', () => {
      isReady(); // a query waiting for a worker that died at start fails below instead of waiting
      slot.busy?.fail(new AppError(500, 'internal', 'console worker stopped'));
      this.free(slot);
      if (this.slots[index] === slot) this.slots[index] = null; // the next query starts a new worker
    });
    return slot;
  }

  private free(slot: Slot): void {
    const b = slot.busy;
    if (!b) return;
    slot.busy = null;
    const n = (this.perClient.get(b.client) ?? 1) - 1;
    if (n <= 0) this.perClient.delete(b.client);
    else this.perClient.set(b.client, n);
  }

  /** Terminates a stuck worker: its sockets close, so Neo4j ends the query; the slot frees when it exits. */
  private async retire(index: number, slot: Slot): Promise<void> {
    await slot.worker.terminate().catch(() => undefined);
    this.free(slot);
    if (this.slots[index] === slot) this.slots[index] = null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s?.worker.terminate().catch(() => undefined)));
  }
}
