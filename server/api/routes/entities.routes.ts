/** `GET /api/entities/:id`: properties, relationship counts, evidence and articles. */
import { Router } from 'express';
import { IdParams, type EntityDetail, type EvidenceItem } from '../../../model/api.schema.js';
import type { RouteDeps } from '../deps.js';
import { NotFound } from '../errors.js';
import { nodeLabel, nodeType } from '../graph-elements.js';
import { handle } from '../validate.js';

interface RawEvidence extends Omit<EvidenceItem, 'other'> {
  other: { id: string; labels: string[]; name: string };
}

export function entitiesRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  r.get('/entities/:id', handle({ params: IdParams }, async ({ params }, res) => {
    const rec = (await executor.read('api/entity', { id: params.id, maxEvidence: 100 }, config.queryTimeoutMs)).records[0];
    if (!rec) throw new NotFound(`no entity or article with id ${params.id}`);
    const labels = rec.get('labels') as string[];
    const { text: _text, ...props } = rec.get('props') as Record<string, unknown>;
    const type = nodeType(labels);
    const body: EntityDetail = {
      id: rec.get('id') as string, type, labels, name: nodeLabel(props, type), props,
      counts: rec.get('rels') as EntityDetail['counts'],
      evidence: (rec.get('evidence') as RawEvidence[]).map((e) => ({
        ...e, other: { id: e.other.id, type: nodeType(e.other.labels), name: e.other.name },
      })),
      articles: rec.get('articles') as EntityDetail['articles'],
    };
    res.json(body);
  }));
  return r;
}
