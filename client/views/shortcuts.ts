/** Keyboard shortcuts: / search, u undo, f fit, e expand, c collapse, p pin (not while typing). */
import type { Explorer } from '../graph/explorer.js';
import type { GraphView } from '../graph/graph-view.js';

export function mountShortcuts(o: { graph: GraphView; explorer: Explorer; search: HTMLInputElement }): void {
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    if (e.ctrlKey || e.metaKey || e.altKey || target.closest('input, textarea, [contenteditable], .cm-editor, dialog')) return;
    if (!document.querySelector('#view-graph.active') && e.key !== '/') return;
    const selected = o.graph.cy.nodes(':selected').first();
    const id = selected.nonempty() ? selected.id() : null;
    switch (e.key) {
      case '/': e.preventDefault(); o.search.focus(); break;
      case 'u': o.explorer.undo(); break;
      case 'f': o.graph.cy.fit(undefined, 30); break;
      case 'e': if (id) void o.explorer.expand(id); break;
      case 'c': if (id) o.explorer.collapse(id); break;
      case 'p': if (id) o.explorer.togglePin(id); break;
      default: return;
    }
  });
}
