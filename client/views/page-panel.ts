/**
 * The printed page beside an article read from a PDF page or a scan: the page image with the
 * article's extent and the evidence's lines outlined, scrolled to the evidence.
 */
import type { ArticleLayout } from '../../model/graph.schema.js';
import { el } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { rectStyle, rectsFor, type PageRect } from '../lib/page-regions.js';

function box(r: PageRect, cls: string): HTMLElement {
  const b = el('div', { class: `page-box ${cls}` });
  b.setAttribute('style', rectStyle(r));
  return b;
}

/** The panel: page facts, the image (or why there is none) and the outlines. */
export function pagePanel(layout: ArticleLayout, evidence: [number, number] | null): HTMLElement {
  const facts = [layout.paper, layout.page_label ?? t('page').replace('{n}', String(layout.page)), layout.ocr ? t('readByOcr') : null].filter(Boolean).join(' · ');
  const head = el('div', { class: 'muted page-facts' }, facts);
  if (!layout.image) return el('div', { class: 'page-view' }, head, el('div', { class: 'muted' }, t('pageImageMissing')));
  const [x, y, w, h] = layout.box;
  const frame = el('div', { class: 'page-frame' });
  const img = el('img', { src: `/api/pages/${encodeURIComponent(layout.image)}`, alt: t('pageImage') });
  img.addEventListener('error', () => frame.replaceChildren(el('div', { class: 'muted' }, t('pageImageMissing'))));
  const marks = evidence ? rectsFor(layout, evidence[0], evidence[1]).map((r) => box(r, 'evidence')) : [];
  frame.append(img, box({ x, y, w, h }, 'article-extent'), ...marks);
  const scroller = el('div', { class: 'page-scroll' }, frame);
  // Once the image has its size, bring the evidence (else the article) into view.
  img.addEventListener('load', () => (marks[0] ?? frame.querySelector('.article-extent'))?.scrollIntoView({ block: 'center', inline: 'center' }));
  const zoom = el('button', { type: 'button', class: 'page-zoom' }, t('zoom'));
  zoom.addEventListener('click', () => frame.classList.toggle('zoomed'));
  return el('div', { class: 'page-view' }, el('div', { class: 'page-head' }, head, zoom), scroller);
}
