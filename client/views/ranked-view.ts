/**
 * The landing view's ranked lists, beside the graph: per type, the most connected entities
 * (distinct ties) or the most mentioned (articles), each with what tells it apart (a
 * person's latest post, a meeting's date and chair). A click shows the entity in the graph;
 * "explore" starts a new exploration from it. The list exports as CSV.
 */
import type { RankedEntity, TopEntities } from '../../model/api.schema.js';
import { briefText } from '../lib/brief-text.js';
import { toCsv } from '../lib/csv.js';
import { button, download, el } from '../lib/dom.js';
import { lang, t, typeName } from '../lib/i18n.js';
import { lookOf } from '../graph/styles.js';

export type RankBy = 'degree' | 'mentions';
const ORDER = ['Person', 'Organization', 'Meeting', 'Project', 'Place', 'Role'];

export interface RankedHooks { pick(id: string): void; explore(id: string): void }

/** Rows of the ranked lists as a table (type, rank, name, counts, brief, id), for CSV. */
export function rankedRows(top: TopEntities, by: RankBy): Array<Array<string | number>> {
  const lists = by === 'degree' ? top.byDegree : top.byMentions;
  return ORDER.filter((type) => lists[type]).flatMap((type) => lists[type]!.map((e, i) =>
    [typeName(lang(), type), i + 1, e.name, e.degree, e.mentions, briefText(e.brief, lang()) ?? '', e.id]));
}

export function mountRanked(root: HTMLElement, hooks: RankedHooks): { show(top: TopEntities | null): void } {
  let by: RankBy = 'degree';
  let data: TopEntities | null = null;
  const body = el('div', { class: 'ranked-body' });
  const toggle = el('div', { class: 'seg', role: 'group' });
  const render = (): void => {
    toggle.replaceChildren(...(['degree', 'mentions'] as RankBy[]).map((b) =>
      button(t(b === 'degree' ? 'byDegree' : 'byMentions'), () => { by = b; render(); }, { class: b === by ? 'active' : '', 'data-rank': b })));
    if (!data) { body.replaceChildren(); return; }
    const lists = by === 'degree' ? data.byDegree : data.byMentions;
    body.replaceChildren(...ORDER.filter((type) => (lists[type] ?? []).length > 0).map((type) =>
      el('section', { class: 'rank-section', 'data-type': type },
        el('h3', {}, typeName(lang(), type)),
        el('ol', { class: 'rank-list' }, ...lists[type]!.map((e) => row(e))))));
  };
  const row = (e: RankedEntity): HTMLElement => {
    const dot = el('span', { class: 'swatch dot' });
    dot.style.background = lookOf(e.type).color;
    const name = el('a', { href: '#', class: 'rank-name', title: e.name }, e.name);
    name.addEventListener('click', (ev) => { ev.preventDefault(); hooks.pick(e.id); });
    const brief = briefText(e.brief, lang());
    const count = by === 'degree' ? e.degree : e.mentions;
    return el('li', { 'data-entity': e.id },
      dot, el('span', { class: 'rank-main' }, name, brief ? el('span', { class: 'rank-brief' }, brief) : null),
      el('span', { class: 'count', title: `${e.degree} ${t('tiesN')} · ${e.mentions} ${t('mentionsN')}` }, String(count)),
      button('⤢', () => hooks.explore(e.id), { class: 'icon', title: t('newExploration'), 'aria-label': t('newExploration') }));
  };
  const csv = button(t('exportCsv'), () => {
    if (!data) return;
    download(`baoxun-ranking-${by}.csv`, toCsv([t('type'), '#', t('name'), t('tiesN'), t('mentionsN'), t('latestPost'), 'id'], rankedRows(data, by)), 'text/csv');
  }, { class: 'small' });
  root.replaceChildren(
    el('div', { class: 'panel-head' }, el('p', { class: 'muted' }, t('landingHint')), el('div', { class: 'toolbar' }, toggle, csv)),
    body);
  render();
  return { show(top) { data = top; render(); } };
}
