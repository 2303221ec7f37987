/** `GET /api/search`: full-text (cjk) plus exact/prefix matches on names and aliases. */
import { Router } from 'express';
import { SearchQuery, type SearchHit, type SearchResponse } from '../../../model/api.schema.js';
import { GraphError } from '../../graph/executor.js';
import type { RouteDeps } from '../deps.js';
import { briefSaysSomething, loadBriefs } from '../explorer/briefs.js';
import { hanVariants } from '../explorer/han-variants.js';
import { nodeLabel, nodeType } from '../graph-elements.js';
import { handle } from '../validate.js';

/** Escapes Lucene's query syntax so user text is searched as text. */
export function escapeLucene(q: string): string {
  return q
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase());
}

/** A short context for a hit: aliases, scope, level, date … or the snippet of an article. */
export function hitContext(type: string, props: Record<string, unknown>, snippet: string | null): string | null {
  if (type === 'Article') return [props.published, snippet].filter(Boolean).join(' · ') || null;
  const parts: string[] = [];
  const aliases = Array.isArray(props.aliases) ? props.aliases.filter((a) => a !== props.name) : [];
  if (aliases.length) parts.push(`又名 ${aliases.slice(0, 3).join('、')}`);
  for (const k of ['scope', 'canonical', 'level', 'kind', 'date']) {
    const v = props[k];
    if (typeof v === 'string' && v && v !== props.name) parts.push(v);
  }
  return parts.length ? parts.join(' · ') : null;
}

export function searchRoutes({ executor, config }: RouteDeps): Router {
  const r = Router();
  r.get('/search', handle({ query: SearchQuery }, async ({ query }, res) => {
    // Traditional and simplified forms are searched alike (either may be stored, as printed).
    const qs = hanVariants(query.q);
    const params = {
      q: query.q, qs, lucene: qs.map((v) => `(${escapeLucene(v)})`).join(' OR '), types: query.types ?? null,
      limit: query.limit, ftLimit: query.limit * 5,
    };
    let result;
    try {
      result = await executor.read('api/search', params, config.queryTimeoutMs);
    } catch (err) {
      // Without the full-text index (a fresh database), fall back to prefix matching.
      if (!(err instanceof GraphError) || !/index|fulltext/i.test(err.message)) throw err;
      result = await executor.read('api/search-prefix', params, config.queryTimeoutMs);
    }
    const hits: SearchHit[] = result.records.map((rec) => {
      const props = rec.get('props') as Record<string, unknown>;
      const type = nodeType(rec.get('labels') as string[]);
      return {
        id: rec.get('id') as string, type, name: nodeLabel({ ...props, id: rec.get('id') }, type), score: Number(rec.get('score')),
        context: hitContext(type, props, rec.get('snippet') as string | null),
      };
    });
    // People with their latest post, meetings with date, organiser, place and chair: namesakes told apart.
    const briefs = await loadBriefs(executor, hits.filter((h) => h.type === 'Person' || h.type === 'Meeting').map((h) => h.id), config.queryTimeoutMs);
    for (const h of hits) {
      const b = briefs.get(h.id);
      if (briefSaysSomething(b)) h.brief = b;
    }
    const body: SearchResponse = { q: query.q, hits };
    res.json(body);
  }));
  return r;
}
