/**
 * The corrections list (audit): every merge, split and rename made by hand, who made it and
 * when, undone ones too (by whom, when), with undo (API key) and CSV export.
 */
import { Corrections, type Correction, type CorrectionResult } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { apiKey } from '../lib/auth.js';
import { toCsv } from '../lib/csv.js';
import { button, download, el } from '../lib/dom.js';
import { lang, t, translate } from '../lib/i18n.js';
import { track } from '../lib/status.js';
import { undoButton } from './corrections-panel.js';

export interface AuditHooks { showInGraph(id: string): void; changed(r: CorrectionResult): void }

/** What a correction did, in a line. */
export function correctionText(c: Correction, l = lang()): string {
  const name = (n: string | null, id: string) => n ?? id;
  const sep = l === 'zh' ? '：' : ': ';
  if (c.kind === 'merge') return `${translate(l, 'merge')}${sep}${name(c.target_name, c.target)} → ${name(c.into_name, c.into)}`;
  if (c.kind === 'rename') return `${translate(l, 'rename')}${sep}${c.from_name ?? '?'} → ${c.name ?? '?'}`;
  const n = l === 'zh' ? `（${c.articles.length} ${translate(l, 'articlesN')}）` : ` (${c.articles.length} ${translate(l, 'articlesN')})`;
  return `${translate(l, 'split')}${sep}${name(c.target_name, c.target)}${n} → ${c.into}`;
}

const when = (iso: string | null): string => (iso ? iso.slice(0, 19).replace('T', ' ') : '');

export function mountAudit(root: HTMLElement, hooks: AuditHooks): () => void {
  const body = el('div', { class: 'audit-body' });
  let data: Correction[] = [];
  const load = async (): Promise<void> => {
    data = (await track(body, () => getJson('/api/corrections', Corrections), t('loading')))?.corrections ?? data;
    render();
  };
  const render = (): void => {
    body.querySelectorAll(':scope > :not(.status-line)').forEach((n) => n.remove());
    if (data.length === 0) { body.append(el('p', { class: 'muted' }, t('noCorrections'))); return; }
    const status = el('div', {});
    body.append(status, el('table', { class: 'results audit', 'data-testid': 'audit-table' },
      el('thead', {}, el('tr', {}, ...[t('when'), t('by'), t('what'), t('note'), t('undone'), ''].map((h) => el('th', {}, h)))),
      el('tbody', {}, ...data.map((c) => {
        const target = c.kind === 'split' ? c.into : c.kind === 'merge' ? c.into : c.target;
        const link = el('a', { href: '#', 'data-entity': target }, correctionText(c));
        link.addEventListener('click', (e) => { e.preventDefault(); hooks.showInGraph(target); });
        return el('tr', { 'data-correction': c.id, class: c.undone ? 'undone' : '' },
          el('td', {}, when(c.created)), el('td', {}, c.by ?? ''), el('td', {}, link), el('td', {}, c.note ?? ''),
          el('td', {}, c.undone ? `${when(c.undone)} ${c.undone_by ?? ''}` : ''),
          el('td', {}, !c.undone && apiKey() ? undoButton(c.id, status, (r) => { hooks.changed(r); void load(); }) : ''));
      }))));
  };
  const csv = (): void => download('baoxun-corrections.csv', toCsv(
    [t('when'), t('by'), t('what'), t('note'), t('undone'), 'undone_by', 'id', 'kind', 'target', 'into', 'articles'],
    data.map((c) => [when(c.created), c.by ?? '', correctionText(c), c.note ?? '', when(c.undone), c.undone_by ?? '', c.id, c.kind, c.target, c.into, c.articles.join(' ')])), 'text/csv');
  root.replaceChildren(el('div', { class: 'view-body' },
    el('h2', {}, t('tabAudit')), el('div', { class: 'toolbar' }, button(t('exportCsv'), csv), button('↻', () => void load(), { title: 'reload' })), body));
  return () => void load();
}
