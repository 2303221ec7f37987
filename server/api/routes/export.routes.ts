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

type Tx = Parameters<Parameters<Executor['readWith']>[0]>[0];

/** Rows of a query, as plain objects (streamed by the driver, not one giant record). */
async function rows<T>(tx: Tx, name: string, params: Record<string, unknown>): Promise<T[]> {
  return (await tx.run(cypher(name), params)).records.map((r) => r.toObject() as T);
}

/** Ring by ring out to `depth`, at most `limit` nodes; null when the start node does not exist. */
async function subgraph(executor: Executor, id: string, depth: number, limit: number, timeout: number): Promise<ExportJson | null> {
  return executor.readWith(async (tx) => {
    const seen = [id];
    let ring = [id];
    let truncated = false;
    for (let d = 0; d < depth && ring.length > 0 && seen.length < limit; d++) {
      const room = limit - seen.length;
      const next = await rows<{ id: string }>(tx, 'api/export-ring', { ids: ring, seen, limit: room + 1 });
      ring = next.map((r) => r.id).slice(0, room);
      if (next.length > room) truncated = true;
      seen.push(...ring);
    }
    const nodes = await rows<ExportJson['nodes'][number]>(tx, 'api/export-nodes', { ids: seen });
    if (!nodes.some((n) => n.id === id)) return null;
    const edges = await rows<ExportJson['edges'][number]>(tx, 'api/export-edges', { ids: seen });
    return { nodes, edges, truncated };
  }, timeout);
}

async function wholeGraph(executor: Executor, limit: number, timeout: number): Promise<ExportJson> {
  return executor.readWith(async (tx) => {
    const nodes = await rows<ExportJson['nodes'][number]>(tx, 'api/export-all-nodes', { limit: limit + 1 });
    const truncated = nodes.length > limit;
    const edges = await rows<ExportJson['edges'][number]>(tx, 'api/export-all-edges', {});
    return { nodes: nodes.slice(0, limit), edges, truncated };
  }, timeout);
}

export function exportRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  r.get('/export', handle({ query: ExportQuery }, async ({ query }, res) => {
    const timeout = config.queryTimeoutMs * 4; // a whole-graph export may take a while
    let g: ExportJson | null;
    if (query.id) {
      g = await subgraph(executor, query.id, query.depth, Math.min(query.limit, 5_000), timeout);
      if (!g) throw new NotFound(`no entity or article with id ${query.id}`);
    } else {
      g = await wholeGraph(executor, query.limit, timeout);
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
