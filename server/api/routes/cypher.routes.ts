/** `POST /api/cypher` (the read-only console) and `GET /api/examples` (its ready-made queries). */
import { Router } from 'express';
import { CypherRequest, type CypherExamples } from '../../../model/api.schema.js';
import { runConsole } from '../console/run-console.js';
import type { RouteDeps } from '../deps.js';
import { loadExamples } from '../examples.js';
import { perMinute } from '../rate-limit.js';
import { handle } from '../validate.js';

export function cypherRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  const limits = { timeoutMs: config.cypherTimeoutMs, maxRows: config.cypherMaxRows };

  r.post('/cypher', perMinute(config.rateLimitPerMinute, 'console'), handle({ body: CypherRequest }, async ({ body }, res) => {
    res.json(await runConsole(executor, body, limits));
  }));

  r.get('/examples', handle({}, (_in, res) => {
    const body: CypherExamples = { examples: loadExamples() };
    res.json(body);
  }));
  return r;
}
