/**
 * Explicit status for every request a view makes (`idle | loading | error`),
 * shown on the view's element as `data-status` plus a message line, so users
 * and tests see the same thing.
 */
import { errorText } from './error-text.js';
import { lang } from './i18n.js';

export type Status = { state: 'idle' } | { state: 'loading' } | { state: 'error'; message: string };

/** Shows `status` on `el` (its `.status-line` child holds the text). */
export function showStatus(el: HTMLElement, status: Status, loadingText: string): void {
  el.dataset.status = status.state;
  let line = el.querySelector<HTMLElement>(':scope > .status-line');
  if (!line) {
    line = document.createElement('div');
    line.className = 'status-line';
    line.setAttribute('role', 'status');
    el.prepend(line);
  }
  line.textContent = status.state === 'loading' ? loadingText : status.state === 'error' ? status.message : '';
  line.hidden = status.state === 'idle';
}

/** Runs `work` while `el` shows loading; errors end up shown on `el`, not thrown. */
export async function track<T>(el: HTMLElement, work: () => Promise<T>, loadingText: string): Promise<T | undefined> {
  showStatus(el, { state: 'loading' }, loadingText);
  try {
    const out = await work();
    showStatus(el, { state: 'idle' }, loadingText);
    return out;
  } catch (err) {
    if ((err as Error).name === 'AbortError') return undefined;
    showStatus(el, { state: 'error', message: describeError(err) }, loadingText);
    return undefined;
  }
}

/** An error as the user reads it: a server error in the interface language with the server's detail. */
export function describeError(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown; name?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  // fetch() itself failing (server gone, network down) is a TypeError.
  const code = typeof e?.code === 'string' ? e.code : e?.name === 'TypeError' && /fetch/i.test(message) ? 'network_error' : undefined;
  return errorText({ code, message }, lang());
}
