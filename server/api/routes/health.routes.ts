/** `GET /api/health` (versions, or 503 with the reason) and `GET /api/stats` (counts). */
import { Router } from 'express';
import type { Health, Stats } from '../../../model/api.schema.js';
import { GraphError, toGraphError } from '../../graph/executor.js';
import type { RouteDeps } from '../deps.js';
import { handle } from '../validate.js';

const HEALTH_TIMEOUT_MS = 5_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GraphError(`no answer within ${ms} ms`, 'ServiceUnavailable', true)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export function healthRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();

  r.get('/health', handle({}, async (_in, res) => {
    try {
      // verifyConnectivity fails at once when nothing listens (the executor's reads retry
      // for 15 s), and a hung server gets HEALTH_TIMEOUT_MS.
      const info = await withTimeout(executor.driver.verifyConnectivity().then(() => executor.serverInfo()), HEALTH_TIMEOUT_MS);
      const body: Health = { status: 'ok', app: config.appVersion, neo4j: { ...info, uri: config.neo4jUri } };
      res.json(body);
    } catch (err) {
      const g = toGraphError(err);
      const body: Health = {
        status: 'unavailable', app: config.appVersion,
        neo4j: { version: null, edition: null, uri: config.neo4jUri },
        reason: `${g.code}: ${g.message}`,
      };
      res.status(503).json(body);
    }
  }));

  r.get('/stats', handle({}, async (_in, res) => {
    const rec = (await executor.read('api/stats', {}, config.queryTimeoutMs)).records[0];
    const body: Stats = { nodes: rec?.get('nodes') ?? {}, relationships: rec?.get('relationships') ?? {} };
    res.json(body);
  }));
  return r;
}
