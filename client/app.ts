/**
 * The explorer's controller: owns the page state (mirrored in the URL) and
 * connects the views. Each feature lives in its own module; this file wires.
 */
import { type CorrectionResult, type Paths } from '../model/api.schema.js';
import { lang, setLang, t } from './lib/i18n.js';
import { el } from './lib/dom.js';
import { apiKey, onKeyChange } from './lib/auth.js';
import { EMPTY_STATE, parseUrlState, serializeUrlState, type UrlState, type ViewName } from './lib/url-state.js';
import { GraphView } from './graph/graph-view.js';
import { hasWebGL2 } from './graph/renderer.js';
import { Explorer } from './graph/explorer.js';
import { countByType, elementDate } from './graph/to-cytoscape.js';
import { mountDateFilter } from './views/date-filter.js';
import { renderLegend } from './views/legend-view.js';
import { mountSearch } from './views/search-view.js';
import { openArticle } from './views/article-reader.js';
import { chooseRelTypes } from './views/expand-dialog.js';
import { mountGraphExports } from './views/graph-export.js';
import { mountShortcuts } from './views/shortcuts.js';
import { mountOtherViews, type OtherViews } from './views/other-views.js';
import { mountRanked } from './views/ranked-view.js';
import { mountExploreBar } from './views/explore-bar.js';
import { openKeyDialog } from './views/key-dialog.js';
import { openUploadDialog } from './views/upload-dialog.js';
import { renderPaths } from './views/path-list.js';
import { Navigator } from './navigator.js';
import { mountPanels } from './views/panels.js';
import { showDetails } from './views/details-loader.js';

const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => document.querySelector<T>(sel)!;

export async function start(): Promise<void> {
  const state: UrlState = { ...EMPTY_STATE, ...parseUrlState(location.search) };
  setLang(state.lang);
  $('#lang-switch').textContent = state.lang === 'zh' ? 'EN' : '中文';
  const hidden = new Set(state.hidden);
  const notice = (text: string): void => { $('#path-info').replaceChildren(text); };
  const panels = mountPanels();

  const graph = new GraphView($('#cy'), {
    onSelect: (node) => void select(node ? node.id() : null, true),
    onExpand: (node) => void explorer.expand(node.id()),
  }, { webgl: useWebGL(new URLSearchParams(location.search).get('renderer')) });
  window.cy = graph.cy;
  window.__explorer = { replace: (g) => graph.replace(g), renderer: graph.renderer, detailPending: () => graph.detailPending };
  const explorer = new Explorer(graph, $('#graph-wrap'), {
    select: (id) => void select(id),
    chooseRelTypes: (name, choices) => chooseRelTypes($<HTMLDialogElement>('#expand-dialog'), name, choices),
    notice,
    paths: (found: Paths) => renderPaths($('#path-info'), found, graph, (id) => void explorer.focusEntity(id)),
    changed: () => { refreshLegend(); saveUrl(); },
  });
  graph.setHiddenTypes(hidden);

  const saveUrl = (): void => {
    state.hidden = [...hidden];
    state.expanded = explorer.history.expandedIds();
    const url = `${location.pathname}${serializeUrlState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history.replaceState(history.state, '', url);
    document.title = state.title ? `${state.title} · 本报讯` : '本报讯 baoxun';
  };

  const refreshLegend = (): void => {
    dates.setDates(graph.cy.elements().map((x) => elementDate(x.data() as Record<string, unknown>)));
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

  /** Shows an entity's details (`reveal`: a tap asked for them, so a phone opens the sheet). */
  async function select(id: string | null, reveal = false): Promise<void> {
    state.focus = id;
    saveUrl();
    if (!id) {
      $('#details').replaceChildren(el('p', { class: 'muted' }, t('noSelection')));
      delete $('#details').dataset.entity;
      return;
    }
    panels.show('details', reveal);
    await showDetails($('#details'), id, () => state.focus === id, {
      explorer, graph, notice,
      explore: () => nav.explore(id),
      openArticle: showArticle,
      timeline: () => { showView('timeline'); others.timeline(id); },
      corrected: (r, kept) => void corrected(r, kept),
      reselect: () => void select(id),
    });
  }

  /** After a correction or its undo: the cached lists and details are stale, the view is redrawn. */
  async function corrected(_r: CorrectionResult, kept: string | null): Promise<void> {
    explorer.forget();
    nav.invalidateTop();
    others.corrected();
    if (kept && state.start && state.start !== kept) state.start = kept;
    await nav.redraw();
    if (kept) await select(kept);
  }

  const bar = mountExploreBar($('#explore-bar'), {
    back: () => nav.back(), home: () => nav.home(), clear: () => nav.clear(),
    urlNamed: (name) => { state.title = name; saveUrl(); return `${location.pathname}${location.search}`; },
  });
  const ranked = mountRanked($('#ranked'), {
    pick: (id) => (graph.cy.getElementById(id).nonempty() ? (graph.focus(id), void select(id, true)) : nav.explore(id)),
    explore: (id) => nav.explore(id),
  });
  const nav = new Navigator({ state, graph, explorer, ranked, bar, panels, rankedEl: $('#ranked'), wrap: $('#graph-wrap'), saveUrl, refreshLegend, notice });

  others = mountOtherViews({
    state, saveUrl, openArticle: showArticle,
    showInGraph: (id) => { showView('graph'); void explorer.focusEntity(id); },
    drawResult: async (els) => { showView('graph'); await graph.replace(els); refreshLegend(); },
    corrected: (r) => void corrected(r, null),
  });

  document.querySelectorAll<HTMLElement>('.tabs button').forEach((b) => b.addEventListener('click', () => showView(b.dataset.view as ViewName)));
  $('#lang-switch').addEventListener('click', () => {
    state.lang = lang() === 'zh' ? 'en' : 'zh';
    setLang(state.lang);
    $('#lang-switch').textContent = state.lang === 'zh' ? 'EN' : '中文';
    refreshLegend();
    graph.relabel();
    nav.relabel();
    others.relabel();
    void select(state.focus);
    saveUrl();
  });
  mountSearch($<HTMLInputElement>('#search'), $('#suggestions'), (hit, mode) => {
    showView('graph');
    // From the overview (or when asked), a hit starts a new exploration: only its neighbourhood.
    if (mode === 'explore' || nav.onOverview()) nav.explore(hit.id);
    else void explorer.focusEntity(hit.id);
  });
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
  $('#btn-key').addEventListener('click', () => openKeyDialog($<HTMLDialogElement>('#key-dialog')));
  $('#btn-upload').addEventListener('click', () => openUploadDialog($<HTMLDialogElement>('#upload-dialog'), {
    uploaded: () => { nav.invalidateTop(); if (nav.onOverview()) void nav.redraw(); },
    open: (id) => { showView('graph'); nav.explore(id); },
  }));
  const keyChanged = (): void => {
    document.body.classList.toggle('has-key', !!apiKey());
    document.querySelectorAll<HTMLElement>('.needs-key').forEach((b) => { b.hidden = !apiKey(); });
    $('#btn-key').classList.toggle('active', !!apiKey());
  };
  // Signing in or out shows or hides the corrections of the selected entity.
  onKeyChange(() => { keyChanged(); if (state.focus) void select(state.focus); others.keyChanged(); });
  keyChanged();
  mountGraphExports(graph);
  mountShortcuts({ graph, explorer, search: $<HTMLInputElement>('#search') });
  window.addEventListener('popstate', () => {
    Object.assign(state, EMPTY_STATE, parseUrlState(location.search));
    void nav.draw().then(() => showView(state.view));
  });

  await nav.draw();
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
