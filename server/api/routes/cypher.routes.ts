/** `POST /api/cypher` (the read-only console) and `GET /api/examples` (its ready-made queries). */
import { Router } from 'express';
import { CypherRequest, type CypherExamples } from '../../../model/api.schema.js';
import { ConsolePool } from '../console/console-pool.js';
import { precheckConsole } from '../console/run-console.js';
import type { RouteDeps } from '../deps.js';
import { loadExamples } from '../examples.js';
import { perMinute } from '../rate-limit.js';
import { handle } from '../validate.js';

/**
 * The console's routes. Queries are checked here (statement, parameters, expressions) and
 * run on the console pool's worker threads, at most `consoleConcurrency` at once and
 * `consolePerClient` per client address.
 */
export function cypherRoutes({ executor, config, onClose }: RouteDeps): Router {
  const r = Router();
  const l = config.limits;
  const limits = {
    timeoutMs: config.cypherTimeoutMs, maxRows: config.cypherMaxRows,
    maxResultBytes: l.consoleMaxResultBytes, maxParamsBytes: l.consoleMaxParamsBytes,
  };
  const pool = new ConsolePool({
    connection: executor.connection, size: l.consoleConcurrency, perClient: l.consolePerClient, heapMb: l.consoleWorkerMb,
  });
  onClose?.(() => pool.close());

  r.post('/cypher', perMinute(config.rateLimitPerMinute, 'console'), handle({ body: CypherRequest }, async ({ body }, res, req) => {
    precheckConsole(body, limits); // refusals answer at once, without a worker
    res.json(await pool.run(req.ip ?? req.socket.remoteAddress ?? '?', body, limits));
  }));

  r.get('/examples', handle({}, (_in, res) => {
    const body: CypherExamples = { examples: loadExamples() };
    res.json(body);
  }));
  return r;
}
