/**
 * The Cytoscape instance and what the page does to it: draw, add with an
 * incremental layout, remove, pin, hide by type or date. The edge where pure
 * transforms meet the canvas.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphElements } from '../../model/api.schema.js';
import { buildStylesheet } from './styles.js';
import { fullLayout, incrementalLayout, ringPositions } from './layout.js';
import { elementDate, inDateRange, newElements, toElements } from './to-cytoscape.js';

cytoscape.use(fcose);

export interface GraphHandlers {
  onSelect(node: NodeSingular | null): void;
  onExpand(node: NodeSingular): void;
}

export class GraphView {
  readonly cy: Core;
  readonly renderer: 'webgl' | 'canvas';
  private hiddenTypes = new Set<string>();
  private range: { from: string | null; to: string | null } = { from: null, to: null };

  constructor(container: HTMLElement, handlers: GraphHandlers, opts: { webgl?: boolean } = {}) {
    this.cy = cytoscape({
      container, style: buildStylesheet(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4,
      // WebGL draws large views faster; Cytoscape falls back to canvas by itself where it cannot.
      ...(opts.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    this.renderer = opts.webgl ? 'webgl' : 'canvas';
    this.cy.on('tap', 'node', (e) => handlers.onSelect(e.target as NodeSingular));
    this.cy.on('tap', (e) => { if (e.target === this.cy) handlers.onSelect(null); });
    this.cy.on('dbltap', 'node', (e) => handlers.onExpand(e.target as NodeSingular));
  }

  /** Ids of everything drawn. */
  drawnIds(): Set<string> {
    return new Set(this.cy.elements().map((el) => el.id()));
  }

  /** Replaces the whole graph and lays it out; resolves after the layout. */
  async replace(g: GraphElements): Promise<void> {
    this.cy.elements().remove();
    this.cy.add(toElements(g));
    this.applyFilters();
    await this.run(this.cy.elements().layout(fullLayout(this.cy.nodes().length)));
    // A handful of nodes would otherwise be blown up to fill the screen.
    if (this.cy.zoom() > 1.4) { this.cy.zoom(1.4); this.cy.center(); }
  }

  /**
   * Adds what `g` holds that is not drawn yet, new nodes starting around
   * `anchorId`, and lays out only the new part. Returns the added ids.
   */
  async add(g: GraphElements, anchorId?: string): Promise<string[]> {
    const els = newElements(g, this.drawnIds());
    if (els.length === 0) return [];
    const anchor = anchorId ? this.cy.getElementById(anchorId) : null;
    const center = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const nodeEls = els.filter((e) => e.group === 'nodes');
    const ring = ringPositions(center, nodeEls.length);
    nodeEls.forEach((e, i) => { (e as ElementDefinition).position = ring[i]; });
    const before = this.cy.nodes();
    const added = this.cy.add(els);
    this.applyFilters();
    const newNodes = added.nodes();
    if (newNodes.nonempty()) {
      // The nodes already placed are held still. In a small graph all of them take part (so new
      // nodes are pushed clear of every old one); in a big one only the new nodes' neighbours, to stay fast.
      const fixed = before.length <= 300 ? before : newNodes.neighborhood().nodes().intersection(before);
      const part = newNodes.union(fixed).union(newNodes.connectedEdges()).union(fixed.edgesWith(fixed));
      await this.run(part.layout(incrementalLayout(fixed.toArray() as NodeSingular[])));
    }
    return added.map((el) => el.id());
  }

  /** Lays everything out again; pinned (locked) nodes stay where they are. */
  async relayout(): Promise<void> {
    // From the current positions (randomize false): fcose then runs its force polish only, whatever the size.
    const opts = { ...fullLayout(this.cy.nodes().length), quality: 'default', randomize: false, animate: true, animationDuration: 300 };
    await this.run(this.cy.elements().layout(opts as cytoscape.LayoutOptions));
  }

  remove(ids: string[]): void {
    this.cy.batch(() => ids.forEach((id) => this.cy.getElementById(id).remove()));
  }

  togglePin(node: NodeSingular): boolean {
    if (node.locked()) { node.unlock(); node.removeClass('pinned'); return false; }
    node.lock(); node.addClass('pinned'); return true;
  }

  /** Centres on a node and marks it as the focus. */
  focus(id: string): void {
    const n = this.cy.getElementById(id);
    if (n.empty()) return;
    this.cy.nodes('.focus').removeClass('focus');
    n.addClass('focus');
    this.cy.nodes().unselect();
    n.select();
    this.cy.animate({ center: { eles: n }, zoom: Math.max(this.cy.zoom(), 1) }, { duration: 250 });
  }

  setHiddenTypes(types: Iterable<string>): void {
    this.hiddenTypes = new Set(types);
    this.applyFilters();
  }

  setDateRange(from: string | null, to: string | null): void {
    this.range = { from, to };
    this.applyFilters();
  }

  /** Hides nodes of hidden types and elements dated outside the range. */
  private applyFilters(): void {
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        const data = el.data() as Record<string, unknown>;
        el.toggleClass('hidden-type', el.isNode() && this.hiddenTypes.has(String(data.type)));
        el.toggleClass('out-of-range', !inDateRange(elementDate(data), this.range.from, this.range.to));
      });
    });
  }

  private run(layout: cytoscape.Layouts): Promise<void> {
    return new Promise((resolve) => {
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }
}
