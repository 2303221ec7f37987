import type { Core } from 'cytoscape';
import type { GraphElements } from '../model/api.schema.js';

// Test hooks read by the end-to-end tests.
declare global {
  interface Window {
    /** The Cytoscape instance of the graph view. */
    cy?: Core;
    /** True once the first layout has finished. */
    __ready?: boolean;
    /** For the benchmark: draw a graph as the page does, and which renderer is in use. */
    __explorer?: { replace(g: GraphElements): Promise<void>; renderer: 'webgl' | 'canvas'; detailPending?(): boolean };
  }
}
export {};
