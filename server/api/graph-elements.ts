/**
 * Cytoscape elements from the row shapes our API queries return
 * (`{id, labels, props}` nodes and `{id, type, source, target, props}` edges).
 */
import type { CyEdge, CyNode, GraphElements } from '../../model/api.schema.js';

/** The node's type label: the first label that is not the shared `Entity`. */
export function nodeType(labels: readonly string[]): string {
  return labels.find((l) => l !== 'Entity') ?? labels[0] ?? 'Unknown';
}

/** What a node shows as its label: name, else title, else a cut of the text, else its id. */
export function nodeLabel(props: Record<string, unknown>, type: string): string {
  for (const k of ['name', 'title']) {
    const v = props[k];
    if (typeof v === 'string' && v.trim()) return v;
  }
  if (type === 'Article' && typeof props.text === 'string' && props.text.trim()) return `${props.text.trim().slice(0, 20)}…`;
  return typeof props.id === 'string' ? props.id : '?';
}

export interface NodeRow { id: string; labels: string[]; props: Record<string, unknown> }
export interface EdgeRow { id: string; type: string; source: string; target: string; props: Record<string, unknown> }

const DROP = new Set(['text', 'evidence', 'spans', 'articles']);

function dataProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props ?? {})) if (!DROP.has(k)) out[k] = v;
  return out;
}

export function toCyNode(n: NodeRow, extra: Record<string, unknown> = {}): CyNode {
  const type = nodeType(n.labels);
  return { group: 'nodes', data: { ...dataProps(n.props), ...extra, id: n.id, label: nodeLabel(n.props, type), type } };
}

export function toCyEdge(e: EdgeRow): CyEdge {
  return { group: 'edges', data: { ...dataProps(e.props), id: e.id, source: e.source, target: e.target, type: e.type } };
}

/** Elements with duplicates removed and edges kept only when both ends are present. */
export function toElements(nodes: NodeRow[], edges: EdgeRow[]): GraphElements {
  const byId = new Map<string, CyNode>();
  for (const n of nodes) if (n && !byId.has(n.id)) byId.set(n.id, toCyNode(n));
  const seen = new Set<string>();
  const cyEdges: CyEdge[] = [];
  for (const e of edges) {
    if (!e || seen.has(e.id) || !byId.has(e.source) || !byId.has(e.target)) continue;
    seen.add(e.id);
    cyEdges.push(toCyEdge(e));
  }
  return { nodes: [...byId.values()], edges: cyEdges };
}
