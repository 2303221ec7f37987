/**
 * Pure transforms from API graph shapes to Cytoscape element definitions.
 * No DOM and no Cytoscape instance here, so they are unit-tested directly.
 */
import type { ElementDefinition } from 'cytoscape';
import type { GraphElements } from '../../model/api.schema.js';

/**
 * Elements for Cytoscape: nodes first, then edges whose two ends are known
 * (either in this batch or already drawn), each id once.
 */
export function toElements(g: GraphElements, alreadyDrawn: ReadonlySet<string> = new Set()): ElementDefinition[] {
  const seen = new Set<string>();
  const nodes: ElementDefinition[] = [];
  for (const n of g.nodes) {
    if (seen.has(n.data.id)) continue;
    seen.add(n.data.id);
    nodes.push({ group: 'nodes', data: { ...n.data } });
  }
  const known = (id: string): boolean => seen.has(id) || alreadyDrawn.has(id);
  const edges: ElementDefinition[] = [];
  for (const e of g.edges) {
    if (seen.has(e.data.id) || !known(e.data.source) || !known(e.data.target)) continue;
    seen.add(e.data.id);
    edges.push({ group: 'edges', data: { ...e.data } });
  }
  return [...nodes, ...edges];
}

/** Only the elements not drawn yet: what an expansion really adds (and what undo removes). */
export function newElements(g: GraphElements, drawn: ReadonlySet<string>): ElementDefinition[] {
  return toElements(g, drawn).filter((el) => !drawn.has(String(el.data.id)));
}

/** Counts per value of `data.type`, e.g. for the legend. */
export function countByType(items: ReadonlyArray<{ data: { type?: unknown } }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const it of items) {
    const t = String(it.data.type ?? 'unknown');
    counts[t] = (counts[t] ?? 0) + 1;
  }
  return counts;
}

/**
 * The date an element is dated by, for the date-range filter: an explicit
 * `published`/`date`/`last_seen` when present, else none (undated elements
 * always stay visible).
 */
export function elementDate(data: Record<string, unknown>): string | null {
  for (const key of ['published', 'date', 'last_seen', 'first_seen']) {
    const v = data[key];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  }
  return null;
}

/** Whether a date falls in `[from, to]` (either bound optional; undated is always in). */
export function inDateRange(date: string | null, from?: string | null, to?: string | null): boolean {
  if (!date) return true;
  if (from && date < from) return false;
  if (to && date > to) return false;
  return true;
}
