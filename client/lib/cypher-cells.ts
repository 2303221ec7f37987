/**
 * How console result values read in a table cell: nodes by name and label,
 * relationships by type, paths by length, everything else as JSON.
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  const o = v as Record<string, unknown>;
  const props = (o.properties ?? {}) as Record<string, unknown>;
  if (Array.isArray(o.labels)) {
    const name = props.name ?? props.title ?? o.id;
    return `(${String(name)}:${(o.labels as string[]).filter((l) => l !== 'Entity').join(':')})`;
  }
  if (typeof o.type === 'string' && 'start' in o && 'end' in o) return `[:${o.type}]`;
  if (Array.isArray(o.nodes) && Array.isArray(o.relationships)) return `path(${(o.relationships as unknown[]).length})`;
  return JSON.stringify(v);
}

/** The most recent queries first, without repeats, at most `max`. */
export function pushHistory(list: readonly string[], query: string, max = 30): string[] {
  const q = query.trim();
  if (!q) return [...list];
  return [q, ...list.filter((x) => x !== q)].slice(0, max);
}

/** Parses the parameters box; empty means `{}`. Throws with a readable message on bad JSON. */
export function parseParams(text: string): Record<string, unknown> {
  if (!text.trim()) return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new Error(`parameters: ${(err as Error).message}`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('parameters: a JSON object is expected, e.g. {"name": "…"}');
  return v as Record<string, unknown>;
}

/** Whether a console result holds nodes to draw (else it shows as a table, whatever mode was chosen). */
export function hasGraph(r: { elements: { nodes: readonly unknown[] } | null }): boolean {
  return !!r.elements && r.elements.nodes.length > 0;
}
