/**
 * Corrections where the user sees the mistake, in the details panel (only with an API key):
 * rename, merge another entity of the same kind into this one (found by search), split off
 * the articles whose mentions are someone else. Each becomes a judgement that later ingests
 * apply again; the answer offers its undo at once.
 */
import { CorrectionResult, SearchResponse, type EntityDetail } from '../../model/api.schema.js';
import { getJson, postJson } from '../lib/api-client.js';
import { authorName, keyHeaders } from '../lib/auth.js';
import { button, el } from '../lib/dom.js';
import { colon, lang, t, typeName } from '../lib/i18n.js';
import { showStatus, track } from '../lib/status.js';

export interface CorrectionHooks {
  /** A correction (or its undo) was made: the page redraws what it shows. */
  changed(result: CorrectionResult, kept: string | null): void;
}

const send = (path: string, body: unknown): Promise<CorrectionResult> =>
  postJson(path, { ...(body as object), by: authorName() || undefined }, CorrectionResult, undefined, keyHeaders());

/** Undoes a correction; `onDone` gets the answer. */
export function undoButton(id: string, status: HTMLElement, onDone: (r: CorrectionResult) => void): HTMLButtonElement {
  return button(t('undoCorrection'), () => void track(status, () => send(`/api/corrections/${encodeURIComponent(id)}/undo`, {}), t('loading'))
    .then((r) => { if (r) onDone(r); }), { 'data-action': 'undo-correction', 'data-correction': id });
}

export function correctionsPanel(d: EntityDetail, hooks: CorrectionHooks): HTMLElement {
  const status = el('div', { class: 'correction-status' });
  const done = (r: CorrectionResult, what: string, kept: string | null): void => {
    const c = r.corrections[0];
    showStatus(status, { state: 'idle' }, '');
    status.append(el('p', { class: 'done' }, `${what} `, c ? undoButton(c.id, status, (u) => {
      status.replaceChildren(el('p', { class: 'done' }, `${t('undoneDone')} · ${u.rederived} ${t('rederived')}`));
      hooks.changed(u, null);
    }) : null));
    hooks.changed(r, kept);
  };

  // Rename
  const name = el('input', { type: 'text', value: d.name, 'aria-label': t('newName'), 'data-testid': 'rename-input' });
  const rename = el('form', { class: 'inline' }, name, button(t('rename'), () => undefined, { type: 'submit', 'data-action': 'rename' }));
  rename.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = name.value.trim();
    if (!v || v === d.name) return;
    void track(status, () => send('/api/corrections/rename', { id: d.id, name: v }), t('loading')).then((r) => { if (r) done(r, `${t('renamed')}${colon()}${v}`, d.id); });
  });

  // Merge: search for the other entity, of the same kind
  const q = el('input', { type: 'search', placeholder: `${typeName(lang(), d.type)}…`, 'aria-label': t('merge'), 'data-testid': 'merge-search' });
  const found = el('ul', { class: 'merge-candidates' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void (async () => {
      if (!q.value.trim()) { found.replaceChildren(); return; }
      const res = await track(found, () => getJson('/api/search', SearchResponse, { q: q.value.trim(), types: d.type, limit: 8 }), t('loading'));
      if (!res) return;
      found.replaceChildren(...res.hits.filter((h) => h.id !== d.id).map((h) => {
        const confirm = button(`${t('mergeConfirm')}${colon()}${h.name} → ${d.name}`, () => void track(status, () => send('/api/corrections/merge', { keep: d.id, others: [h.id] }), t('loading'))
          .then((r) => { if (r) done(r, `${t('merged')}${colon()}${h.name} → ${d.name}`, d.id); }), { class: 'primary', 'data-action': 'merge-confirm' });
        confirm.hidden = true;
        const pick = button(`${h.name}${h.context ? ` · ${h.context}` : ''}`, () => { confirm.hidden = false; }, { class: 'candidate', 'data-id': h.id });
        return el('li', {}, pick, confirm);
      }));
    })(), 200);
  });

  // Split: articles whose mentions are someone else
  const boxes = d.articles.map((a) => {
    const box = el('input', { type: 'checkbox', value: a.id, name: 'split-article' });
    return el('label', { class: 'choice' }, box, ` ${a.title ?? a.id}${a.published ? ` (${a.published})` : ''}`);
  });
  const split = button(t('splitConfirm'), () => {
    const articles = boxes.map((b) => b.querySelector('input')!).filter((b) => b.checked).map((b) => b.value);
    if (articles.length === 0) return;
    void track(status, () => send('/api/corrections/split', { id: d.id, articles }), t('loading')).then((r) => { if (r) done(r, t('splitDone'), d.id); });
  }, { 'data-action': 'split' });

  return el('section', { class: 'corrections', 'data-testid': 'corrections' },
    el('h3', {}, t('corrections')),
    el('div', { class: 'correction' }, el('h4', {}, t('rename')), rename),
    el('div', { class: 'correction' }, el('h4', {}, t('merge')), el('p', { class: 'muted' }, t('mergeHint')), q, found),
    d.articles.length > 1 ? el('div', { class: 'correction' }, el('h4', {}, t('split')), el('p', { class: 'muted' }, t('splitHint')),
      el('div', { class: 'choices' }, ...boxes), split) : null,
    status);
}
