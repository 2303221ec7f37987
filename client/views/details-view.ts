/**
 * The details panel: properties, relationship counts, posts with tenure and
 * the evidence sentences, each with a link into the article reader.
 */
import type { EntityDetail, EvidenceItem, RoleTenure } from '../../model/api.schema.js';
import { button, el } from '../lib/dom.js';
import { tenure, visibleProps } from '../lib/format.js';
import { lang, t, typeName } from '../lib/i18n.js';
import { lookOf, swatchClipPath } from '../graph/styles.js';

export interface DetailActions {
  expand(): void;
  collapse(): void;
  togglePin(): void;
  pathFrom(): void;
  pathTo(): void;
  focusEntity(id: string): void;
  openArticle(articleId: string, evidence?: EvidenceItem): void;
  timeline?(): void;
  history?(): void;
}

function evidenceItem(ev: EvidenceItem, actions: DetailActions): HTMLElement {
  const other = el('a', { href: '#', class: 'entity-link' }, ev.other.name);
  other.addEventListener('click', (e) => { e.preventDefault(); actions.focusEntity(ev.other.id); });
  const head = el('div', { class: 'ev-head' }, el('code', {}, ev.relType), ' ', ev.direction === 'out' ? '→ ' : '← ', other);
  const li = el('li', { class: 'evidence' }, head, el('blockquote', {}, ev.text));
  if (ev.low_confidence) head.append(' ', el('span', { class: 'ocr-flag', title: t('evidenceLowConfidence') }, 'OCR?'));
  if (ev.article) {
    const link = el('a', { href: '#', class: 'article-link', 'data-article': ev.article.id },
      `${t('openArticle')}：${ev.article.title ?? ev.article.id}${ev.article.published ? ` (${ev.article.published})` : ''}`);
    link.addEventListener('click', (e) => { e.preventDefault(); actions.openArticle(ev.article!.id, ev); });
    li.append(link);
  }
  return li;
}

export function renderDetails(
  panel: HTMLElement, d: EntityDetail, roles: RoleTenure[] | null, pinned: boolean, actions: DetailActions,
): void {
  const swatch = el('span', { class: 'swatch' });
  swatch.style.background = lookOf(d.type).color;
  swatch.style.clipPath = swatchClipPath(lookOf(d.type).shape);
  const tools = el('div', { class: 'toolbar' },
    button(t('expand'), actions.expand), button(t('collapse'), actions.collapse),
    button(pinned ? t('unpin') : t('pin'), actions.togglePin),
    button(t('pathFrom'), actions.pathFrom), button(t('pathTo'), actions.pathTo),
    actions.timeline ? button(t('timelineOf'), actions.timeline) : null,
    actions.history ? button(t('projectHistory'), actions.history) : null,
    d.type === 'Article' ? button(t('openArticle'), () => actions.openArticle(d.id)) : null,
  );
  const props = el('table', { class: 'props' }, ...visibleProps(d.props).map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v))));
  const counts = el('ul', { class: 'counts' }, ...d.counts.map((c) =>
    el('li', {}, el('code', {}, c.type), ` ${c.direction === 'out' ? '→' : '←'} ${c.count}`)));
  const parts: Array<HTMLElement | null> = [
    el('h2', { class: 'entity-name' }, swatch, ' ', d.name),
    el('div', { class: 'muted' }, typeName(lang(), d.type)),
    tools,
    el('h3', {}, t('properties')), props,
    el('h3', {}, t('relations')), counts,
  ];
  if (roles && roles.length > 0) {
    parts.push(el('h3', {}, t('posts')), el('ul', { class: 'posts' }, ...roles.map((r) =>
      el('li', {}, r.role.name, r.of ? `（${r.of.name}）` : '', ' ', el('span', { class: 'muted' }, r.first_seen || r.last_seen ? tenure(r.first_seen, r.last_seen) : t('dateUnknown'))))));
  }
  parts.push(el('h3', {}, `${t('evidence')} (${d.evidence.length})`),
    el('ul', { class: 'evidence-list' }, ...d.evidence.map((ev) => evidenceItem(ev, actions))));
  if (d.articles.length > 0) {
    parts.push(el('h3', {}, t('article')), el('ul', { class: 'articles' }, ...d.articles.map((a) => {
      const link = el('a', { href: '#', 'data-article': a.id }, `${a.title ?? a.id}${a.published ? ` (${a.published})` : ''}`);
      link.addEventListener('click', (e) => { e.preventDefault(); actions.openArticle(a.id); });
      return el('li', {}, link);
    })));
  }
  panel.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  panel.dataset.entity = d.id;
}
