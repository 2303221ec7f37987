/** Graph views for the explorer: neighbourhood, overview (front page) and shortest paths. */
import { Router } from 'express';
import {
  NeighborhoodQuery, OverviewQuery, PathsQuery,
  type Neighborhood, type Overview, type Paths,
} from '../../../model/api.schema.js';
import { cypher } from '../../graph/cypher-files.js';
import type { RouteDeps } from '../deps.js';
import { NotFound } from '../errors.js';
import { toElements, type EdgeRow, type NodeRow } from '../graph-elements.js';
import { handle } from '../validate.js';

/** An edge of neighborhood.cypher: one per neighbour, type and direction, standing for `count` facts. */
type LinkRow = EdgeRow & { count: number; article_ids: string[] };
interface Ring { shown: Array<NodeRow & { rels: LinkRow[]; degree: number }>; rest: string[] }

/** The second ring reads at most this many relationships of each first-ring node (its hidden counts are then lower bounds). */
const SECOND_RING_PER_NODE = 2_000;

const linkEdges = (rels: LinkRow[]): EdgeRow[] =>
  rels.map(({ count, article_ids, ...e }) => ({ ...e, props: { ...e.props, count, article_ids } }));

function countTypes(types: string[], into: Record<string, number>): void {
  for (const t of types) into[t ?? 'Unknown'] = (into[t ?? 'Unknown'] ?? 0) + 1;
}

export function graphRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  const timeout = config.queryTimeoutMs;

  r.get('/graph/neighborhood', handle({ query: NeighborhoodQuery }, async ({ query }, res) => {
    const filters = { types: query.types ?? null, relTypes: query.relTypes ?? null, from: query.from ?? null, to: query.to ?? null };
    const body = await executor.readWith(async (tx) => {
      const center = (await tx.run(cypher('api/node-by-ids'), { ids: [query.id] })).records[0];
      if (!center) return null; // thrown outside: the executor wraps errors thrown inside a transaction
      const nodes: NodeRow[] = [center.toObject() as NodeRow];
      const edges: EdgeRow[] = [];
      const hidden: Record<string, number> = {};
      // With depth 2 the first ring gets half the budget, the second ring the rest.
      const firstLimit = query.depth === 2 ? Math.ceil(query.limit / 2) : query.limit;
      const ring1 = (await tx.run(cypher('api/neighborhood'), { ...filters, ids: [query.id], exclude: [query.id], limit: firstLimit, perNode: 1_000_000 }))
        .records[0]?.toObject() as Ring | undefined;
      for (const n of ring1?.shown ?? []) { nodes.push(n); edges.push(...linkEdges(n.rels)); }
      countTypes(ring1?.rest ?? [], hidden);
      if (query.depth === 2 && ring1 && ring1.shown.length > 0) {
        const ids = ring1.shown.map((n) => n.id);
        const ring2 = (await tx.run(cypher('api/neighborhood'), {
          ...filters, ids, exclude: [query.id, ...ids], limit: query.limit - ring1.shown.length, perNode: SECOND_RING_PER_NODE,
        })).records[0]?.toObject() as Ring | undefined;
        for (const n of ring2?.shown ?? []) { nodes.push(n); edges.push(...linkEdges(n.rels)); }
        countTypes(ring2?.rest ?? [], hidden);
      }
      const result: Neighborhood = {
        center: query.id, elements: toElements(nodes, edges), hidden,
        truncated: Object.keys(hidden).length > 0,
      };
      return result;
    }, timeout);
    if (!body) throw new NotFound(`no entity or article with id ${query.id}`);
    res.json(body);
  }));

  r.get('/graph/overview', handle({ query: OverviewQuery }, async ({ query }, res) => {
    const body = await executor.readWith(async (tx) => {
      const top = (await tx.run(cypher('api/overview'), { limit: query.limit, types: query.types ?? null })).records
        .map((rec) => rec.toObject() as NodeRow & { degree: number });
      const ids = top.map((n) => n.id);
      // Distinct facts (one edge per pair and type, cypher/api/edges-between.cypher): the limit
      // applies to edges, not to the per-article copies behind them.
      const edges = (await tx.run(cypher('api/edges-between'), { ids, limit: query.limit * 10 })).records
        .map((rec) => rec.toObject() as EdgeRow);
      const elements = toElements(top, edges);
      const degree = new Map(top.map((n) => [n.id, n.degree]));
      for (const n of elements.nodes) n.data.degree = degree.get(n.data.id) ?? 0;
      const result: Overview = { elements };
      return result;
    }, timeout);
    res.json(body);
  }));

  r.get('/graph/paths', handle({ query: PathsQuery }, async ({ query }, res) => {
    const res0 = await executor.readWith(async (tx) => {
      const ends = await tx.run(cypher('api/node-by-ids'), { ids: [query.from, query.to] });
      const known = new Set(ends.records.map((x) => x.get('id') as string));
      const missing = [query.from, query.to].find((id) => !known.has(id));
      if (missing) return { missing };
      if (query.from === query.to) return { paths: [] };
      return { paths: (await tx.run(cypher('api/paths'), query)).records.map((rec) => rec.toObject() as
        { length: number; nodes: NodeRow[]; rels: EdgeRow[] }) };
    }, timeout);
    if ('missing' in res0) throw new NotFound(`no entity or article with id ${res0.missing}`);
    const found = res0.paths;
    const body: Paths = {
      paths: found.map((p) => ({ length: p.length, nodes: p.nodes.map((n) => n.id), edges: p.rels.map((e) => e.id) })),
      elements: toElements(found.flatMap((p) => p.nodes), found.flatMap((p) => p.rels)),
    };
    res.json(body);
  }));
  return r;
}
