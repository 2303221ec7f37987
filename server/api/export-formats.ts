/** Pure writers of the export formats: GraphML (Gephi, yEd) and one CSV (spreadsheets). */
import type { ExportJson } from '../../model/api.schema.js';

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** A property value as text: lists joined with `|`, null empty. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(valueText).join('|');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function keysOf(items: Array<{ properties: Record<string, unknown> }>): string[] {
  const keys = new Set<string>();
  for (const it of items) for (const k of Object.keys(it.properties)) keys.add(k);
  keys.delete('id');
  return [...keys].sort();
}

/** GraphML with one `<key>` per property name; node `type` is the first label that is not Entity. */
export function toGraphml(g: ExportJson): string {
  const nodeKeys = keysOf(g.nodes);
  const edgeKeys = keysOf(g.edges);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...nodeKeys.map((k) => `<key id="n_${xmlEscape(k)}" for="node" attr.name="${xmlEscape(k)}" attr.type="string"/>`),
    ...edgeKeys.map((k) => `<key id="e_${xmlEscape(k)}" for="edge" attr.name="${xmlEscape(k)}" attr.type="string"/>`),
    '<graph id="baoxun" edgedefault="directed">',
  ];
  const data = (prefix: string, props: Record<string, unknown>) =>
    Object.entries(props).filter(([k, v]) => k !== 'id' && v !== null && v !== undefined)
      .map(([k, v]) => `<data key="${prefix}${xmlEscape(k)}">${xmlEscape(valueText(v))}</data>`).join('');
  for (const n of g.nodes) {
    out.push(`<node id="${xmlEscape(n.id)}"><data key="labels">${xmlEscape(n.labels.join(':'))}</data>${data('n_', n.properties)}</node>`);
  }
  for (const e of g.edges) {
    out.push(`<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">` +
      `<data key="type">${xmlEscape(e.type)}</data>${data('e_', e.properties)}</edge>`);
  }
  out.push('</graph>', '</graphml>');
  return out.join('\n');
}

/** RFC 4180 quoting; a leading =,+,-,@ gets a `'` so spreadsheets do not run it as a formula. */
export function csvCell(v: unknown): string {
  let s = valueText(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV: `kind,id,labels_or_type,source,target,<properties…>`, nodes first, then edges. */
export function toCsv(g: ExportJson): string {
  const keys = [...new Set([...keysOf(g.nodes), ...keysOf(g.edges)])].sort();
  const rows = [['kind', 'id', 'label', 'source', 'target', ...keys].join(',')];
  for (const n of g.nodes) rows.push(['node', n.id, n.labels.join(':'), '', '', ...keys.map((k) => n.properties[k])].map(csvCell).join(','));
  for (const e of g.edges) rows.push(['edge', e.id, e.type, e.source, e.target, ...keys.map((k) => e.properties[k])].map(csvCell).join(','));
  return `${rows.join('\r\n')}\r\n`;
}
