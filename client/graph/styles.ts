/**
 * Colour and shape per node type, and the Cytoscape stylesheet built from
 * them. Pure data: the legend and the graph read the same table, so a type
 * always looks the same in both.
 */
import type { Css, StylesheetJson } from 'cytoscape';

export interface TypeLook { color: string; shape: Css.NodeShape }

/** Colours chosen to stay distinct for common colour-vision deficiencies. */
export const TYPE_LOOKS: Record<string, TypeLook> = {
  Person: { color: '#d1495b', shape: 'ellipse' },
  Role: { color: '#edae49', shape: 'round-rectangle' },
  Place: { color: '#2a9d8f', shape: 'diamond' },
  Organization: { color: '#00798c', shape: 'round-hexagon' },
  Project: { color: '#8e6cc1', shape: 'round-pentagon' },
  Meeting: { color: '#e07a1f', shape: 'star' },
  Article: { color: '#6c757d', shape: 'round-tag' },
};
const FALLBACK: TypeLook = { color: '#9aa0a6', shape: 'ellipse' };

/** The look of a type; unknown types get a neutral grey circle. */
export function lookOf(type: string): TypeLook {
  return TYPE_LOOKS[type] ?? FALLBACK;
}

/** CSS clip-path that draws a legend swatch in roughly the node's shape. */
export function swatchClipPath(shape: string): string {
  if (shape.includes('diamond')) return 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)';
  if (shape.includes('hexagon')) return 'polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%)';
  if (shape.includes('pentagon')) return 'polygon(50% 0, 100% 38%, 82% 100%, 18% 100%, 0 38%)';
  if (shape === 'star') return 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)';
  if (shape.includes('tag')) return 'polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%)';
  if (shape.includes('rectangle')) return 'inset(10% 0 10% 0 round 3px)';
  return 'circle(50% at 50% 50%)';
}

/**
 * The Cytoscape stylesheet. Labels vanish below a rendered size of 7px, which
 * is how labels stay hidden when the view is zoomed out (and drawing stays cheap).
 */
export function buildStylesheet(): StylesheetJson {
  const perType = Object.entries(TYPE_LOOKS).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': look.color, shape: look.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 11, 'min-zoomed-font-size': 7,
        // Long meeting and article names are cut with an ellipsis; the details panel has them whole.
        'text-wrap': 'ellipsis', 'text-max-width': '130px',
        'text-valign': 'bottom', 'text-margin-y': 3, color: '#1f2328',
        'text-outline-color': '#ffffff', 'text-outline-width': 2,
        width: 22, height: 22, 'background-color': FALLBACK.color,
        'border-width': 1, 'border-color': '#ffffff',
      },
    },
    ...perType,
    // Busier entities (the overview sends their degree) are drawn bigger.
    { selector: 'node[degree]', style: { width: 'mapData(degree, 0, 40, 18, 46)', height: 'mapData(degree, 0, 40, 18, 46)' } },
    { selector: 'node[type = "Article"]', style: { width: 16, height: 16 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1f2328', width: 30, height: 30 } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#343a40' } },
    { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#c92a2a' } },
    { selector: 'node:selected', style: { 'overlay-color': '#1c7ed6', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 1.5, 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd',
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier',
        label: 'data(type)', 'font-size': 8, 'min-zoomed-font-size': 9, color: '#495057',
        'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
      },
    },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': '#c92a2a', 'target-arrow-color': '#c92a2a' } },
    { selector: '.hidden-type, .out-of-range', style: { display: 'none' } },
  ];
}
