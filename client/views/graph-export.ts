/** Export buttons of the graph view: PNG (Cytoscape), SVG (our own writer), JSON (the elements). */
import type { GraphView } from '../graph/graph-view.js';
import { toSvg } from '../graph/svg-export.js';
import { download } from '../lib/dom.js';

/** The drawn graph as plain data: what the JSON export holds. */
export function graphJson(graph: GraphView): { nodes: unknown[]; edges: unknown[] } {
  const cy = graph.cy;
  return {
    nodes: cy.nodes().map((n) => ({ data: n.data() as unknown, position: n.position() })),
    edges: cy.edges().map((e) => ({ data: e.data() as unknown })),
  };
}

export function mountGraphExports(graph: GraphView): void {
  const cy = graph.cy;
  document.querySelector('#btn-png')!.addEventListener('click', () => {
    const blob = cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });
    download('baoxun-graph.png', blob);
  });
  document.querySelector('#btn-svg')!.addEventListener('click', () => {
    const visible = cy.elements(':visible');
    const svg = toSvg(
      visible.nodes().map((n) => ({ id: n.id(), ...n.position(), label: String(n.data('display') ?? n.data('label') ?? ''), type: String(n.data('type') ?? '') })),
      visible.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), type: String(e.data('type') ?? '') })),
    );
    download('baoxun-graph.svg', svg, 'image/svg+xml');
  });
  document.querySelector('#btn-json')!.addEventListener('click', () => {
    download('baoxun-graph.json', JSON.stringify(graphJson(graph), null, 2), 'application/json');
  });
}
