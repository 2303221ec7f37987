/**
 * The article reader: the text with every mention highlighted (the
 * evidence sentence in a stronger colour); a click on a mention focuses
 * that entity in the graph. For an article read from a PDF page or a scan,
 * the page image stands beside the text with the evidence outlined on it,
 * and text that OCR read with low confidence is underlined.
 */
import { ArticleDetail, type EvidenceItem } from '../../model/api.schema.js';
import { getJson } from '../lib/api-client.js';
import { locate, toRuns, type Mark } from '../lib/article-marks.js';
import { button, el } from '../lib/dom.js';
import { uncertain } from '../lib/page-regions.js';
import { track } from '../lib/status.js';
import { t } from '../lib/i18n.js';
import { pagePanel } from './page-panel.js';

export async function openArticle(
  dialog: HTMLDialogElement, articleId: string, evidence: EvidenceItem | undefined, onEntity: (id: string) => void,
): Promise<void> {
  const body = el('div', { class: 'article-body' });
  dialog.classList.remove('with-page');
  dialog.replaceChildren(el('div', { class: 'dialog-head' }, el('strong', {}, t('article')), button(t('close'), () => dialog.close())), body);
  if (!dialog.open) dialog.showModal();
  const a = await track(body, () => getJson(`/api/articles/${encodeURIComponent(articleId)}`, ArticleDetail), t('loading'));
  if (!a) return;
  const names = new Map(a.mentions.map((m) => [m.entity.id, m.entity]));
  const marks: Mark[] = a.mentions.flatMap((m) => m.spans.map(([start, end]) => ({ start, end, key: m.entity.id })));
  const evSpan = evidence ? locate(a.text, evidence.text, evidence.start, evidence.end) : null;
  if (evSpan) marks.push({ start: evSpan[0], end: evSpan[1], key: '#evidence' });
  for (const [start, end] of a.layout?.low_confidence ?? []) marks.push({ start, end, key: '#low' });
  const text = el('div', { class: 'article-text' }, ...toRuns(a.text, marks).map((run) => {
    const entityKey = run.keys.find((k) => !k.startsWith('#'));
    const cls = [run.keys.includes('#evidence') ? 'in-evidence' : '', run.keys.includes('#low') ? 'low-confidence' : ''].filter(Boolean).join(' ');
    if (!entityKey && !cls) return run.text;
    const node = el(entityKey ? 'mark' : 'span', { class: cls }, run.text);
    if (run.keys.includes('#low')) node.title = t('lowConfidence');
    if (entityKey) {
      const ent = names.get(entityKey);
      node.title = [ent ? `${ent.name} (${ent.type})` : entityKey, node.title].filter(Boolean).join(' · ');
      node.dataset.entity = entityKey;
      node.addEventListener('click', () => { dialog.close(); onEntity(entityKey); });
    }
    return node;
  }));
  const credit = (b: (typeof a.bylines)[number]) => `${b.as ?? ''} ${b.name}`.trim();
  // Credits the page prints apart from any article are shown as the page's, not as this article's author.
  const own = a.bylines.filter((b) => !b.page).map(credit).join('，');
  const onPage = a.bylines.filter((b) => b.page).map(credit).join('，');
  const bylines = [own, onPage ? `${t('pageCredits')}：${onPage}` : ''].filter(Boolean).join(' · ');
  const warn = evSpan && uncertain(a.layout, evSpan[0], evSpan[1]) ? el('div', { class: 'ocr-warning' }, t('evidenceLowConfidence')) : null;
  const reading = el('div', { class: 'article-reading' },
    el('h2', { class: 'article-title' }, a.title ?? a.id),
    el('div', { class: 'muted' }, [a.published, a.source, bylines].filter(Boolean).join(' · ')),
    warn, text);
  if (a.layout) {
    dialog.classList.add('with-page');
    body.append(el('div', { class: 'article-columns' }, pagePanel(a.layout, evSpan), reading));
  } else body.append(reading);
  body.querySelector('.in-evidence')?.scrollIntoView({ block: 'center' });
}
