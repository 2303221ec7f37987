/**
 * A project's history: its steps in date order, each with its date (to its precision), stage,
 * phase, investment, the people and bodies of the event, the sentence that reports it, and a
 * link per reporting article that opens it with that sentence highlighted.
 */
import type { EvidenceItem, ProjectHistory, ProjectStep, StepParty } from '../../model/api.schema.js';
import { el } from '../lib/dom.js';
import { lang, t, typeName } from '../lib/i18n.js';
import { historyText, stageLabel, stepDate, yuan } from '../lib/project-history.js';

export interface HistoryHooks { showInGraph(id: string): void; openArticle(id: string, ev?: EvidenceItem): void }

function entityLink(id: string, name: string, hooks: HistoryHooks): HTMLElement {
  const a = el('a', { href: '#', class: 'entity-link', 'data-entity': id }, name);
  a.addEventListener('click', (e) => { e.preventDefault(); hooks.showInGraph(id); });
  return a;
}

function parties(list: StepParty[], hooks: HistoryHooks): HTMLElement | null {
  if (list.length === 0) return null;
  return el('span', { class: 'step-parties' }, ...list.flatMap((p, i) => [i ? '，' : '', entityLink(p.id, p.name, hooks), p.as ? `（${p.as}）` : '']));
}

function sourceLinks(h: ProjectHistory, s: ProjectStep, hooks: HistoryHooks): HTMLElement {
  return el('div', { class: 'step-sources' }, `${historyText('sources', lang())}：`, ...s.sources.flatMap((src, i) => {
    const label = `${src.article.title ?? src.article.id}${src.article.published ? ` (${src.article.published})` : ''}`;
    const a = el('a', { href: '#', class: 'article-link', 'data-article': src.article.id }, label);
    const ev: EvidenceItem | undefined = src.evidence
      ? { relType: 'STEP', direction: 'out', other: { id: h.project.id, type: 'Project', name: h.project.name }, text: src.evidence, start: src.start, end: src.end, article: src.article }
      : undefined;
    a.addEventListener('click', (e) => { e.preventDefault(); hooks.openArticle(src.article.id, ev); });
    return [i ? ' · ' : '', a];
  }));
}

function stepItem(h: ProjectHistory, s: ProjectStep, hooks: HistoryHooks): HTMLElement {
  const l = lang();
  return el('li', { 'data-stage': s.stage ?? '', ...(s.planned ? { 'data-planned': 'true', class: 'planned' } : {}) },
    el('time', { datetime: s.date ?? '' }, stepDate(s.date, s.date_precision, l)), ' ',
    el('strong', { class: 'stage' }, stageLabel(s.stage, l)),
    s.phase ? el('span', { class: 'badge phase' }, s.phase) : null,
    s.planned ? el('span', { class: 'badge planned' }, historyText('planned', l)) : null,
    s.amount_yuan !== null ? el('span', { class: 'amount' }, ` · ${historyText('invested', l)} ${yuan(s.amount_yuan, l)}`) : null,
    s.people.length || s.organizations.length
      ? el('div', { class: 'step-who' }, parties(s.people, hooks), s.people.length && s.organizations.length ? '；' : '', parties(s.organizations, hooks))
      : null,
    s.evidence ? el('blockquote', {}, s.evidence) : null,
    sourceLinks(h, s, hooks));
}

/** Renders the history of a project into `body`. */
export function renderProjectHistory(body: HTMLElement, h: ProjectHistory, hooks: HistoryHooks): void {
  const l = lang();
  // Meetings in date order, undated last: many share a name, their dates tell them apart.
  const group = (rel: string) => h.related.filter((r) => r.rel === rel)
    .sort((a, b) => rel === 'ABOUT' ? (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') : 0);
  const relatedList = (rel: string, title: string) => {
    const list = group(rel);
    return list.length === 0 ? [] : [el('h3', {}, title), el('ul', { class: `related ${rel.toLowerCase()}` }, ...list.map((r) =>
      el('li', {}, r.date ? el('time', {}, r.date) : null, r.date ? ' ' : '', entityLink(r.id, r.name, hooks), r.as?.length ? ` （${r.as.join('、')}）` : '', r.count ? el('span', { class: 'muted' }, ` ×${r.count}`) : null)))];
  };
  body.replaceChildren(
    el('h2', {}, `${t('projectHistory')}：`, entityLink(h.project.id, h.project.name, hooks)),
    ...(group('LOCATED_IN').length ? [el('p', { class: 'muted project-place' }, `${historyText('place', l)}：`, ...group('LOCATED_IN').flatMap((p, i) => [i ? '、' : '', entityLink(p.id, p.name, hooks)]))] : []),
    el('h3', {}, historyText('steps', l)),
    h.steps.length ? el('ol', { class: 'events steps' }, ...h.steps.map((s) => stepItem(h, s, hooks))) : el('p', { class: 'muted' }, t('empty')),
    ...relatedList('RUN_BY', historyText('runBy', l)),
    ...relatedList('INVOLVED_IN', historyText('involved', l)),
    ...relatedList('ABOUT', typeName(l, 'Meeting')),
  );
}
