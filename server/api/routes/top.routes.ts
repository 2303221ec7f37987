/**
 * The landing view (`GET /api/graph/top`): ranked lists of the most connected and most
 * mentioned entities per type, and the strongest ties among them read from the LINK
 * summaries (one per pair and fact type); and `GET /api/briefs`, what tells entities apart.
 */
import { Router } from 'express';
import { BriefsQuery, TopQuery, type Briefs, type RankedEntity, type TopEntities } from '../../../model/api.schema.js';
import { EntityType } from '../../../model/graph.schema.js';
import { cypher } from '../../graph/cypher-files.js';
import type { RouteDeps } from '../deps.js';
import { loadBriefs } from '../explorer/briefs.js';
import { nodeLabel, nodeType, toElements, type EdgeRow, type NodeRow } from '../graph-elements.js';
import { handle } from '../validate.js';

type RankedRow = NodeRow & { degree: number; mentions: number };

export function topRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  const timeout = config.queryTimeoutMs;

  r.get('/graph/top', handle({ query: TopQuery }, async ({ query }, res) => {
    const types = query.types ?? EntityType.options;
    const read = await executor.readWith(async (tx) => {
      const lists = (await tx.run(cypher('api/top-entities'), { types, limit: query.limit })).records
        .map((rec) => ({ type: String(rec.get('type')), byDegree: rec.get('byDegree') as string[], byMentions: rec.get('byMentions') as string[] }));
      const ids = [...new Set(lists.flatMap((l) => [...l.byDegree, ...l.byMentions]))];
      const nodes = (await tx.run(cypher('api/ranked-nodes'), { ids })).records.map((rec) => rec.toObject() as RankedRow);
      const ties = query.ties === 0 ? [] : (await tx.run(cypher('api/top-ties'), { ids, limit: query.ties })).records
        .map((rec) => rec.toObject() as EdgeRow);
      return { lists, nodes, ties };
    }, timeout);
    const briefs = await loadBriefs(executor, read.nodes.filter((n) => n.labels.includes('Person') || n.labels.includes('Meeting')).map((n) => n.id), timeout);
    const byId = new Map(read.nodes.map((n) => [n.id, n]));
    const ranked = (id: string): RankedEntity[] => {
      const n = byId.get(id);
      if (!n) return [];
      const type = nodeType(n.labels);
      return [{ id, type, name: nodeLabel(n.props, type), degree: Number(n.degree), mentions: Number(n.mentions), brief: briefs.get(id) ?? null }];
    };
    // The graph shows the ties: ranked entities tied to none of the others stay in the lists only
    // (unless nothing is tied at all, as in a graph of one article).
    const tied = new Set(read.ties.flatMap((e) => [e.source, e.target]));
    const elements = toElements(tied.size > 0 ? read.nodes.filter((n) => tied.has(n.id)) : read.nodes, read.ties);
    for (const node of elements.nodes) {
      const n = byId.get(node.data.id)!;
      const b = briefs.get(node.data.id);
      Object.assign(node.data, { degree: Number(n.degree), mentions: Number(n.mentions) });
      if (b) Object.assign(node.data, { post: b.post, post_of: b.post_of, organiser: b.organiser, place: b.place, chair: b.chair });
    }
    const body: TopEntities = {
      byDegree: Object.fromEntries(read.lists.map((l) => [l.type, l.byDegree.flatMap(ranked)])),
      byMentions: Object.fromEntries(read.lists.map((l) => [l.type, l.byMentions.flatMap(ranked)])),
      elements,
    };
    res.json(body);
  }));

  r.get('/briefs', handle({ query: BriefsQuery }, async ({ query }, res) => {
    const briefs = await loadBriefs(executor, query.ids, timeout);
    const body: Briefs = { briefs: query.ids.flatMap((id) => briefs.get(id) ?? []) };
    res.json(body);
  }));
  return r;
}
