/** `GET /api/export?format=graphml|csv|json&id=&depth=`: a subgraph, or the whole graph. */
import { Router } from 'express';
import { ExportQuery, type ExportJson } from '../../../model/api.schema.js';
import { cypher } from '../../graph/cypher-files.js';
import type { Executor } from '../../graph/executor.js';
import type { RouteDeps } from '../deps.js';
import { NotFound } from '../errors.js';
import { toCsv, toGraphml } from '../export-formats.js';
import { handle } from '../validate.js';

/** Drops null properties (the query nulls out article texts). */
function clean(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** Ring by ring out to `depth`, at most `limit` nodes; null when the start node does not exist. */
async function subgraph(executor: Executor, id: string, depth: number, limit: number, timeout: number): Promise<ExportJson | null> {
  return executor.readWith(async (tx) => {
    const seen = [id];
    let ring = [id];
    let truncated = false;
    for (let d = 0; d < depth && ring.length > 0 && seen.length < limit; d++) {
      const room = limit - seen.length;
      const res = await tx.run(cypher('api/export-ring'), { ids: ring, seen, limit: room + 1 });
      ring = res.records.map((r) => r.get('id') as string).slice(0, room);
      if (res.records.length > room) truncated = true;
      seen.push(...ring);
    }
    const rec = (await tx.run(cypher('api/export-nodes'), { ids: seen })).records[0];
    const nodes = (rec?.get('nodes') ?? []) as ExportJson['nodes'];
    if (!nodes.some((n) => n.id === id)) return null;
    return { nodes, edges: rec?.get('edges') ?? [], truncated };
  }, timeout);
}

export function exportRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  r.get('/export', handle({ query: ExportQuery }, async ({ query }, res) => {
    const timeout = config.queryTimeoutMs * 4; // a whole-graph export may take a while
    let g: ExportJson | null;
    if (query.id) {
      g = await subgraph(executor, query.id, query.depth, Math.min(query.limit, 10_000), timeout);
      if (!g) throw new NotFound(`no entity or article with id ${query.id}`);
    } else {
      const rec = (await executor.read('api/export-all', { limit: query.limit }, timeout)).records[0];
      g = { nodes: rec?.get('nodes') ?? [], edges: rec?.get('edges') ?? [], truncated: Boolean(rec?.get('maybeTruncated')) };
    }
    g.nodes = g.nodes.map((n) => ({ ...n, properties: clean(n.properties) }));
    const kept = new Set(g.nodes.map((n) => n.id));
    // Edges to nodes outside the export (cut by limit) would break Gephi's import.
    g.edges = g.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).map((e) => ({ ...e, properties: clean(e.properties) }));
    const name = `baoxun-${query.id ? 'subgraph' : 'graph'}`;
    if (query.format === 'json') {
      res.json(g);
    } else if (query.format === 'graphml') {
      res.attachment(`${name}.graphml`).type('application/graphml+xml').send(toGraphml(g));
    } else {
      res.attachment(`${name}.csv`).type('text/csv; charset=utf-8').send(toCsv(g));
    }
  }));
  return r;
}
