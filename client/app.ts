/**
 * The explorer's controller: owns the page state and connects the views.
 * Each feature lives in its own module; this file only wires them.
 */
import { Overview } from '../model/api.schema.js';
import { getJson } from './lib/api-client.js';
import { track } from './lib/status.js';
import { setLang, t } from './lib/i18n.js';
import { GraphView } from './graph/graph-view.js';
import { countByType } from './graph/to-cytoscape.js';
import { renderLegend } from './views/legend-view.js';

const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => document.querySelector<T>(sel)!;

export async function start(): Promise<void> {
  setLang('zh');
  const hidden = new Set<string>();
  const graph = new GraphView($('#cy'), {
    onSelect: () => undefined,
    onExpand: () => undefined,
  });
  window.cy = graph.cy;

  const refreshLegend = (): void => {
    renderLegend($('#legend'), countByType(graph.cy.nodes().map((n) => ({ data: n.data() as { type?: unknown } }))), hidden, (type) => {
      if (hidden.has(type)) hidden.delete(type); else hidden.add(type);
      graph.setHiddenTypes(hidden);
      refreshLegend();
    });
  };

  const overview = await track($('#graph-wrap'), () => getJson('/api/graph/overview', Overview, { limit: 150 }), t('loading'));
  if (overview) await graph.replace(overview.elements);
  refreshLegend();
  window.__ready = true;
}
