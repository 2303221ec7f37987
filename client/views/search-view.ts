/**
 * The search box: suggestions (type and context) as the user types, arrow
 * keys to move, Enter to pick. Picking hands the hit to `onPick`.
 */
import { SearchResponse, type SearchHit } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { lang, typeName } from '../lib/i18n.js';
import { lookOf } from '../graph/styles.js';

export function mountSearch(input: HTMLInputElement, list: HTMLElement, onPick: (hit: SearchHit) => void): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;

  const close = (): void => { list.hidden = true; active = -1; input.setAttribute('aria-expanded', 'false'); };
  const pick = (hit: SearchHit | undefined): void => { if (hit) { close(); input.value = hit.name; onPick(hit); } };

  const render = (): void => {
    list.replaceChildren(...hits.map((h, i) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.dataset.id = h.id;
      li.setAttribute('aria-selected', String(i === active));
      const dot = document.createElement('span');
      dot.className = 'swatch';
      dot.style.background = lookOf(h.type).color;
      dot.style.borderRadius = '50%';
      const name = document.createElement('span');
      name.textContent = h.name;
      const ctx = document.createElement('span');
      ctx.className = 'ctx';
      ctx.textContent = [typeName(lang(), h.type), h.context].filter(Boolean).join(' · ');
      li.append(dot, name, ctx);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(h); });
      return li;
    }));
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
      active = hits.length > 0 ? 0 : -1;
      list.dataset.status = 'idle';
      if (hits.length === 0) {
        const li = document.createElement('li');
        li.className = 'muted';
        li.textContent = lang() === 'zh' ? '无结果' : 'No match';
        list.replaceChildren(li);
        list.hidden = false;
      } else render();
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      list.dataset.status = 'error';
      const li = document.createElement('li');
      li.className = 'error';
      li.textContent = (err as Error).message;
      list.replaceChildren(li);
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
      pick(hits[active]);
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}
