/**
 * An HTML page laid out like a printed newspaper page (版面): a header band with the paper's
 * name, date and page label, then article boxes in columns — kickers, headlines in a larger
 * font, credit lines, bodies flowing over several columns with indented paragraphs, a photo
 * box with its caption. Chromium prints it to a text-layer PDF and screenshots it for a scan
 * (scripts/make-pdf-fixtures.ts). The layout is a tree: rows of stacks of article boxes, so
 * article edges do not line up across the page, as on real pages.
 */

/** One article as printed. */
export interface PrintedArticle {
  title: string;
  kicker?: string;
  credits: string[];
  paragraphs: string[];
  /** A grey photo box above the text (a picture story). */
  photo?: boolean;
  /** Centre the headline (narrower than the article) instead of setting it flush left. */
  centred?: boolean;
}

/** A box of the layout: an article over `cols` grid columns, or a row/stack of boxes. */
export type LayoutBox =
  | { article: PrintedArticle; cols: number }
  | { row: LayoutBox[] }
  | { stack: LayoutBox[] }
  | { banner: string; cols: number };

export interface PrintedPage {
  paper: string;
  /** As printed, e.g. `2020年12月28日 星期一`. */
  date: string;
  /** As printed, e.g. `第3版` or `A03版`. */
  pageLabel: string;
  section: string;
  layout: LayoutBox;
  /** Body font size in pt (default 10) and characters per column line (default 13). */
  bodyPt?: number;
  charsPerLine?: number;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Width in em (of body text) of a box over `cols` grid columns. */
const widthEm = (cols: number, perLine: number): number => cols * perLine + (cols - 1) * 1.5;

function articleHtml(a: PrintedArticle, cols: number, perLine: number): string {
  const head = [
    a.kicker ? `<div class="kicker">${esc(a.kicker)}</div>` : '',
    a.title ? `<h2 class="${a.centred ? 'centred' : ''}">${esc(a.title)}</h2>` : '',
    ...a.credits.map((c) => `<div class="credit">■${esc(c)}</div>`),
  ].join('');
  const photo = a.photo ? '<div class="photo"></div>' : '';
  const body = a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('');
  return `<article style="width:${widthEm(cols, perLine)}em">${head}${photo}<div class="body" style="column-count:${cols}">${body}</div></article>`;
}

function boxHtml(b: LayoutBox, perLine: number): string {
  if ('article' in b) return articleHtml(b.article, b.cols, perLine);
  if ('banner' in b) return `<aside style="width:${widthEm(b.cols, perLine)}em">${esc(b.banner)}</aside>`;
  if ('row' in b) return `<div class="row">${b.row.map((x) => boxHtml(x, perLine)).join('')}</div>`;
  return `<div class="stack">${b.stack.map((x) => boxHtml(x, perLine)).join('')}</div>`;
}

/** The page as one HTML document (fonts: the machine's CJK font, WenQuanYi Micro Hei on Debian). */
export function newspaperHtml(p: PrintedPage): string {
  const pt = p.bodyPt ?? 10;
  const perLine = p.charsPerLine ?? 13;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  @page { margin: 0 }
  html, body { margin: 0; background: #fff; color: #111 }
  * { font-synthesis: none }
  body { font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; font-size: ${pt}pt; line-height: 1.5; padding: 3em 3em 4em; width: max-content }
  header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #222; padding-bottom: .4em; margin-bottom: 1.6em; font-size: 1.05em }
  header .paper { font-size: 1.6em; font-weight: bold; letter-spacing: .2em }
  .row { display: flex; gap: 2.5em; align-items: flex-start }
  .stack { display: flex; flex-direction: column; gap: 2.2em }
  article h2 { font-size: 2.2em; line-height: 1.25; margin: .1em 0 .35em; font-weight: bold }
  article h2.centred { text-align: center }
  .kicker { font-size: 1.3em; text-align: center; margin-bottom: .1em }
  .credit { font-size: .95em; margin: 0 0 .5em }
  .photo { height: 12em; background: #c8c8c8; margin: .2em 0 .6em }
  .body { column-gap: 1.5em; column-fill: balance }
  .body p { margin: 0; text-indent: 2em; text-align: justify }
  aside { border: 1px solid #444; padding: .6em; font-size: 1.3em; text-align: center; box-sizing: border-box }
  </style></head><body>
  <header><span>${esc(p.pageLabel)} ${esc(p.section)}</span><span class="paper">${esc(p.paper)}</span><span>${esc(p.date)}</span></header>
  ${boxHtml(p.layout, perLine)}
  </body></html>`;
}
