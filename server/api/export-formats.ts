/** Pure writers of the export formats: GraphML (Gephi, yEd) and one CSV (spreadsheets). */
import type { ExportJson } from '../../model/api.schema.js';
import { csvCell, valueText } from '../export/csv.js';

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export { csvCell, valueText } from '../export/csv.js';

function keysOf(items: Array<{ properties: Record<string, unknown> }>): string[] {
  const keys = new Set<string>();
  for (const it of items) for (const k of Object.keys(it.properties)) keys.add(k);
  keys.delete('id');
  return [...keys].sort();
}

type ExportNode = ExportJson['nodes'][number];
type ExportEdge = ExportJson['edges'][number];

/**
 * One export written piece by piece (so a whole graph streams from the database in constant
 * memory): `header()`, then `node()` for every node and `edge()` for every edge (nodes first),
 * then `footer()`; each returns the text to write. The property columns (CSV) and keys
 * (GraphML) must be known up front: `nodeKeys`, `edgeKeys`.
 */
export interface GraphWriter {
  header(): string;
  node(n: ExportNode): string;
  edge(e: ExportEdge): string;
  footer(truncated: boolean): string;
  readonly contentType: string;
  readonly extension: string;
}

export function graphWriter(format: 'json' | 'csv' | 'graphml', nodeKeys: string[], edgeKeys: string[]): GraphWriter {
  if (format === 'json') return jsonWriter();
  if (format === 'graphml') return graphmlWriter(nodeKeys.filter((k) => k !== 'id'), edgeKeys.filter((k) => k !== 'id'));
  return csvWriter([...new Set([...nodeKeys, ...edgeKeys])].filter((k) => k !== 'id').sort());
}

/** `{"nodes":[…],"edges":[…],"truncated":…}` (ExportJson), one element at a time. */
function jsonWriter(): GraphWriter {
  let phase: 'nodes' | 'edges' = 'nodes';
  let first = true;
  const item = (v: unknown) => {
    const sep = first ? '' : ',';
    first = false;
    return sep + JSON.stringify(v);
  };
  const toEdges = () => {
    if (phase === 'edges') return '';
    phase = 'edges';
    first = true;
    return '],"edges":[';
  };
  return {
    contentType: 'application/json; charset=utf-8', extension: 'json',
    header: () => '{"nodes":[',
    node: (n) => item(n),
    edge: (e) => toEdges() + item(e),
    footer: (truncated) => `${toEdges()}],"truncated":${truncated}}`,
  };
}

/** GraphML with one `<key>` per property name; node `labels` joined by `:`. */
function graphmlWriter(nodeKeys: string[], edgeKeys: string[]): GraphWriter {
  const data = (prefix: string, props: Record<string, unknown>) =>
    Object.entries(props).filter(([k, v]) => k !== 'id' && v !== null && v !== undefined)
      .map(([k, v]) => `<data key="${prefix}${xmlEscape(k)}">${xmlEscape(valueText(v))}</data>`).join('');
  return {
    contentType: 'application/graphml+xml', extension: 'graphml',
    header: () => [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="labels" for="node" attr.name="labels" attr.type="string"/>',
      '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
      ...nodeKeys.map((k) => `<key id="n_${xmlEscape(k)}" for="node" attr.name="${xmlEscape(k)}" attr.type="string"/>`),
      ...edgeKeys.map((k) => `<key id="e_${xmlEscape(k)}" for="edge" attr.name="${xmlEscape(k)}" attr.type="string"/>`),
      '<graph id="baoxun" edgedefault="directed">',
    ].join('\n') + '\n',
    node: (n) => `<node id="${xmlEscape(n.id)}"><data key="labels">${xmlEscape(n.labels.join(':'))}</data>${data('n_', pick(n.properties, nodeKeys))}</node>\n`,
    edge: (e) => `<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">` +
      `<data key="type">${xmlEscape(e.type)}</data>${data('e_', pick(e.properties, edgeKeys))}</edge>\n`,
    footer: () => '</graph>\n</graphml>',
  };
}

/** One CSV: `kind,id,label,source,target,<properties…>`, nodes first, then edges. */
function csvWriter(keys: string[]): GraphWriter {
  const row = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;
  return {
    contentType: 'text/csv; charset=utf-8', extension: 'csv',
    header: () => row(['kind', 'id', 'label', 'source', 'target', ...keys]),
    node: (n) => row(['node', n.id, n.labels.join(':'), '', '', ...keys.map((k) => n.properties[k])]),
    edge: (e) => row(['edge', e.id, e.type, e.source, e.target, ...keys.map((k) => e.properties[k])]),
    footer: () => '',
  };
}

/** Only the declared keys (a GraphML `<data>` must name a declared `<key>`). */
function pick(props: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (k in props) out[k] = props[k];
  return out;
}

/** A whole export as one text (subgraphs, tests): the same writer as the streamed one. */
export function writeAll(format: 'json' | 'csv' | 'graphml', g: ExportJson): string {
  const w = graphWriter(format, keysOf(g.nodes), keysOf(g.edges));
  return [w.header(), ...g.nodes.map(w.node), ...g.edges.map(w.edge), w.footer(g.truncated)].join('');
}

export const toGraphml = (g: ExportJson): string => writeAll('graphml', g);
export const toCsv = (g: ExportJson): string => writeAll('csv', g);
