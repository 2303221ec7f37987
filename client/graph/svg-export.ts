/**
 * The drawn graph as a standalone SVG (Cytoscape has no SVG output of its
 * own): straight edges, one shape per type, labels under the nodes. Pure:
 * takes positions and looks, returns the document text.
 */
import { lookOf } from './styles.js';

export interface SvgNode { id: string; x: number; y: number; label: string; type: string }
export interface SvgEdge { source: string; target: string; type: string }

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shapeFor(n: SvgNode, r: number): string {
  const { color, shape } = lookOf(n.type);
  const poly = (pts: Array<[number, number]>): string =>
    `<polygon points="${pts.map(([dx, dy]) => `${(n.x + dx * r).toFixed(1)},${(n.y + dy * r).toFixed(1)}`).join(' ')}" fill="${color}"/>`;
  if (shape.includes('diamond')) return poly([[0, -1], [1, 0], [0, 1], [-1, 0]]);
  if (shape.includes('rectangle') || shape.includes('tag')) {
    return `<rect x="${(n.x - r).toFixed(1)}" y="${(n.y - r * 0.8).toFixed(1)}" width="${2 * r}" height="${1.6 * r}" rx="3" fill="${color}"/>`;
  }
  if (shape.includes('hexagon')) return poly([[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]]);
  if (shape.includes('pentagon') || shape === 'star') return poly([[0, -1], [0.95, -0.31], [0.59, 0.81], [-0.59, 0.81], [-0.95, -0.31]]);
  return `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${r}" fill="${color}"/>`;
}

export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], r = 11): string {
  const pad = 40;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = Math.min(0, ...xs) - pad;
  const minY = Math.min(0, ...ys) - pad;
  const w = Math.max(1, ...xs) - minX + pad;
  const h = Math.max(1, ...ys) - minY + pad;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const lines = edges.flatMap((e) => {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b) return [];
    return [`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="#adb5bd" stroke-width="1.5"><title>${esc(e.type)}</title></line>`];
  });
  const shapes = nodes.map((n) => `<g>${shapeFor(n, r)}<text x="${n.x.toFixed(1)}" y="${(n.y + r + 12).toFixed(1)}" text-anchor="middle" font-size="11">${esc(n.label)}</text></g>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX.toFixed(1)} ${minY.toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}" width="${Math.round(w)}" height="${Math.round(h)}" font-family="sans-serif">`,
    `<rect x="${minX.toFixed(1)}" y="${minY.toFixed(1)}" width="100%" height="100%" fill="#ffffff"/>`,
    ...lines, ...shapes, '</svg>',
  ].join('\n');
}
