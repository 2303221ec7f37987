/**
 * A person's timeline (posts as tenure bars, then every dated event) or a
 * project's history (project-history-view.ts). Names click through to the graph.
 */
import { EntityDetail, PersonTimeline, ProjectHistory, SearchResponse, type EvidenceItem } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { briefText } from '../lib/brief-text.js';
import { toCsv } from '../lib/csv.js';
import { button, download, el } from '../lib/dom.js';
import { tenure } from '../lib/format.js';
import { lang, t, typeName } from '../lib/i18n.js';
import { track } from '../lib/status.js';
import { tenureBars } from '../lib/timeline.js';
import { renderProjectHistory } from './project-history-view.js';
import { asName } from '../graph/captions.js';

export interface TimelineHooks { showInGraph(id: string): void; openArticle(id: string, ev?: EvidenceItem): void; pick(id: string): void }

/** A search box for the person or project whose timeline to show (the tab opened directly has one). */
export function subjectPicker(hooks: TimelineHooks): HTMLElement {
  const input = el('input', { type: 'search', placeholder: t('selectPerson'), 'aria-label': t('selectPerson'), 'data-testid': 'timeline-picker' });
  const list = el('ul', { class: 'picker-hits' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void (async () => {
      const q = input.value.trim();
      if (!q) { list.replaceChildren(); return; }
      const res = await track(list, () => getJson('/api/search', SearchResponse, { q, types: 'Person,Project', limit: 10 }), t('loading'));
      if (!res) return;
      list.replaceChildren(...res.hits.map((h) => {
        const brief = briefText(h.brief, lang());
        const b = button(`${h.name} · ${typeName(lang(), h.type)}${brief ? ` · ${brief}` : ''}`, () => hooks.pick(h.id), { 'data-id': h.id, class: 'candidate' });
        return el('li', {}, b);
      }));
    })(), 180);
  });
  return el('div', { class: 'picker' }, input, list);
}

function entityLink(id: string, name: string, hooks: TimelineHooks): HTMLElement {
  const a = el('a', { href: '#', class: 'entity-link', 'data-entity': id }, name);
  a.addEventListener('click', (e) => { e.preventDefault(); hooks.showInGraph(id); });
  return a;
}

function articleLink(id: string, label: string, hooks: TimelineHooks): HTMLElement {
  const a = el('a', { href: '#', 'data-article': id }, label);
  a.addEventListener('click', (e) => { e.preventDefault(); hooks.openArticle(id); });
  return a;
}

function renderPerson(body: HTMLElement, tl: PersonTimeline, hooks: TimelineHooks): void {
  const { bars, min, max } = tenureBars(tl.roles);
  const gantt = el('div', { class: 'gantt' }, ...bars.map((b) => {
    const bar = el('div', { class: 'bar', title: tenure(b.first, b.last) });
    bar.style.left = `${b.leftPct}%`;
    bar.style.width = `${b.widthPct}%`;
    return el('div', { class: 'gantt-row' }, el('span', { class: 'gantt-label' }, b.label), el('div', { class: 'gantt-track' }, bar),
      el('span', { class: 'muted' }, b.first || b.last ? tenure(b.first, b.last) : t('dateUnknown')));
  }));
  const events = el('ol', { class: 'events' }, ...tl.events.map((ev) =>
    el('li', { 'data-kind': ev.kind }, el('time', {}, ev.date ?? '?'), ' ', el('span', { class: `badge ${ev.kind}` }, typeName(lang(), ev.kind === 'role' ? 'Role' : 'Meeting')),
      ' ', entityLink(ev.id, ev.label, hooks), ev.detail ? el('span', { class: 'muted' }, ` · ${ev.kind === 'meeting' ? asName(ev.detail, lang()) : ev.detail}`) : null)));
  const meetings = el('ul', {}, ...tl.meetings.map((m) => el('li', {}, el('time', {}, m.date ?? '?'), ' ', entityLink(m.meeting.id, m.meeting.name, hooks),
    m.as ? ` (${asName(m.as, lang())})` : '', m.place ? ` @ ${m.place.name}` : '', ' ', m.article ? articleLink(m.article.id, `[${t('openArticle')}]`, hooks) : null)));
  const csv = button(t('exportCsv'), () => download(`baoxun-timeline-${tl.person.name}.csv`, toCsv([t('date'), t('type'), t('name'), 'detail', 'id'], [
    ...tl.roles.map((r) => [tenure(r.first_seen, r.last_seen), typeName(lang(), 'Role'), r.of ? `${r.role.name}（${r.of.name}）` : r.role.name, '', r.role.id]),
    ...tl.events.map((ev) => [ev.date ?? '', typeName(lang(), ev.kind === 'role' ? 'Role' : 'Meeting'), ev.label, ev.detail ?? '', ev.id]),
  ]), 'text/csv'), { class: 'small' });
  body.replaceChildren(
    subjectPicker(hooks),
    el('h2', {}, `${t('timelineOf')}：`, entityLink(tl.person.id, tl.person.name, hooks), ' ', csv),
    el('h3', {}, `${t('posts')} ${min ? `(${min} – ${max})` : ''}`), bars.length ? gantt : el('p', { class: 'muted' }, t('empty')),
    el('h3', {}, t('tabTimeline')), tl.events.length ? events : el('p', { class: 'muted' }, t('empty')),
    el('h3', {}, typeName(lang(), 'Meeting')), meetings,
  );
}

/** Shows the timeline of a person or the history of a project, by the entity's type. */
export async function showTimeline(body: HTMLElement, id: string | null, hooks: TimelineHooks): Promise<void> {
  if (!id) {
    body.replaceChildren(el('h2', {}, `${t('timelineOf')} / ${t('projectHistory')}`), subjectPicker(hooks));
    return;
  }
  await track(body, async () => {
    const d = await getJson(`/api/entities/${encodeURIComponent(id)}`, EntityDetail);
    if (d.type === 'Project') renderProjectHistory(body, await getJson(`/api/projects/${encodeURIComponent(id)}/history`, ProjectHistory), hooks);
    else if (d.type === 'Person') renderPerson(body, await getJson(`/api/people/${encodeURIComponent(id)}/timeline`, PersonTimeline), hooks);
    else body.replaceChildren(el('p', {}, `${d.name}: `, button(t('showInGraph'), () => hooks.showInGraph(id))));
  }, t('loading'));
}
