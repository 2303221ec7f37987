/** The API key dialog: the key (checked with the server) and the name kept on corrections. */
import { apiKey, authorName, signIn, signOut } from '../lib/auth.js';
import { button, el } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { describeError } from '../lib/status.js';

export function openKeyDialog(dialog: HTMLDialogElement): void {
  const key = el('input', { type: 'password', autocomplete: 'off', 'aria-label': t('apiKey'), 'data-testid': 'api-key' });
  const name = el('input', { type: 'text', value: authorName(), 'aria-label': t('yourName'), 'data-testid': 'author-name', maxlength: '100' });
  const msg = el('p', { class: 'muted', role: 'status' });
  const form = el('form', { class: 'key-form' },
    el('label', {}, t('apiKey'), key), el('label', {}, t('yourName'), name), msg,
    el('div', { class: 'toolbar' },
      button('OK', () => undefined, { type: 'submit', class: 'primary', 'data-action': 'sign-in' }),
      apiKey() ? button(t('signOut'), () => { signOut(); dialog.close(); }) : null,
      button(t('close'), () => dialog.close())));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    msg.className = 'muted';
    msg.textContent = t('loading');
    signIn(key.value.trim(), name.value).then(() => {
      msg.textContent = t('keyOk');
      dialog.close();
    }, (err: unknown) => {
      msg.className = 'error';
      msg.textContent = describeError(err);
    });
  });
  dialog.replaceChildren(el('h3', {}, t('apiKey')), el('p', { class: 'muted' }, t('keyPrompt')), form);
  if (!dialog.open) dialog.showModal();
  key.focus();
}
