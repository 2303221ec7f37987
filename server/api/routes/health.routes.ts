/** `GET /api/health` (versions, or 503 with the reason) and `GET /api/stats` (counts). */
import { Router } from 'express';
import type { Health, Stats } from '../../../model/api.schema.js';
import { toGraphError } from '../../graph/executor.js';
import type { RouteDeps } from '../deps.js';
import { handle } from '../validate.js';

export function healthRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();

  r.get('/health', handle({}, async (_in, res) => {
    try {
      const info = await executor.serverInfo();
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
