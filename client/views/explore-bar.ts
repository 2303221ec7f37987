/**
 * The exploration bar over the graph: where you are (the overview, an exploration from an
 * entity, an empty canvas, a saved view's name), back, the overview, clear, and saved views
 * (a name and the URL that restores the view, kept in this browser).
 */
import { addSavedView, parseSavedViews, removeSavedView, SAVED_VIEWS_KEY, type SavedView } from '../lib/saved-views.js';
import { button, el } from '../lib/dom.js';
import { t } from '../lib/i18n.js';

export interface ExploreBarHooks {
  back(): void;
  home(): void;
  clear(): void;
  /** The URL of the current view with `name` as its title (the view is renamed to it). */
  urlNamed(name: string): string;
}

export interface ExploreBar {
  /** Where the view is: `label` names it; `canGoBack` enables Back. */
  update(where: { label: string; canGoBack: boolean }): void;
}

const readViews = (): SavedView[] => parseSavedViews(localStorage.getItem(SAVED_VIEWS_KEY));
const writeViews = (list: SavedView[]): void => localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(list));

export function mountExploreBar(root: HTMLElement, hooks: ExploreBarHooks): ExploreBar {
  const where = el('span', { class: 'where', 'data-testid': 'where' });
  // Labels carry data-i18n, so switching the language relabels them (lib/i18n.ts setLang).
  const label = (key: 'back' | 'overview' | 'clear' | 'savedViews', prefix = ''): Array<string | HTMLElement> =>
    [prefix, el('span', { 'data-i18n': key }, t(key))];
  const back = el('button', { type: 'button', 'data-action': 'back' }, ...label('back', '← '));
  back.addEventListener('click', hooks.back);
  const menu = el('div', { class: 'saved-menu', hidden: '' });
  const toggleMenu = (): void => { menu.hidden = !menu.hidden; if (!menu.hidden) renderMenu(); };
  const nameInput = el('input', { type: 'text', placeholder: t('viewName'), 'aria-label': t('viewName'), maxlength: '100' });
  const save = (): void => {
    const name = nameInput.value.trim();
    if (!name) { nameInput.focus(); return; }
    nameInput.value = '';
    const url = hooks.urlNamed(name);
    writeViews(addSavedView(readViews(), { name, url, saved: new Date().toISOString().slice(0, 16).replace('T', ' ') }));
    renderMenu();
  };
  const renderMenu = (): void => {
    const views = readViews();
    const form = el('form', { class: 'save-form' }, nameInput, button(t('saveView'), () => undefined, { type: 'submit', 'data-action': 'save-view', class: 'primary' }));
    form.addEventListener('submit', (e) => { e.preventDefault(); save(); });
    menu.replaceChildren(
      form,
      views.length === 0 ? el('p', { class: 'muted' }, t('noSavedViews')) : el('ul', { class: 'saved-list' }, ...views.map((v) =>
        el('li', {}, el('a', { href: v.url, 'data-view-name': v.name }, v.name), el('span', { class: 'muted' }, v.saved),
          button('×', () => { writeViews(removeSavedView(readViews(), v.name)); renderMenu(); }, { class: 'icon', title: t('remove'), 'aria-label': t('remove') })))),
    );
  };
  root.replaceChildren(
    el('div', { class: 'explore-bar' },
      back,
      withClick(el('button', { type: 'button', 'data-action': 'home' }, ...label('overview')), hooks.home),
      withClick(el('button', { type: 'button', 'data-action': 'clear' }, ...label('clear')), hooks.clear),
      withClick(el('button', { type: 'button', 'data-action': 'saved-views' }, ...label('savedViews', '☆ ')), toggleMenu),
      where),
    menu,
  );
  document.addEventListener('click', (e) => {
    if (!menu.hidden && !root.contains(e.target as Node)) menu.hidden = true;
  });
  return {
    update({ label, canGoBack }) {
      where.textContent = label;
      back.disabled = !canGoBack;
    },
  };
}

function withClick(b: HTMLButtonElement, fn: () => void): HTMLButtonElement {
  b.addEventListener('click', fn);
  return b;
}
