/**
 * Explorations: what the graph view draws (the overview with its ranked lists, an
 * exploration from one entity, or an empty canvas) and moving between them. A new
 * exploration, the overview and "clear" are browser history entries, so Back (ours or the
 * browser's) returns to the view before; expansions and focus stay in the URL of each.
 */
import { TopEntities } from '../model/api.schema.js';
import { getJson } from './lib/api-client.js';
import { t } from './lib/i18n.js';
import { track } from './lib/status.js';
import { serializeUrlState, type UrlState } from './lib/url-state.js';
import type { Explorer } from './graph/explorer.js';
import type { GraphView } from './graph/graph-view.js';
import type { ExploreBar } from './views/explore-bar.js';
import type { Panels } from './views/panels.js';

export interface NavDeps {
  state: UrlState;
  graph: GraphView;
  explorer: Explorer;
  ranked: { show(top: TopEntities | null): void };
  bar: ExploreBar;
  panels: Panels;
  rankedEl: HTMLElement;
  wrap: HTMLElement;
  saveUrl(): void;
  refreshLegend(): void;
  notice(text: string): void;
}

export class Navigator {
  private top: TopEntities | null = null;
  private topLoading: Promise<TopEntities | null> | null = null;
  private first = true;

  constructor(private readonly d: NavDeps) {}

  /** Whether the graph shows the overview (no start entity, not cleared). */
  onOverview(): boolean {
    return !this.d.state.start && !this.d.state.blank;
  }

  /** How many explorations back the browser history goes within this page. */
  private get depth(): number {
    const s = history.state as { baoxunDepth?: number } | null;
    return s?.baoxunDepth ?? 0;
  }

  invalidateTop(): void {
    this.top = null;
    this.topLoading = null;
  }

  /** The landing view's lists and graph, fetched once (until a correction or upload); the status shows on `statusEl`. */
  loadTop(statusEl: HTMLElement = this.d.rankedEl): Promise<TopEntities | null> {
    if (this.top) return Promise.resolve(this.top);
    this.topLoading ??= track(statusEl, () => getJson('/api/graph/top', TopEntities), t('loading')).then((top) => {
      if (!top) this.topLoading = null; // a failed load is tried again next time
      this.top = top ?? null;
      this.d.ranked.show(this.top);
      return this.top;
    });
    return this.topLoading;
  }

  /** Draws what the state describes: the start (or the overview, or nothing), the expansions in order, then the focus. */
  async draw(): Promise<void> {
    const { state, graph, explorer } = this.d;
    // Read first: saving the URL (any step below may) writes the expansions replayed so far into the state.
    const expanded = [...state.expanded];
    explorer.reset();
    // A bare `?focus=X` link starts from X.
    if (this.first && !state.start && !state.blank && state.focus && expanded.length === 0) state.start = state.focus;
    this.first = false;
    graph.clear();
    this.d.notice('');
    if (state.blank) this.d.notice(t('emptyCanvas'));
    else if (state.start && !(await explorer.startFrom(state.start))) state.start = null;
    if (this.onOverview()) {
      const top = await this.loadTop(this.d.wrap);
      // Marks for the benchmark: when the first data arrived and when it was laid out.
      performance.mark('baoxun:overview-fetched');
      if (top && this.onOverview()) await graph.replace(top.elements);
      performance.mark('baoxun:overview-drawn');
      if (!state.focus) this.d.panels.show('ranked');
    } else void this.loadTop();
    for (const id of expanded) if (graph.cy.getElementById(id).nonempty()) await explorer.expand(id, false);
    if (state.focus) await explorer.focusEntity(state.focus);
    this.updateBar();
    this.d.refreshLegend();
    this.d.saveUrl();
  }

  /** Draws the same view again (after a correction changed the graph). */
  redraw(): Promise<void> {
    return this.draw();
  }

  /** A new exploration from `id`: only its neighbourhood, on a clean canvas. */
  explore(id: string): void {
    this.push({ start: id, blank: false, focus: id });
  }

  clear(): void {
    this.push({ start: null, blank: true, focus: null });
  }

  home(): void {
    this.push({ start: null, blank: false, focus: null });
  }

  back(): void {
    if (this.depth > 0) history.back();
  }

  relabel(): void {
    this.d.ranked.show(this.top);
    this.updateBar();
  }

  private push(change: Partial<UrlState>): void {
    const { state } = this.d;
    this.d.saveUrl();
    Object.assign(state, { expanded: [], title: null, view: 'graph' }, change);
    history.pushState({ baoxunDepth: this.depth + 1 }, '', `${location.pathname}${serializeUrlState(state)}`);
    void this.draw();
  }

  private updateBar(): void {
    const { state, graph } = this.d;
    const startName = state.start ? String(graph.cy.getElementById(state.start).data('label') ?? state.start) : '';
    const label = state.title ?? (state.blank ? t('clear') : state.start ? `${t('explorationOf')}：${startName}` : t('overview'));
    this.d.bar.update({ label, canGoBack: this.depth > 0 });
  }
}
