/**
 * The search box: suggestions (type, what tells namesakes apart, context) as the user
 * types, arrow keys to move, Enter to pick; each hit also offers a new exploration from it,
 * and the hits export as CSV. Traditional and simplified characters find each other (the
 * server searches both forms).
 */
import { SearchResponse, type SearchHit } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { briefText } from '../lib/brief-text.js';
import { toCsv } from '../lib/csv.js';
import { button, download, el } from '../lib/dom.js';
import { lang, t, typeName } from '../lib/i18n.js';
import { describeError } from '../lib/status.js';
import { lookOf } from '../graph/styles.js';

/** `show`: as the page decides (a new exploration from the overview, else added); `explore`: always a new exploration. */
export type PickMode = 'show' | 'explore';

/** The hits as CSV rows (name, type, brief, context, id). */
export function hitRows(hits: readonly SearchHit[]): string[][] {
  return hits.map((h) => [h.name, typeName(lang(), h.type), briefText(h.brief, lang()) ?? '', h.context ?? '', h.id]);
}

export function mountSearch(input: HTMLInputElement, list: HTMLElement, onPick: (hit: SearchHit, mode: PickMode) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;
  let lastQuery = '';

  const close = (): void => { list.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); };
  const pick = (hit: SearchHit | undefined, mode: PickMode): void => { if (hit) { close(); input.value = hit.name; input.blur(); onPick(hit, mode); } };

  const render = (): void => {
    const rows = hits.map((h, i) => {
      const dot = el('span', { class: 'swatch dot' });
      dot.style.background = lookOf(h.type).color;
      const brief = briefText(h.brief, lang());
      const ctx = [typeName(lang(), h.type), h.context].filter(Boolean).join(' · ');
      const explore = button('⤢', () => undefined, { class: 'icon explore', title: t('newExploration'), 'aria-label': t('newExploration') });
      explore.addEventListener('mousedown', (e) => { e.preventDefault(); e.stopPropagation(); pick(h, 'explore'); });
      const li = el('li', { role: 'option', 'data-id': h.id, 'aria-selected': String(i === active) },
        dot, el('span', { class: 'hit-main' }, el('span', { class: 'hit-name' }, h.name), brief ? el('span', { class: 'hit-brief' }, brief) : null),
        el('span', { class: 'ctx' }, ctx), explore);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(h, 'show'); });
      return li;
    });
    const csv = button(`${t('exportCsv')} (${hits.length})`, () => undefined, { class: 'small' });
    csv.addEventListener('mousedown', (e) => {
      e.preventDefault();
      download(`baoxun-search-${lastQuery}.csv`, toCsv([t('name'), t('type'), t('latestPost'), 'context', 'id'], hitRows(hits)), 'text/csv');
    });
    list.replaceChildren(...rows, el('li', { class: 'suggest-foot', role: 'presentation' }, el('span', { class: 'muted' }, t('searchResults')), csv));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const query = async (q: string): Promise<void> => {
    inflight?.abort();
    inflight = new AbortController();
    list.dataset.status = 'loading';
    try {
      const res = await getJson('/api/search', SearchResponse, { q, limit: 12 }, inflight.signal);
      hits = res.hits;
      lastQuery = q;
      active = hits.length > 0 ? 0 : -1;
      list.dataset.status = 'idle';
      if (hits.length === 0) {
        list.replaceChildren(el('li', { class: 'muted' }, lang() === 'zh' ? '无结果' : 'No match'));
        list.hidden = false;
      } else render();
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      list.dataset.status = 'error';
      list.replaceChildren(el('li', { class: 'error' }, describeError(err)));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) { close(); return; }
    timer = setTimeout(() => void query(q), 180);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (hits.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(hits[active], e.shiftKey ? 'explore' : 'show');
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
