/**
 * The details panel: name with what tells it apart (latest post; a meeting's date,
 * organiser, chair), actions, properties, relationship counts, posts with tenure, a
 * meeting's attendees (both lists export as CSV), the evidence sentences with links into
 * the article reader, and the corrections (behind the API key).
 */
import type { EntityBrief, EntityDetail, EvidenceItem, RoleTenure } from '../../model/api.schema.js';
import { briefText, postText } from '../lib/brief-text.js';
import { toCsv } from '../lib/csv.js';
import { button, download, el } from '../lib/dom.js';
import { tenure, visibleProps } from '../lib/format.js';
import { lang, t, typeName } from '../lib/i18n.js';
import { lookOf, swatchClipPath } from '../graph/styles.js';
import { asName as asNameIn, relName } from '../graph/captions.js';

const asName = (as: string): string => asNameIn(as, lang());

export interface DetailActions {
  expand(): void;
  collapse(): void;
  togglePin(): void;
  pathFrom(): void;
  pathTo(): void;
  explore(): void;
  focusEntity(id: string): void;
  openArticle(articleId: string, evidence?: EvidenceItem): void;
  timeline?(): void;
  history?(): void;
}

/** A meeting's attendee: who, and as what (chair, speaker, attendee, observer). */
export interface Attendee { id: string; name: string; as: string | null }

export interface DetailExtras {
  roles: RoleTenure[] | null;
  brief: EntityBrief | null;
  attendees: Attendee[] | null;
  /** The corrections section (built by corrections-panel.ts when a key is set). */
  corrections: HTMLElement | null;
}

const AS_ORDER = ['chair', 'speaker', 'attendee', 'observer'];

function evidenceItem(ev: EvidenceItem, actions: DetailActions): HTMLElement {
  const other = el('a', { href: '#', class: 'entity-link' }, ev.other.name);
  other.addEventListener('click', (e) => { e.preventDefault(); actions.focusEntity(ev.other.id); });
  const head = el('div', { class: 'ev-head' }, el('code', { title: ev.relType }, relName(ev.relType, lang())), ' ', ev.direction === 'out' ? '→ ' : '← ', other);
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

const csvButton = (file: string, columns: string[], rows: unknown[][]): HTMLElement =>
  button(t('exportCsv'), () => download(file, toCsv(columns, rows), 'text/csv'), { class: 'small csv' });

export function renderDetails(panel: HTMLElement, d: EntityDetail, x: DetailExtras, pinned: boolean, actions: DetailActions): void {
  const swatch = el('span', { class: 'swatch' });
  swatch.style.background = lookOf(d.type).color;
  swatch.style.clipPath = swatchClipPath(lookOf(d.type).shape);
  const tools = el('div', { class: 'toolbar' },
    button(t('newExploration'), actions.explore, { class: 'primary', 'data-action': 'explore' }),
    button(t('expand'), actions.expand), button(t('collapse'), actions.collapse),
    button(pinned ? t('unpin') : t('pin'), actions.togglePin),
    button(t('pathFrom'), actions.pathFrom), button(t('pathTo'), actions.pathTo),
    actions.timeline ? button(t('timelineOf'), actions.timeline) : null,
    actions.history ? button(t('projectHistory'), actions.history) : null,
    d.type === 'Article' ? button(t('openArticle'), () => actions.openArticle(d.id)) : null,
  );
  const brief = briefText(x.brief, lang());
  const props = el('table', { class: 'props' }, ...visibleProps(d.props).map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v))));
  const counts = el('ul', { class: 'counts' }, ...d.counts.map((c) =>
    el('li', {}, el('code', { title: c.type }, relName(c.type, lang())), ` ${c.direction === 'out' ? '→' : '←'} ${c.count}`)));
  const parts: Array<HTMLElement | null> = [
    el('h2', { class: 'entity-name' }, swatch, ' ', d.name),
    el('div', { class: 'muted entity-kind' }, typeName(lang(), d.type), brief ? el('span', { class: 'entity-brief' }, ` · ${brief}`) : null),
    tools,
  ];
  if (x.roles && x.roles.length > 0) {
    parts.push(el('h3', {}, t('posts'), csvButton(`baoxun-posts-${d.name}.csv`, [t('role'), t('of'), t('firstSeen'), t('lastSeen'), 'id'],
      x.roles.map((r) => [r.role.name, r.of?.name ?? '', r.first_seen ?? '', r.last_seen ?? '', r.role.id]))),
    el('ul', { class: 'posts' }, ...x.roles.map((r) =>
      el('li', {}, postText({ post: r.role.name, post_of: r.of?.name ?? null }) ?? r.role.name, ' ',
        el('span', { class: 'muted' }, r.first_seen || r.last_seen ? tenure(r.first_seen, r.last_seen) : t('dateUnknown'))))));
  }
  if (x.attendees && x.attendees.length > 0) {
    const sorted = [...x.attendees].sort((a, b) => AS_ORDER.indexOf(a.as ?? 'attendee') - AS_ORDER.indexOf(b.as ?? 'attendee') || a.name.localeCompare(b.name, 'zh'));
    parts.push(el('h3', {}, `${t('attendees')} (${sorted.length})`, csvButton(`baoxun-attendees-${d.name}.csv`, [t('name'), t('attendedAs'), 'id'],
      sorted.map((a) => [a.name, a.as ? asName(a.as) : '', a.id]))),
    el('ul', { class: 'attendees' }, ...sorted.map((a) => {
      const link = el('a', { href: '#', class: 'entity-link', 'data-entity': a.id }, a.name);
      link.addEventListener('click', (e) => { e.preventDefault(); actions.focusEntity(a.id); });
      return el('li', { class: a.as === 'chair' ? 'chair' : '' }, link, a.as ? el('span', { class: 'muted' }, ` ${asName(a.as)}`) : null);
    })));
  }
  parts.push(el('h3', {}, t('relations')), counts);
  if (x.corrections) parts.push(x.corrections);
  parts.push(el('h3', {}, `${t('evidence')} (${d.evidence.length})`),
    el('ul', { class: 'evidence-list' }, ...d.evidence.map((ev) => evidenceItem(ev, actions))));
  if (d.articles.length > 0) {
    parts.push(el('h3', {}, t('article')), el('ul', { class: 'articles' }, ...d.articles.map((a) => {
      const link = el('a', { href: '#', 'data-article': a.id }, `${a.title ?? a.id}${a.published ? ` (${a.published})` : ''}`);
      link.addEventListener('click', (e) => { e.preventDefault(); actions.openArticle(a.id); });
      return el('li', {}, link);
    })));
  }
  parts.push(el('h3', {}, t('properties')), props);
  panel.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  panel.dataset.entity = d.id;
}
