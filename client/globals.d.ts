import type { Core } from 'cytoscape';

// Test hooks read by the end-to-end tests.
declare global {
  interface Window {
    /** The Cytoscape instance of the graph view. */
    cy?: Core;
    /** True once the first layout has finished. */
    __ready?: boolean;
  }
}
export {};
