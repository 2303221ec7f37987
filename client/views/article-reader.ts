/**
 * The article reader: the text with every mention highlighted (the
 * evidence sentence in a stronger colour); a click on a mention focuses
 * that entity in the graph.
 */
import { ArticleDetail, type EvidenceItem } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { locate, toRuns, type Mark } from '../lib/article-marks.js';
import { button, el } from '../lib/dom.js';
import { track } from '../lib/status.js';
import { t } from '../lib/i18n.js';

export async function openArticle(
  dialog: HTMLDialogElement, articleId: string, evidence: EvidenceItem | undefined, onEntity: (id: string) => void,
): Promise<void> {
  const body = el('div', { class: 'article-body' });
  dialog.replaceChildren(el('div', { class: 'dialog-head' }, el('strong', {}, t('article')), button(t('close'), () => dialog.close())), body);
  if (!dialog.open) dialog.showModal();
  const a = await track(body, () => getJson(`/api/articles/${encodeURIComponent(articleId)}`, ArticleDetail), t('loading'));
  if (!a) return;
  const names = new Map(a.mentions.map((m) => [m.entity.id, m.entity]));
  const marks: Mark[] = a.mentions.flatMap((m) => m.spans.map(([start, end]) => ({ start, end, key: m.entity.id })));
  const evSpan = evidence ? locate(a.text, evidence.text, evidence.start, evidence.end) : null;
  if (evSpan) marks.push({ start: evSpan[0], end: evSpan[1], key: '#evidence' });
  const text = el('div', { class: 'article-text' }, ...toRuns(a.text, marks).map((run) => {
    const entityKey = run.keys.find((k) => k !== '#evidence');
    const inEvidence = run.keys.includes('#evidence');
    if (!entityKey && !inEvidence) return run.text;
    const node = el(entityKey ? 'mark' : 'span', { class: inEvidence ? 'in-evidence' : '' }, run.text);
    if (entityKey) {
      const ent = names.get(entityKey);
      node.title = ent ? `${ent.name} (${ent.type})` : entityKey;
      node.dataset.entity = entityKey;
      node.addEventListener('click', () => { dialog.close(); onEntity(entityKey); });
    }
    return node;
  }));
  const bylines = a.bylines.map((b) => `${b.as ?? ''} ${b.name}`.trim()).join('，');
  body.append(
    el('h2', { class: 'article-title' }, a.title ?? a.id),
    el('div', { class: 'muted' }, [a.published, a.source, bylines].filter(Boolean).join(' · ')),
    text,
  );
  body.querySelector('.in-evidence')?.scrollIntoView({ block: 'center' });
}
