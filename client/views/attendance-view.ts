/**
 * The attendance matrix: people × meetings as a heat map, sortable by count
 * or name, filtered by date and place; names and cells click through to the graph.
 */
import { AttendanceMatrix, SearchResponse } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { toCsv } from '../lib/csv.js';
import { button, download, el } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { track } from '../lib/status.js';
import { buildMatrix, cellKey, heat, type MatrixSort } from '../lib/timeline.js';

export function mountAttendance(root: HTMLElement, hooks: { showInGraph(id: string): void }): () => void {
  const from = el('input', { type: 'date', 'aria-label': 'from' });
  const to = el('input', { type: 'date', 'aria-label': 'to' });
  const place = el('input', { type: 'text', placeholder: t('place'), 'aria-label': 'place' });
  const sort = el('select', { 'aria-label': 'sort' }, el('option', { value: 'count' }, '↓ #'), el('option', { value: 'name' }, 'A–Z'));
  const body = el('div', { class: 'matrix-wrap' });
  let data: AttendanceMatrix | null = null;
  const load = async (): Promise<void> => {
    data = await track(body, async () => {
      let placeId: string | undefined;
      if (place.value.trim()) {
        const hits = await getJson('/api/search', SearchResponse, { q: place.value.trim(), types: 'Place', limit: 1 });
        placeId = hits.hits[0]?.id;
        if (!placeId) throw new Error(`${t('place')}: ${place.value} ?`);
      }
      return getJson('/api/meetings/attendance', AttendanceMatrix, { from: from.value, to: to.value, place: placeId, limit: 200 });
    }, t('loading')) ?? null;
    render();
  };
  const render = (): void => {
    body.querySelectorAll(':scope > :not(.status-line)').forEach((n) => n.remove());
    if (!data) return;
    const m = buildMatrix(data, sort.value as MatrixSort);
    if (m.people.length === 0) { body.append(el('p', { class: 'muted' }, t('empty'))); return; }
    const link = (id: string, name: string): HTMLElement => {
      const a = el('a', { href: '#', 'data-entity': id }, name);
      a.addEventListener('click', (e) => { e.preventDefault(); hooks.showInGraph(id); });
      return a;
    };
    // Full meeting names: set vertically, wrapping into a second column when long, the date apart (and all of it as a tooltip).
    const head = el('tr', {}, el('th', {}, ''), el('th', {}, '#'), ...m.meetings.map((x) =>
      el('th', { class: 'meeting-col', title: `${x.name} ${x.date ?? ''}` },
        el('div', { class: 'vhead' }, link(x.id, x.name), x.date ? el('br') : null, x.date ? el('span', { class: 'vdate' }, x.date) : null))));
    const rows = m.people.map((p) => el('tr', {}, el('th', {}, link(p.id, p.name)), el('td', { class: 'num' }, String(p.count)),
      ...m.meetings.map((x) => {
        const as = m.cells.get(cellKey(p.id, x.id));
        const td = el('td', { class: 'cell', title: as ? `${p.name} · ${x.name} · ${as}` : '' });
        td.style.background = as ? `rgba(209, 73, 91, ${heat(as)})` : '';
        if (as) td.addEventListener('click', () => hooks.showInGraph(x.id));
        return td;
      })));
    body.append(el('table', { class: 'matrix', 'data-testid': 'attendance-matrix' }, el('thead', {}, head), el('tbody', {}, ...rows)));
    if (data.truncated) body.append(el('p', { class: 'muted' }, t('truncated')));
  };
  const csv = (): void => {
    if (!data) return;
    const m = buildMatrix(data, sort.value as MatrixSort);
    download('baoxun-attendance.csv', toCsv(['person', ...m.meetings.map((x) => `${x.date ?? ''} ${x.name}`)],
      m.people.map((p) => [p.name, ...m.meetings.map((x) => m.cells.get(cellKey(p.id, x.id)) ?? '')])), 'text/csv');
  };
  for (const input of [from, to, place]) input.addEventListener('change', () => void load());
  sort.addEventListener('change', render);
  root.replaceChildren(el('div', { class: 'view-body' },
    el('h2', {}, t('attendanceTitle')),
    el('div', { class: 'toolbar' }, el('label', {}, t('from'), from), el('label', {}, t('to'), to), place, sort, button(t('exportCsv'), csv)),
    body));
  let loaded = false;
  // Loaded when first shown, not at page start.
  return () => { if (!loaded) { loaded = true; void load(); } };
}
