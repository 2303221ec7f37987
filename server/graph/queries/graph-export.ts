/**
 * A whole-graph export read page by page (cypher/api/export-*-page.cypher): entities, then
 * articles, in id order, then the edges going out of them, each page its own short read
 * transaction, each row handed to `emit` (which may wait, e.g. for an HTTP response to drain)
 * before the next page is read. Memory stays bounded by one page, whatever the graph's size.
 * Edges are distinct facts (one per pair and fact type) plus MENTIONS, WROTE and STEP.
 */
import type { ExportJson } from '../../../model/api.schema.js';
import type { Executor } from '../executor.js';

type ExportNode = ExportJson['nodes'][number];
type ExportEdge = ExportJson['edges'][number];

export interface GraphEmit {
  node(n: ExportNode): Promise<void> | void;
  edge(e: ExportEdge): Promise<void> | void;
  /** Stops reading when true (the client went away). */
  stopped?(): boolean;
}

/** Drops null properties (the queries null out article texts and, for whole graphs, evidence). */
export function clean(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

const INTERNAL = /^_/;
/** Property keys never exported whole-graph (texts, evidence, internal lock flags). */
const LEFT_OUT = new Set(['text', 'aliases_text', 'evidence', 'spans']);

/** The property keys an export may carry (CSV columns, GraphML keys), known before any row. */
export async function exportKeys(executor: Executor): Promise<string[]> {
  const res = await executor.readWith((tx) => tx.run('CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS keys'));
  const keys = (res.records[0]?.get('keys') as string[] | undefined) ?? [];
  return [...new Set([...keys.filter((k) => !INTERNAL.test(k) && !LEFT_OUT.has(k)), 'article_ids'])].sort();
}

/**
 * Streams up to `limit` nodes (entities first) and the edges among them into `emit`.
 * @returns whether the node limit cut the graph.
 */
export async function streamGraph(executor: Executor, o: { limit: number; pageSize?: number; timeoutMs?: number }, emit: GraphEmit): Promise<{ truncated: boolean }> {
  const page = o.pageSize ?? 1000;
  let left = o.limit;
  const last: Record<'entities' | 'articles', string | null> = { entities: null, articles: null };
  const cut: Record<'entities' | 'articles', boolean> = { entities: false, articles: false };
  for (const kind of ['entities', 'articles'] as const) {
    let after = '';
    while (left > 0 && !emit.stopped?.()) {
      const size = Math.min(page, left);
      const rows = (await executor.read(`api/export-${kind}-page`, { after, limit: size + 1, full: true }, o.timeoutMs)).records.map((r) => r.toObject() as ExportNode);
      for (const n of rows.slice(0, size)) await emit.node({ ...n, properties: clean(n.properties) });
      const taken = rows.slice(0, size);
      left -= taken.length;
      if (taken.length > 0) last[kind] = taken[taken.length - 1]!.id;
      if (rows.length <= size) break;
      if (left === 0) cut[kind] = true;
      after = last[kind]!;
    }
    if (left === 0 && kind === 'entities' && !cut.entities) {
      // The entities fitted exactly; articles are cut if there are any.
      const any = await executor.read('api/export-articles-page', { after: '', limit: 1, full: false }, o.timeoutMs);
      cut.articles = any.records.length > 0;
    }
  }
  const truncated = cut.entities || cut.articles;
  // Edges: from the exported nodes to exported nodes only (ids up to the last exported of each kind).
  const bounds = {
    entityMax: cut.entities ? last.entities : null,
    articles: !cut.entities && last.articles !== null,
    articleMax: cut.articles ? last.articles : null,
    evidence: false,
  };
  for (const kind of ['entities', 'articles'] as const) {
    if (last[kind] === null) continue;
    let after = '';
    for (;;) {
      if (emit.stopped?.()) return { truncated };
      const ids = (await executor.read(`api/export-${kind}-page`, { after, limit: page, full: false }, o.timeoutMs)).records
        .map((r) => r.get('id') as string).filter((id) => id <= last[kind]!);
      if (ids.length === 0) break;
      const edges = await executor.read('api/export-page-edges', { ids, ...bounds }, o.timeoutMs);
      for (const r of edges.records) {
        const e = r.toObject() as ExportEdge;
        await emit.edge({ ...e, properties: clean(e.properties) });
      }
      after = ids[ids.length - 1]!;
      if (after === last[kind]) break;
    }
  }
  return { truncated };
}
