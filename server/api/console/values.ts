/**
 * Turns what the driver returns (nodes, relationships, paths, temporal values,
 * points) into plain JSON, and gathers the graph parts for Cytoscape.
 * server/api may not import neo4j-driver (dependency rule), so the driver's
 * classes are recognised by their shape.
 */
import type { CyEdge, CyNode, GraphElements } from '../../../model/api.schema.js';
import { nodeLabel, nodeType } from '../graph-elements.js';

interface DNode { elementId: string; labels: string[]; properties: Record<string, unknown> }
interface DRel { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> }
interface DPath { start: DNode; end: DNode; segments: Array<{ start: DNode; relationship: DRel; end: DNode }> }

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNode = (v: unknown): v is DNode => isObj(v) && Array.isArray(v.labels) && 'elementId' in v && isObj(v.properties);
const isRel = (v: unknown): v is DRel => isObj(v) && typeof v.type === 'string' && 'startNodeElementId' in v && isObj(v.properties);
const isPath = (v: unknown): v is DPath => isObj(v) && Array.isArray(v.segments) && isNode(v.start);

/** Collects nodes and relationships met while converting values. */
export class ElementCollector {
  private nodes = new Map<string, CyNode>();
  private edges = new Map<string, CyEdge>();
  private idOf = new Map<string, string>(); // elementId → graph id
  private pendingRels: DRel[] = [];

  addNode(n: DNode): void {
    const id = typeof n.properties.id === 'string' ? n.properties.id : n.elementId;
    this.idOf.set(n.elementId, id);
    if (!this.nodes.has(id)) {
      const type = nodeType(n.labels);
      this.nodes.set(id, { group: 'nodes', data: { ...scalarProps(n.properties), id, label: nodeLabel(n.properties, type), type } });
    }
  }

  addRel(r: DRel): void {
    this.pendingRels.push(r);
  }

  /** The Cytoscape elements; edges whose end nodes were not returned get a stub node. */
  elements(): GraphElements | null {
    for (const r of this.pendingRels) {
      if (this.edges.has(r.elementId)) continue;
      const source = this.endpoint(r.startNodeElementId);
      const target = this.endpoint(r.endNodeElementId);
      this.edges.set(r.elementId, {
        group: 'edges',
        data: { ...scalarProps(r.properties), id: r.elementId, source, target, type: r.type },
      });
    }
    if (this.nodes.size === 0 && this.edges.size === 0) return null;
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }

  private endpoint(elementId: string): string {
    const known = this.idOf.get(elementId);
    if (known) return known;
    this.idOf.set(elementId, elementId);
    this.nodes.set(elementId, { group: 'nodes', data: { id: elementId, label: '…', type: 'Unknown' } });
    return elementId;
  }
}

/** Only scalars and short lists go into element data (the text of an article would bloat the graph). */
function scalarProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (k === 'text' || k === 'evidence') continue;
    const j = toJson(v);
    if (typeof j !== 'string' || j.length <= 200) out[k] = j;
  }
  return out;
}

/** A driver value as JSON; graph parts are also handed to `collector`. */
export function toJson(v: unknown, collector?: ElementCollector): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => toJson(x, collector));
  if (isNode(v)) {
    collector?.addNode(v);
    return { id: v.elementId, labels: v.labels, properties: toJson(v.properties) };
  }
  if (isRel(v)) {
    collector?.addRel(v);
    return { id: v.elementId, type: v.type, start: v.startNodeElementId, end: v.endNodeElementId, properties: toJson(v.properties) };
  }
  if (isPath(v)) {
    const nodes = [v.start, ...v.segments.map((s) => s.end)];
    const rels = v.segments.map((s) => s.relationship);
    return { nodes: toJson(nodes, collector), relationships: toJson(rels, collector) };
  }
  const ctor = (v as object).constructor?.name;
  if (ctor && ctor !== 'Object') {
    // Temporal values, durations, points, Integer: their own string form (ISO 8601 for dates).
    if (ctor === 'Integer' && typeof (v as { toNumber?: () => number }).toNumber === 'function') {
      return (v as { toNumber: () => number }).toNumber();
    }
    if (ctor === 'Point') {
      const p = v as { srid: number; x: number; y: number; z?: number };
      return { srid: toJson(p.srid), x: p.x, y: p.y, ...(p.z !== undefined ? { z: p.z } : {}) };
    }
    return String(v);
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = toJson(x, collector);
  return out;
}
