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

/** Screen size of labels in pixels: labels keep it at every zoom (see graph-view.ts). */
export const LABEL_PX = 12;
export const CAPTION_PX = 10;
/** Longest label on screen (a meeting's name with its date fits). */
export const LABEL_MAX_PX = 220;

/**
 * The Cytoscape stylesheet for a given zoom (`scale`): labels are sized in model units so
 * that they read at LABEL_PX on screen whatever the zoom. Which labels are drawn is decided
 * by the level-of-detail pass (label-lod.ts): only nodes with the class `labelled` show one,
 * only edges with `captioned` (hover, a selected node's edges, small views) their caption.
 */
export function buildStylesheet(scale = 1): StylesheetJson {
  const k = 1 / Math.max(scale, 0.01);
  const perType = Object.entries(TYPE_LOOKS).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': look.color, shape: look.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: '', 'font-size': LABEL_PX * k, 'min-zoomed-font-size': 6,
        // Long meeting and article names are cut with an ellipsis; the details panel has them whole.
        'text-wrap': 'ellipsis', 'text-max-width': `${LABEL_MAX_PX * k}px`,
        'text-valign': 'bottom', 'text-margin-y': 3 * k, color: '#1f2328',
        'text-outline-color': '#ffffff', 'text-outline-width': 2 * k,
        width: 22, height: 22, 'background-color': FALLBACK.color,
        'border-width': 1, 'border-color': '#ffffff',
      },
    },
    ...perType,
    // Busier entities are drawn bigger: size from degree on a log scale (captions.ts nodeSize).
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node[type = "Article"]', style: { width: 16, height: 16 } },
    { selector: 'node.labelled', style: { label: 'data(display)' } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1f2328' } },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#343a40' } },
    { selector: 'node.path-end', style: { 'border-width': 4, 'border-color': '#c92a2a' } },
    { selector: 'node:selected', style: { 'overlay-color': '#1c7ed6', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)', 'line-color': '#adb5bd', 'target-arrow-color': '#adb5bd', 'line-opacity': 0.8,
        'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, 'curve-style': 'bezier',
        label: '', 'font-size': CAPTION_PX * k, 'min-zoomed-font-size': 5, color: '#343a40',
        'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
        'text-background-padding': `${1 * k}px`,
      },
    },
    { selector: 'edge[!width]', style: { width: 1.5 } },
    // Who chaired a meeting stands out: a red, heavier attendance edge.
    { selector: 'edge[as = "chair"]', style: { 'line-color': '#c92a2a', 'target-arrow-color': '#c92a2a', 'line-opacity': 1 } },
    { selector: 'edge.captioned', style: { label: 'data(caption)' } },
    { selector: 'edge.hover', style: { 'line-color': '#1c7ed6', 'target-arrow-color': '#1c7ed6', 'z-index': 10 } },
    { selector: 'edge.on-path', style: { width: 4, 'line-color': '#c92a2a', 'target-arrow-color': '#c92a2a' } },
    { selector: '.hidden-type, .out-of-range', style: { display: 'none' } },
  ];
}
