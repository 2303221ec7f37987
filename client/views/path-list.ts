/** The paths found between two entities, listed (names along each path) with CSV export. */
import type { Paths } from '../../model/api.schema.js';
import type { GraphView } from '../graph/graph-view.js';
import { toCsv } from '../lib/csv.js';
import { button, download, el } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

/** Each path as the names of its nodes, in order. */
export function pathNames(found: Paths): string[][] {
  const names = new Map(found.elements.nodes.map((n) => [n.data.id, String(n.data.label)]));
  return found.paths.map((p) => p.nodes.map((id) => names.get(id) ?? id));
}

export function renderPaths(root: HTMLElement, found: Paths, graph: GraphView, focus: (id: string) => void): void {
  const names = pathNames(found);
  const list = el('ol', { class: 'paths' }, ...found.paths.map((p, i) => {
    const li = el('li', {}, names[i]!.join(' → '));
    li.addEventListener('click', () => {
      graph.cy.elements('.on-path').removeClass('on-path');
      [...p.nodes, ...p.edges].forEach((id) => graph.cy.getElementById(id).addClass('on-path'));
      focus(p.nodes[0]!);
    });
    return li;
  }));
  root.replaceChildren(
    el('div', {}, `${found.paths.length} ${t('pathsFound')} `,
      button(t('exportCsv'), () => download('baoxun-paths.csv', toCsv(['#', t('pathList'), 'length', 'ids'],
        found.paths.map((p, i) => [i + 1, names[i]!.join(' → '), p.length, p.nodes.join(' ')])), 'text/csv'), { class: 'small' })),
    list);
}
