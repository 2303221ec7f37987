/** Asks which relationship types to expand, showing the neighbour count of each. */
import { button, el } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { busyThreshold, defaultChosen, type RelChoice } from '../graph/expand-plan.js';

/** Resolves to the chosen types, or null when cancelled. */
export function chooseRelTypes(dialog: HTMLDialogElement, nodeName: string, choices: RelChoice[]): Promise<string[] | null> {
  return new Promise((resolve) => {
    const preset = new Set(defaultChosen(choices, busyThreshold(localStorage.getItem('baoxun.busyThreshold'))));
    const boxes = choices.map((c) => {
      const box = el('input', { type: 'checkbox', value: c.type, name: 'relType' });
      box.checked = preset.has(c.type);
      return el('label', { class: 'choice' }, box, ' ', el('code', {}, c.type), ` ${c.count}`);
    });
    let answered = false;
    const finish = (value: string[] | null): void => {
      if (answered) return;
      answered = true;
      dialog.close();
      resolve(value);
    };
    const ok = button(t('expandChosen'), () => finish(
      [...dialog.querySelectorAll<HTMLInputElement>('input[name="relType"]:checked')].map((b) => b.value)), { class: 'primary', 'data-testid': 'expand-ok' });
    dialog.replaceChildren(
      el('h3', {}, `${t('chooseRelTypes')}：${nodeName}`),
      el('div', { class: 'choices' }, ...boxes),
      el('div', { class: 'toolbar' }, ok, button(t('cancel'), () => finish(null))),
    );
    dialog.addEventListener('close', () => finish(null), { once: true });
    dialog.showModal();
  });
}
