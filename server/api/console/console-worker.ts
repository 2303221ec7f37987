/**
 * A console worker thread: runs console queries with a driver of its own, inside a
 * heap of its own (resourceLimits set by console-pool). One record can be as large as
 * Neo4j cares to send (`RETURN collect(a)` over every article with its text); decoding
 * it here means such a result can only exhaust this thread's heap, never the server's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Executor, type ConnectionInfo } from '../../graph/executor.js';
import { toAppError } from '../errors.js';
import { runConsole } from './run-console.js';
import type { WorkerReply, WorkerRequest } from './console-pool.js';

const { connection } = workerData as { connection: ConnectionInfo };
const executor = new Executor(connection, { maxConnectionPoolSize: 2 });

parentPort!.postMessage({ id: 0, kind: 'ready' } satisfies WorkerReply);
parentPort!.on('message', (m: WorkerRequest) => {
  const post = (reply: WorkerReply) => parentPort!.postMessage(reply);
  let closed: Promise<void> = Promise.resolve();
  runConsole(executor, { query: m.query, params: m.params }, m.limits, (c) => (closed = c))
    .then((response) => post({ id: m.id, kind: 'answer', ok: true, response }))
    .catch((err: unknown) => {
      const known = toAppError(err);
      post({
        id: m.id, kind: 'answer', ok: false,
        error: known
          ? { status: known.status, code: known.code, message: known.message }
          : { status: 500, code: 'internal', message: err instanceof Error ? err.message : String(err) },
      });
    })
    .finally(() => {
      void closed.then(() => post({ id: m.id, kind: 'idle' }));
    });
});
