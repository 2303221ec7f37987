/**
 * HTML article pages: the headline and the main text, without scripts,
 * styles, navigation and footers. Mozilla Readability (over linkedom) finds the
 * article; a simple paragraph heuristic backs it up.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { creditText, isCreditLine } from '../credit-line.js';
import type { RawCredit } from '../types.js';
import { READABILITY_MAX_ELEMENTS, scanHtml } from './html-limits.js';

export type HtmlRead =
  | { ok: true; title: string | null; text: string; published: string | null; credits: RawCredit[] }
  | { ok: false; error: string };

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & object;

const BLOCKS = 'p,div,li,h1,h2,h3,h4,h5,h6,section,article,blockquote,pre,tr,figcaption,dd,dt,table,ul,ol';
const NOISE = 'script,style,noscript,template,nav,header,footer,aside,form,iframe,svg,button,select';

/** Collapses HTML whitespace: a source line break between two Han characters goes, other runs become one space. */
function collapse(s: string): string {
  return s
    .replace(/(\p{Script=Han}|[，。、；：！？“”‘’（）《》])[ \t]*\n\s*(?=\p{Script=Han}|[，。、；：！？“”‘’（）《》])/gu, '$1')
    .replace(/[ \t\r\n\f\u00a0\u3000]+/g, ' ')
    .trim();
}

/** Marks block ends; a private-use character, so whitespace collapsing leaves it alone. */
const BREAK = '\ue000';

/** Text of an element with one line per block element and `<br>`. */
function blockText(root: El, doc: Doc): string[] {
  for (const br of root.querySelectorAll('br')) br.replaceWith(doc.createTextNode(BREAK));
  for (const b of root.querySelectorAll(BLOCKS)) b.after(doc.createTextNode(BREAK));
  return (root.textContent ?? '').split(BREAK).map(collapse).filter(Boolean);
}

/** Page furniture that article templates print inside the article: source, editor, time lines. */
const FURNITURE = /^(来源|稿源|作者|编辑|责任编辑|责编|审核|发布时间|发布日期|时间|点击数|浏览次数|字号)[:：]/u;

const meta = (doc: Doc, sel: string): string | null => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;

/** The headline: an `<h1>` inside the article, else og:title, else the first `<h1>`, else `<title>` without the site name. */
function findTitle(doc: Doc): string | null {
  const h1 = (sel: string) => collapse(doc.querySelector(sel)?.textContent ?? '') || null;
  const title = collapse(doc.querySelector('title')?.textContent ?? '');
  const bare = title.split(/\s+[-_|–—]\s+|[_|]/u).map((s) => s.trim()).sort((a, b) => b.length - a.length)[0] || null;
  return h1('article h1') ?? h1('main h1') ?? meta(doc, 'meta[property="og:title"]') ?? h1('h1') ?? bare;
}

const DATE_META = [
  'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="PubDate"]', 'meta[name="publishdate"]',
  'meta[name="publish_date"]', 'meta[name="publishtime"]', 'meta[itemprop="datePublished"]', 'meta[name="article:published_time"]',
  'meta[name="dc.date"]', 'meta[name="DC.date"]', 'meta[name="date"]',
];
/** `发布时间：2020-12-28 10:20`, `日期：2020年12月28日`: the date line article templates print. */
const DATE_LINE_RE = /(?<![\u3400-\u9fff])(?:发布时间|发布日期|发表时间|发稿时间|稿件日期|出版日期|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;

const pad2 = (s: string) => s.padStart(2, '0');

/** The publication date: the page's meta tags or `<time datetime>`, else a `发布时间：` line. */
function findPublished(doc: Doc): string | null {
  let v: string | null = null;
  for (const sel of DATE_META) if ((v = meta(doc, sel))) break;
  v ??= doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const m = v ? /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})/.exec(v.trim()) : null;
  if (m) return `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`;
  const line = DATE_LINE_RE.exec(collapse(doc.body?.textContent ?? ''));
  return line ? `${line[1]}-${pad2(line[2]!)}-${pad2(line[3]!)}` : null;
}

/** Paragraphs by Readability, or by the `<p>` elements left once navigation and scripts are gone. */
function mainText(html: string, doc: Doc, elements: number): string[] {
  // Navigation, headers and footers go first: on short pages Readability would keep them.
  const clean = elements <= READABILITY_MAX_ELEMENTS ? parseHTML(html).document : null;
  for (const n of clean?.querySelectorAll(NOISE) ?? []) n.remove();
  const article = clean ? new Readability(clean as unknown as Document).parse() : null;
  if (article?.content) {
    const { document: d } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const lines = blockText(d.body as El, d);
    if (lines.join('').length >= 20) return lines;
  }
  for (const n of doc.querySelectorAll(NOISE)) n.remove();
  return [...doc.querySelectorAll('p')].map((p) => collapse(p.textContent ?? '')).filter(Boolean);
}

/** Reads an HTML page; an error when it holds no article text. */
export function readHtml(html: string): HtmlRead {
  const scan = scanHtml(html);
  if (scan.refusal) return { ok: false, error: scan.refusal };
  const { document: doc } = parseHTML(html);
  const title = findTitle(doc);
  const published = findPublished(doc);
  let lines = mainText(html, doc, scan.elements).filter((l) => !FURNITURE.test(l));
  // Readability keeps the headline as the body's first heading; the title is not part of the text.
  while (lines.length && title && collapse(lines[0]!) === title) lines = lines.slice(1);
  // Credit lines printed as their own paragraph (`记者 张三 通讯员 李四`) are credits, not body text.
  const credits: RawCredit[] = lines.filter((l) => isCreditLine(l)).map((l) => ({ text: creditText([l]), start: null }));
  const text = lines.filter((l) => !isCreditLine(l)).join('\n');
  const letters = text.replace(/[\s\p{P}\p{S}]/gu, '').length;
  if (letters < 20) return { ok: false, error: 'HTML page has no article text (only scripts, navigation or boilerplate)' };
  return { ok: true, title, text, published, credits };
}
