/** The legend: colour and shape per type with counts; a click hides or shows the type. */
import { lookOf, swatchClipPath } from '../graph/styles.js';
import { typeName, lang } from '../lib/i18n.js';

export function renderLegend(
  ul: HTMLElement, counts: Record<string, number>, hidden: ReadonlySet<string>, onToggle: (type: string) => void,
): void {
  ul.replaceChildren(...Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([type, count]) => {
    const li = document.createElement('li');
    li.dataset.type = type;
    li.tabIndex = 0;
    li.setAttribute('role', 'switch');
    li.setAttribute('aria-checked', String(!hidden.has(type)));
    li.classList.toggle('off', hidden.has(type));
    const sw = document.createElement('span');
    const look = lookOf(type);
    sw.className = 'swatch';
    sw.style.background = look.color;
    sw.style.clipPath = swatchClipPath(look.shape);
    const name = document.createElement('span');
    name.textContent = typeName(lang(), type);
    const c = document.createElement('span');
    c.className = 'count';
    c.textContent = String(count);
    li.append(sw, name, c);
    li.addEventListener('click', () => onToggle(type));
    li.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onToggle(type); } });
    return li;
  }));
}
