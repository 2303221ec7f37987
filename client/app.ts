/**
 * The explorer's controller: owns the page state (mirrored in the URL) and
 * connects the views. Each feature lives in its own module; this file wires.
 */
import { Overview, PersonTimeline } from '../model/api.schema.js';
import { getJson } from './lib/api-client.js';
import { track } from './lib/status.js';
import { lang, setLang, t } from './lib/i18n.js';
import { el } from './lib/dom.js';
import { EMPTY_STATE, parseUrlState, serializeUrlState, type UrlState, type ViewName } from './lib/url-state.js';
import { GraphView } from './graph/graph-view.js';
import { hasWebGL2 } from './graph/renderer.js';
import { Explorer } from './graph/explorer.js';
import { countByType, elementDate } from './graph/to-cytoscape.js';
import { mountDateFilter } from './views/date-filter.js';
import { renderLegend } from './views/legend-view.js';
import { mountSearch } from './views/search-view.js';
import { renderDetails } from './views/details-view.js';
import { openArticle } from './views/article-reader.js';
import { chooseRelTypes } from './views/expand-dialog.js';
import { mountGraphExports } from './views/graph-export.js';
import { mountShortcuts } from './views/shortcuts.js';
import { mountOtherViews, type OtherViews } from './views/other-views.js';

const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => document.querySelector<T>(sel)!;

export async function start(): Promise<void> {
  const state: UrlState = { ...EMPTY_STATE, ...parseUrlState(location.search) };
  setLang(state.lang);
  $('#lang-switch').textContent = state.lang === 'zh' ? 'EN' : '中文';
  const hidden = new Set(state.hidden);
  const notice = (text: string): void => { $('#path-info').textContent = text; };

  const graph = new GraphView($('#cy'), {
    onSelect: (node) => void select(node ? node.id() : null),
    onExpand: (node) => void explorer.expand(node.id()),
  }, { webgl: useWebGL(new URLSearchParams(location.search).get('renderer')) });
  window.cy = graph.cy;
  window.__explorer = { replace: (g) => graph.replace(g), renderer: graph.renderer };
  const explorer = new Explorer(graph, $('#graph-wrap'), {
    select: (id) => void select(id),
    chooseRelTypes: (name, choices) => chooseRelTypes($<HTMLDialogElement>('#expand-dialog'), name, choices),
    notice,
    changed: () => { refreshLegend(); saveUrl(); },
  });
  graph.setHiddenTypes(hidden);

  const saveUrl = (): void => {
    state.hidden = [...hidden];
    state.expanded = explorer.history.expandedIds();
    const url = `${location.pathname}${serializeUrlState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
  };

  const refreshLegend = (): void => {
    dates.setDates(graph.cy.elements().map((el) => elementDate(el.data() as Record<string, unknown>)));
    renderLegend($('#legend'), countByType(graph.cy.nodes().map((n) => ({ data: n.data() as { type?: unknown } }))), hidden, (type) => {
      if (hidden.has(type)) hidden.delete(type); else hidden.add(type);
      graph.setHiddenTypes(hidden);
      refreshLegend();
      saveUrl();
    });
  };

  const showArticle = (id: string, ev?: Parameters<typeof openArticle>[2]): void =>
    void openArticle($<HTMLDialogElement>('#article-dialog'), id, ev, (entity) => { showView('graph'); void explorer.focusEntity(entity); });

  let others: OtherViews;
  const showView = (view: ViewName): void => {
    state.view = view;
    document.querySelectorAll<HTMLElement>('.tabs button').forEach((b) => b.classList.toggle('active', b.dataset.view === view));
    document.querySelectorAll<HTMLElement>('.view').forEach((v) => v.classList.toggle('active', v.id === `view-${view}`));
    if (view === 'graph') graph.cy.resize();
    others.shown(view);
    saveUrl();
  };

  async function select(id: string | null): Promise<void> {
    const panel = $('#details');
    state.focus = id;
    saveUrl();
    if (!id) {
      panel.replaceChildren(el('p', { class: 'muted' }, t('noSelection')));
      return;
    }
    const d = await track(panel, () => explorer.detail(id), t('loading'));
    if (!d || state.focus !== id) return;
    const roles = d.type === 'Person'
      ? (await getJson(`/api/people/${encodeURIComponent(id)}/timeline`, PersonTimeline).catch(() => null))?.roles ?? null
      : null;
    if (state.focus !== id) return;
    renderDetails(panel, d, roles, graph.cy.getElementById(id).locked(), {
      expand: () => void explorer.expand(id),
      collapse: () => explorer.collapse(id),
      togglePin: () => { explorer.togglePin(id); void select(id); },
      pathFrom: () => { explorer.setPathEnd('from', id); notice(`${t('pathFrom')}: ${d.name}`); },
      pathTo: () => { explorer.setPathEnd('to', id); void explorer.findPaths(); },
      focusEntity: (other) => void explorer.focusEntity(other),
      openArticle: showArticle,
      timeline: d.type === 'Person' ? () => { showView('timeline'); others.timeline(id); } : undefined,
      history: d.type === 'Project' ? () => { showView('timeline'); others.timeline(id); } : undefined,
    });
  }

  others = mountOtherViews({
    state, saveUrl, openArticle: showArticle,
    showInGraph: (id) => { showView('graph'); void explorer.focusEntity(id); },
    drawResult: async (els) => { showView('graph'); await graph.replace(els); refreshLegend(); },
  });

  document.querySelectorAll<HTMLElement>('.tabs button').forEach((b) => b.addEventListener('click', () => showView(b.dataset.view as ViewName)));
  $('#lang-switch').addEventListener('click', () => {
    state.lang = lang() === 'zh' ? 'en' : 'zh';
    setLang(state.lang);
    $('#lang-switch').textContent = state.lang === 'zh' ? 'EN' : '中文';
    refreshLegend();
    void select(state.focus);
    saveUrl();
  });
  mountSearch($<HTMLInputElement>('#search'), $('#suggestions'), (hit) => { showView('graph'); void explorer.focusEntity(hit.id); });
  const dates = mountDateFilter(state, (from, to) => {
    state.from = from;
    state.to = to;
    explorer.range = { from, to };
    graph.setDateRange(from, to);
    saveUrl();
  });
  explorer.range = { from: state.from, to: state.to };
  graph.setDateRange(state.from, state.to);
  $('#btn-undo').addEventListener('click', () => explorer.undo());
  $('#btn-fit').addEventListener('click', () => graph.cy.fit(undefined, 30));
  $('#btn-relayout').addEventListener('click', () => void graph.relayout());
  $('#btn-paths').addEventListener('click', () => void explorer.findPaths());
  mountGraphExports(graph);
  mountShortcuts({ graph, explorer, search: $<HTMLInputElement>('#search') });

  await restore(state, explorer, graph);
  refreshLegend();
  showView(state.view);
  window.__ready = true;
}

/**
 * WebGL draws big views faster where the browser has WebGL2; `?renderer=canvas|webgl` overrides.
 * Without a GPU (e.g. headless with --disable-gpu) there is no WebGL2 and the canvas is used.
 */
function useWebGL(param: string | null): boolean {
  if (param === 'canvas') return false;
  if (param === 'webgl') return true;
  return hasWebGL2();
}

/**
 * Draws the graph the URL describes: the start (an entity's neighbourhood, or the overview),
 * the expansions in order, then the focus. A bare `?focus=X` link starts from X.
 */
async function restore(state: UrlState, explorer: Explorer, graph: GraphView): Promise<void> {
  const expanded = [...state.expanded];
  if (!state.start && state.focus && expanded.length === 0) state.start = state.focus;
  let started = false;
  if (state.start) started = await explorer.startFrom(state.start);
  if (!started) {
    state.start = null;
    const overview = await track($('#graph-wrap'), () => getJson('/api/graph/overview', Overview, { limit: 150 }), t('loading'));
    // Marks for the benchmark: when the first data arrived and when it was laid out.
    performance.mark('baoxun:overview-fetched');
    if (overview) await graph.replace(overview.elements);
    performance.mark('baoxun:overview-drawn');
  }
  for (const id of expanded) if (graph.cy.getElementById(id).nonempty()) await explorer.expand(id, false);
  if (state.focus) await explorer.focusEntity(state.focus);
}
