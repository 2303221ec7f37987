/**
 * The Cytoscape instance and what the page does to it: draw, add with an
 * incremental layout, remove, pin, hide by type or date, and the level of detail
 * of labels and captions. The edge where pure transforms meet the canvas.
 */
import cytoscape, { type Collection, type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphElements } from '../../model/api.schema.js';
import { lang } from '../lib/i18n.js';
import { edgeCaption, nodeLabel, nodeSize } from './captions.js';
import { chooseLabels, labelWidth } from './label-lod.js';
import { buildStylesheet, LABEL_MAX_PX, LABEL_PX } from './styles.js';
import { fullLayout, incrementalLayout, ringPositions } from './layout.js';
import { elementDate, inDateRange, newElements, toElements } from './to-cytoscape.js';

cytoscape.use(fcose);

export interface GraphHandlers {
  onSelect(node: NodeSingular | null): void;
  onExpand(node: NodeSingular): void;
}

/** Up to this many nodes every label is drawn; up to this many edges every caption. */
const ALL_LABELS = 25;
const ALL_CAPTIONS = 40;
/** Zoom steps at which the stylesheet is rebuilt so labels keep their screen size. */
const ZOOM_STEP = 1.15;

export class GraphView {
  readonly cy: Core;
  readonly renderer: 'webgl' | 'canvas';
  private hiddenTypes = new Set<string>();
  private range: { from: string | null; to: string | null } = { from: null, to: null };
  private styleStep = 0;
  private lodTimer: ReturnType<typeof setTimeout> | undefined;

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
    // Captions on hover; labels and captions follow the zoom (level of detail).
    this.cy.on('mouseover', 'edge', (e) => { e.target.addClass('hover captioned'); });
    this.cy.on('mouseout', 'edge', (e) => { e.target.removeClass('hover'); this.scheduleDetail(); });
    this.cy.on('viewport resize select unselect', () => this.scheduleDetail());
  }

  /** Ids of everything drawn. */
  drawnIds(): Set<string> {
    return new Set(this.cy.elements().map((el) => el.id()));
  }

  /** Replaces the whole graph and lays it out; resolves after the layout. */
  async replace(g: GraphElements): Promise<void> {
    this.cy.elements().remove();
    this.decorate(this.cy.add(toElements(g)));
    this.applyFilters();
    await this.run(this.cy.elements().layout(fullLayout(this.cy.nodes().length)));
    // A handful of nodes would otherwise be blown up to fill the screen.
    if (this.cy.zoom() > 1.4) { this.cy.zoom(1.4); this.cy.center(); }
    this.refreshDetail();
  }

  /** Empties the canvas. */
  clear(): void {
    this.cy.elements().remove();
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
    this.decorate(added);
    this.applyFilters();
    const newNodes = added.nodes();
    if (newNodes.nonempty()) {
      if (before.empty()) {
        await this.run(this.cy.elements().layout(fullLayout(this.cy.nodes().length)));
        if (this.cy.zoom() > 1.4) { this.cy.zoom(1.4); this.cy.center(); }
      } else {
        // The nodes already placed are held still. In a small graph all of them take part (so new
        // nodes are pushed clear of every old one); in a big one only the new nodes' neighbours, to stay fast.
        const fixed = before.length <= 300 ? before : newNodes.neighborhood().nodes().intersection(before);
        const part = newNodes.union(fixed).union(newNodes.connectedEdges()).union(fixed.edgesWith(fixed));
        await this.run(part.layout(incrementalLayout(fixed.toArray() as NodeSingular[])));
      }
    }
    this.refreshDetail();
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
    this.scheduleDetail();
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
    this.scheduleDetail();
  }

  setDateRange(from: string | null, to: string | null): void {
    this.range = { from, to };
    this.applyFilters();
    this.scheduleDetail();
  }

  /** Labels and captions again in the current language. */
  relabel(): void {
    this.decorate(this.cy.elements());
    this.refreshDetail();
  }

  /** What the canvas shows of each element: label, size from degree, caption and width from the fact count. */
  private decorate(els: Collection): void {
    const l = lang();
    this.cy.batch(() => {
      els.nodes().forEach((n) => {
        const d = n.data() as Record<string, unknown>;
        n.data('display', nodeLabel(d));
        if (d.degree !== undefined) n.data('size', nodeSize(d.degree));
      });
      els.edges().forEach((e) => {
        const d = e.data() as Record<string, unknown>;
        e.data('caption', edgeCaption(d, l));
        const count = Number(d.count ?? 1);
        e.data('width', Math.min(6, 1.2 + Math.log2(Math.max(count, 1)) * 0.8) + (d.as === 'chair' ? 1 : 0));
      });
    });
  }

  private scheduleDetail(): void {
    clearTimeout(this.lodTimer);
    this.detailPending = true;
    this.lodTimer = setTimeout(() => this.refreshDetail(), 60);
  }

  /** True while a level-of-detail pass is scheduled (tests wait for it before clicking). */
  detailPending = false;

  /**
   * Level of detail: the stylesheet keeps labels at a readable screen size; the labels drawn
   * are the most important that do not overlap (all of them in small views or zoomed in);
   * edge captions show in small views, on hover, around the selected node.
   */
  refreshDetail(): void {
    clearTimeout(this.lodTimer);
    this.detailPending = false;
    const cy = this.cy;
    const step = Math.round(Math.log(cy.zoom()) / Math.log(ZOOM_STEP));
    if (step !== this.styleStep) {
      this.styleStep = step;
      cy.style().fromJson(buildStylesheet(ZOOM_STEP ** step)).update();
    }
    const nodes = cy.nodes(':visible');
    let show: Set<string>;
    if (nodes.length <= ALL_LABELS) show = new Set(nodes.map((n) => n.id()));
    else {
      const boxes = nodes.map((n) => {
        const p = n.renderedPosition();
        const important = n.selected() || n.hasClass('focus') || n.hasClass('path-end');
        return {
          id: n.id(), x: p.x, y: p.y + n.renderedHeight() / 2 + 3 + LABEL_PX / 2,
          w: labelWidth(String(n.data('display') ?? ''), LABEL_PX, LABEL_MAX_PX), h: LABEL_PX + 2,
          rank: (important ? 1e9 : 0) + Number(n.data('degree') ?? 0),
        };
      });
      show = chooseLabels(boxes, cy.width(), cy.height());
    }
    const edges = cy.edges(':visible');
    // Around the selection captions say what each tie is, unless a hub's would bury each other (hover still works).
    const selectedEdges = cy.nodes(':selected').connectedEdges(':visible');
    const around = selectedEdges.length <= ALL_CAPTIONS ? selectedEdges : cy.collection();
    const small = edges.length <= ALL_CAPTIONS;
    cy.batch(() => {
      nodes.forEach((n) => { n.toggleClass('labelled', show.has(n.id())); });
      edges.forEach((e) => { e.toggleClass('captioned', small || e.hasClass('hover') || around.contains(e)); });
    });
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
