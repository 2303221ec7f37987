/**
 * Upload in the explorer (with the API key): drop or choose .txt / .json / .jsonl / .html
 * files, or paste text; each goes to POST /api/articles in turn, with its progress and, when
 * it fails, the server's one-line reason (the same the CLI prints) under the file's name.
 */
import { CreateArticleResponse } from '../../model/api.schema.js';
import { postForm, postJson } from '../lib/api-client.js';
import { keyHeaders } from '../lib/auth.js';
import { button, el } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { describeError } from '../lib/status.js';

export interface UploadHooks {
  /** Articles were stored: the page refreshes; `open` shows one in the graph. */
  uploaded(articleIds: string[]): void;
  open(articleId: string): void;
}

const ACCEPT = '.txt,.json,.jsonl,.html,.htm,text/plain,application/json,text/html';

export function openUploadDialog(dialog: HTMLDialogElement, hooks: UploadHooks): void {
  const files = el('input', { type: 'file', multiple: '', accept: ACCEPT, 'data-testid': 'upload-files' });
  const drop = el('div', { class: 'drop-zone', 'data-testid': 'drop-zone', tabindex: '0' }, t('uploadHint'));
  const text = el('textarea', { rows: '6', placeholder: t('pasteText'), 'aria-label': t('pasteText'), 'data-testid': 'upload-text' });
  const title = el('input', { type: 'text', placeholder: t('title'), 'aria-label': t('title') });
  const published = el('input', { type: 'date', 'aria-label': t('published') });
  const region = el('input', { type: 'text', placeholder: t('region'), 'aria-label': t('region') });
  const progress = el('ol', { class: 'upload-progress', 'data-testid': 'upload-progress' });
  let queued: File[] = [];

  const row = (label: string): { li: HTMLElement; set(state: string, text: string, ids?: string[]): void } => {
    const state = el('span', { class: 'state' }, t('waiting'));
    const li = el('li', { 'data-state': 'waiting' }, el('strong', {}, label), ' ', state);
    progress.append(li);
    return {
      li,
      set(s, msg, ids = []) {
        li.dataset.state = s;
        state.replaceChildren(msg, ...ids.slice(0, 5).map((id) => {
          const a = el('a', { href: '#', 'data-article': id }, ` ${t('showInGraph')}`);
          a.addEventListener('click', (e) => { e.preventDefault(); dialog.close(); hooks.open(id); });
          return a;
        }));
      },
    };
  };
  const summary = (r: CreateArticleResponse): string =>
    `✓ ${t('uploaded')} ${r.articles.length} ${t('articlesN')}，${r.articles.reduce((n, a) => n + a.entities.length, 0)} ${t('entitiesN')}`;

  const fields = (): Record<string, string> => {
    const out: Record<string, string> = {};
    if (published.value) out.published = published.value;
    if (region.value.trim()) out.region = region.value.trim();
    return out;
  };
  const sendAll = async (): Promise<void> => {
    const stored: string[] = [];
    const jobs: Array<{ label: string; run(): Promise<CreateArticleResponse> }> = queued.map((f) => ({
      label: f.name,
      run: () => {
        const form = new FormData();
        for (const [k, v] of Object.entries(fields())) form.append(k, v);
        form.append('file', f, f.name);
        return postForm('/api/articles', form, CreateArticleResponse, keyHeaders());
      },
    }));
    if (text.value.trim()) {
      const body = { text: text.value, ...fields(), ...(title.value.trim() ? { title: title.value.trim() } : {}), source: 'pasted.txt' };
      jobs.push({ label: title.value.trim() || t('pasteText'), run: () => postJson('/api/articles', body, CreateArticleResponse, undefined, keyHeaders()) });
    }
    queued = [];
    const rows = jobs.map((j) => row(j.label));
    for (const [i, job] of jobs.entries()) {
      rows[i]!.set('sending', t('loading'));
      try {
        const r = await job.run();
        const ids = r.articles.map((a) => a.article.id);
        stored.push(...ids);
        rows[i]!.set('done', summary(r), ids);
      } catch (err) {
        rows[i]!.set('error', `✗ ${job.label}: ${describeError(err)}`);
      }
    }
    if (stored.length > 0) {
      text.value = '';
      hooks.uploaded(stored);
    }
  };
  const add = (list: FileList | null): void => {
    if (!list) return;
    queued.push(...Array.from(list));
    drop.textContent = queued.map((f) => f.name).join('、') || t('uploadHint');
  };
  files.addEventListener('change', () => add(files.files));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); add(e.dataTransfer?.files ?? null); });
  drop.addEventListener('click', () => files.click());

  dialog.replaceChildren(
    el('div', { class: 'dialog-head' }, el('strong', {}, t('uploadTitle')), button(t('close'), () => dialog.close())),
    drop, files,
    el('div', { class: 'upload-fields' }, published, region),
    el('details', { class: 'paste' }, el('summary', {}, t('pasteText')), title, text),
    el('div', { class: 'toolbar' }, button(t('send'), () => void sendAll(), { class: 'primary', 'data-action': 'upload-send' })),
    progress,
  );
  dialog.classList.add('upload-dialog');
  if (!dialog.open) dialog.showModal();
}
