/**
 * Worker-thread entry: extracts articles sent by the pool (server/ingest/worker-pool.ts).
 * Runs from dist/ as compiled JS, or from the sources through tsx (dev and tests).
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../../extractors/pipeline.js';
import type { ExtractRequest, ExtractReply } from './worker-pool.js';

parentPort?.on('message', (req: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { seq: req.seq, ok: true, extraction: extractArticle(req.raw, { region: req.region }) };
  } catch (err) {
    reply = { seq: req.seq, ok: false, error: (err as Error)?.message ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
