/**
 * What the user does to the graph: focus, expand (asking first on busy
 * nodes), undo, collapse, pin, paths. Talks to the API and the GraphView;
 * the views call it.
 */
import type { NodeSingular } from 'cytoscape';
import { EntityDetail, Neighborhood, Paths } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { track } from '../lib/status.js';
import { t } from '../lib/i18n.js';
import { ExpandHistory, collapsible } from './expand-history.js';
import { busyThreshold, isBusy, relChoices } from './expand-plan.js';
import type { GraphView } from './graph-view.js';

export interface ExplorerHooks {
  /** Shows the entity in the details panel. */
  select(id: string | null): void;
  /** Asks which relationship types to expand; null = cancelled. */
  chooseRelTypes(name: string, choices: ReturnType<typeof relChoices>): Promise<string[] | null>;
  /** Something worth telling the user (neighbours not shown, no path…). */
  notice(text: string): void;
  /** Paths were found (and drawn): the page lists them. */
  paths(found: Paths): void;
  changed(): void;
}

export class Explorer {
  readonly history = new ExpandHistory();
  private details = new Map<string, EntityDetail>();
  range: { from: string | null; to: string | null } = { from: null, to: null };
  pathEnds: { from: string | null; to: string | null } = { from: null, to: null };

  constructor(readonly graph: GraphView, private statusEl: HTMLElement, private hooks: ExplorerHooks) {}

  /** Starts afresh (a new exploration): no expansions to undo, no path ends, details fetched again. */
  reset(): void {
    this.history.clear();
    this.details.clear();
    this.pathEnds = { from: null, to: null };
  }

  /** Forgets cached details (after a correction changed them). */
  forget(): void {
    this.details.clear();
  }

  /** Entity details, fetched once per id. */
  async detail(id: string): Promise<EntityDetail> {
    const hit = this.details.get(id);
    if (hit) return hit;
    const d = await getJson(`/api/entities/${encodeURIComponent(id)}`, EntityDetail);
    this.details.set(id, d);
    return d;
  }

  /** Neighbours of `id` by the given relationship types (a meeting's attendees, say), as the API gives them. */
  neighbours(id: string, relTypes: string[], limit = 500): Promise<Neighborhood> {
    return getJson('/api/graph/neighborhood', Neighborhood, { id, depth: 1, limit, relTypes });
  }

  private neighborhood(id: string, relTypes?: string[], limit = 60): Promise<Neighborhood> {
    return getJson('/api/graph/neighborhood', Neighborhood, {
      id, depth: 1, limit, relTypes, from: this.range.from, to: this.range.to,
    });
  }

  private noticeHidden(n: Neighborhood): void {
    const hidden = Object.entries(n.hidden).filter(([, c]) => c > 0);
    if (hidden.length) this.hooks.notice(`${t('hiddenNeighbours')}：${hidden.map(([k, c]) => `${k} ${c}`).join('，')}`);
  }

  /** Draws the neighbourhood of `id` and focuses it (adds to what is drawn). */
  async focusEntity(id: string): Promise<void> {
    if (this.graph.cy.getElementById(id).empty()) {
      const n = await track(this.statusEl, () => this.neighborhood(id), t('loading'));
      if (!n) return;
      await this.graph.add(n.elements, undefined);
      this.noticeHidden(n);
    }
    this.graph.focus(id);
    this.hooks.select(id);
    this.hooks.changed();
  }

  /** Starts from the neighbourhood of `id` alone (URL restore). */
  async startFrom(id: string): Promise<boolean> {
    const n = await track(this.statusEl, () => this.neighborhood(id), t('loading'));
    if (!n) return false;
    await this.graph.replace(n.elements);
    this.graph.focus(id);
    return true;
  }

  /**
   * Expands a node. A busy node first shows its per-relationship counts and
   * expands only the chosen types; `ask: false` skips the question (URL restore).
   */
  async expand(id: string, ask = true): Promise<void> {
    const node = this.graph.cy.getElementById(id);
    const detail = await track(this.statusEl, () => this.detail(id), t('loading'));
    if (!detail) return;
    const choices = relChoices(detail.counts);
    let relTypes: string[] | undefined;
    if (ask && isBusy(choices, busyThreshold(localStorage.getItem('baoxun.busyThreshold')))) {
      const chosen = await this.hooks.chooseRelTypes(detail.name, choices);
      if (!chosen || chosen.length === 0) return;
      relTypes = chosen.length === choices.length ? undefined : chosen;
    }
    const n = await track(this.statusEl, () => this.neighborhood(id, relTypes, 100), t('loading'));
    if (!n) return;
    const added = await this.graph.add(n.elements, node.nonempty() ? id : undefined);
    this.history.push({ nodeId: id, added });
    this.noticeHidden(n);
    this.hooks.changed();
  }

  undo(): void {
    const step = this.history.pop();
    if (step) this.graph.remove(step.added);
    this.hooks.changed();
  }

  /** Removes neighbours that hang only on this node (pinned ones stay). */
  collapse(id: string): void {
    const cy = this.graph.cy;
    const edges = cy.edges().map((e) => [e.source().id(), e.target().id()] as const);
    const keep = new Set(cy.nodes(':locked').map((n) => n.id()));
    keep.add(id);
    cy.nodes('.focus').forEach((n) => { keep.add(n.id()); });
    this.graph.remove(collapsible(id, edges, keep));
    this.hooks.changed();
  }

  togglePin(id: string): boolean {
    const n = this.graph.cy.getElementById(id);
    return n.nonempty() ? this.graph.togglePin(n as NodeSingular) : false;
  }

  setPathEnd(which: 'from' | 'to', id: string): void {
    const old = this.pathEnds[which];
    if (old) this.graph.cy.getElementById(old).removeClass('path-end');
    this.pathEnds[which] = id;
    this.graph.cy.getElementById(id).addClass('path-end');
  }

  /** Shortest paths between the two chosen ends, drawn and highlighted. Returns how many. */
  async findPaths(): Promise<number> {
    const { from, to } = this.pathEnds;
    // Say what is missing rather than doing nothing.
    if (!from || !to) {
      this.hooks.notice(t(!from && !to ? 'pathNeedsBoth' : !from ? 'pathNeedsFrom' : 'pathNeedsTo'));
      return 0;
    }
    const res = await track(this.statusEl, () => getJson('/api/graph/paths', Paths, { from, to, max: 4, limit: 5 }), t('loading'));
    if (!res) return 0;
    await this.graph.add(res.elements, from);
    const cy = this.graph.cy;
    cy.elements('.on-path').removeClass('on-path');
    for (const p of res.paths) [...p.nodes, ...p.edges].forEach((id) => cy.getElementById(id).addClass('on-path'));
    if (res.paths.length === 0) this.hooks.notice(t('noPath'));
    else {
      this.hooks.paths(res);
      cy.animate({ fit: { eles: cy.elements('.on-path'), padding: 80 } }, { duration: 300 });
    }
    this.hooks.changed();
    return res.paths.length;
  }
}
