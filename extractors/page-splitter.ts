/**
 * Splits a plain-text newspaper page (PDF/OCR text) into its articles, each
 * with title, body text and credits.
 *
 * Layout rules (general, derived from how such pages are printed):
 * - Orientation: when the page's last non-credit unit is a headline, titles
 *   follow their bodies (body → headline → credit, or body → credit →
 *   headline); otherwise titles lead their bodies.
 * - A dateline (`本报讯`) always starts a new article.
 * - Consecutive headline blocks form one group (kicker + headline); lines of
 *   one headline block are joined; a headline printed twice is kept once.
 * - Trailing titles: a credit between a body and its headline belongs to that
 *   body; a credit in the same block directly under a headline belongs to that
 *   headline's article. A credit standing alone after a headline (blank line
 *   between) could close that article or open the next: it goes to the
 *   previous article when there is no next one or when the next one already
 *   has a credit placed by the rules above, to the next one when the previous
 *   one already has such a credit, and otherwise nowhere. A credit in the same
 *   block directly above a body belongs to that body.
 * - Credits before the first body (floating at the top of the page) and
 *   credits that cannot be placed are returned as `pageCredits`.
 * - Headlines with no body (page furniture such as an app banner) are ignored
 *   and listed in `ignored`.
 */
import type { RawArticle, RawCredit } from './types.js';
import { DATELINE, creditText, headLike, pageUnits, toBlocks, type Unit } from './page-layout.js';
import { columnWidth, isWrapped, reconstruct } from './text-reconstruct.js';
import { makeArticle } from './readers/make-article.js';
import { pagePublished } from './readers/published.js';
import { blankLines, findPageDateline } from './page-dateline.js';

/** One article found on a page. */
export interface PageArticle {
  title: string | null;
  /** Other headline lines printed with it (kicker, subtitle), in page order. */
  kickers: string[];
  text: string;
  credits: RawCredit[];
  /** 1-based page line numbers of the body's first and last line. */
  lines: [number, number];
}

export interface PageSplit {
  /** True when the text was taken as a page of several articles. */
  isPage: boolean;
  articles: PageArticle[];
  /** Credits that no layout rule ties to one article. */
  pageCredits: RawCredit[];
  /** Headline-like lines that belong to no article (page furniture). */
  ignored: string[];
  /** The date of the page's own dateline (`2020年12月27日 星期日`), or null; see page-dateline.ts. */
  dateline: string | null;
}

interface Draft { heads: Unit[]; bodies: Unit[]; firm: RawCredit[]; headBlock: number | null }
interface Floating { credit: RawCredit; prev: Draft | null; next: Draft | null }

const credit = (u: Unit): RawCredit => ({ text: creditText(u.lines), start: null });
const startsDateline = (u: Unit): boolean => DATELINE.test(u.lines[0]!.trim());
const newDraft = (): Draft => ({ heads: [], bodies: [], firm: [], headBlock: null });

/** Groups units when titles follow bodies; collects floating credits. */
function groupTrailing(units: Unit[], ignored: string[]): { drafts: Draft[]; floating: Floating[] } {
  const drafts: Draft[] = [];
  const floating: Floating[] = [];
  let cur: Draft | null = null;
  let prevKind: Unit['kind'] | null = null;
  let above: RawCredit[] = []; // credits printed in the same block right above a body
  units.forEach((u, i) => {
    const closed: boolean = cur !== null && cur.heads.length > 0;
    const next = units[i + 1];
    if (u.kind === 'body') {
      if (!cur || closed || (startsDateline(u) && cur.bodies.length > 0)) drafts.push((cur = newDraft()));
      cur.bodies.push(u);
      cur.firm.push(...above);
      above = [];
    } else if (u.kind === 'credit' && (!cur || closed) && next?.kind === 'body' && next.block === u.block) {
      above.push(credit(u));
    } else if (u.kind === 'head') {
      if (cur && !closed && cur.bodies.length > 0) cur.heads.push(u);
      else if (cur && closed && prevKind === 'head') cur.heads.push(u);
      else ignored.push(u.lines.map((l) => l.trim()).join(''));
      if (cur && cur.heads.includes(u)) cur.headBlock = u.block;
    } else if (cur && !closed) cur.firm.push(credit(u));
    else if (cur && closed && cur.headBlock === u.block) cur.firm.push(credit(u));
    else floating.push({ credit: credit(u), prev: cur, next: null });
    prevKind = u.kind;
  });
  for (const f of floating) f.next = f.prev ? drafts[drafts.indexOf(f.prev) + 1] ?? null : null;
  return { drafts, floating };
}

/** Places floating credits by the neighbour rule; returns those left for the page. */
function placeFloating(floating: Floating[]): RawCredit[] {
  const page: RawCredit[] = [];
  const placed = floating.map((f) => {
    if (!f.prev) return null;
    if (!f.next) return f.prev;
    const prevHas = f.prev.firm.length > 0;
    const nextHas = f.next.firm.length > 0;
    if (nextHas && !prevHas) return f.prev;
    if (prevHas && !nextHas) return f.next;
    return null;
  });
  floating.forEach((f, i) => (placed[i] ? placed[i]!.firm.push(f.credit) : page.push(f.credit)));
  return page;
}

/** Groups units when titles lead their bodies; credits go to the current article. */
function groupLeading(units: Unit[], pageCredits: RawCredit[], ignored: string[]): Draft[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  for (const u of units) {
    if (u.kind === 'head') {
      if (!cur || cur.bodies.length > 0) drafts.push((cur = newDraft()));
      cur.heads.push(u);
    } else if (u.kind === 'body') {
      if (!cur || (startsDateline(u) && cur.bodies.length > 0)) drafts.push((cur = newDraft()));
      cur.bodies.push(u);
    } else if (cur) cur.firm.push(credit(u));
    else pageCredits.push(credit(u));
  }
  for (const d of drafts) if (d.bodies.length === 0) ignored.push(...d.heads.map((h) => h.lines.join('')));
  return drafts.filter((d) => d.bodies.length > 0);
}

/** A headline printed twice in a row by the PDF's text layer is kept once. */
function undouble(s: string): string {
  const h = s.length / 2;
  return Number.isInteger(h) && h > 1 && s.slice(0, h) === s.slice(h) ? s.slice(0, h) : s;
}

/** Main headline of a group: drop subtitles (`——…`), prefer one without the kicker's inner spaces, the last. */
function chooseTitle(heads: Unit[]): { title: string | null; kickers: string[] } {
  const texts = heads.map((h) => undouble(h.lines.map((l) => l.trim()).join('')));
  const mains = texts.filter((t) => !/^[—-]{1,2}/u.test(t));
  const plain = mains.filter((t) => !/\S\s+\S/u.test(t));
  const title = plain[plain.length - 1] ?? mains[mains.length - 1] ?? null;
  return { title, kickers: texts.filter((t) => t !== title) };
}

function finish(d: Draft, wrapped: boolean, width: number): PageArticle {
  const { title, kickers } = chooseTitle(d.heads);
  const blocks = groupByBlock(d.bodies);
  // Columns differ between articles of a page: measure the article's own when it has enough lines.
  const own = blocks.reduce((n, b) => n + b.length - 1, 0) >= 3 ? columnWidth(blocks) : width;
  const last = d.bodies[d.bodies.length - 1]!;
  return {
    title, kickers, text: reconstruct(blocks, wrapped, own), credits: d.firm,
    lines: [d.bodies[0]!.lineNo, last.lineNo + last.lines.length - 1],
  };
}

/** Body units regrouped by their page block (a block may hold a body unit and a credit). */
function groupByBlock(units: Unit[]): string[][] {
  const out: string[][] = [];
  let block = -1;
  for (const u of units) {
    if (u.block !== block) out.push([]);
    out[out.length - 1]!.push(...u.lines);
    block = u.block;
  }
  return out;
}

/** A title printed as the first line of the first body block (`标题\n本报讯…` or a paragraph-per-line file). */
function leadingTitleLine(units: Unit[], wrapped: boolean): Unit | null {
  const first = units.find((u) => u.kind !== 'credit');
  if (!first || first.kind !== 'body' || first.lines.length < 2) return null;
  const [line, next] = first.lines as [string, string];
  if (!headLike([line]) || (wrapped && !DATELINE.test(next.trim()))) return null;
  const head: Unit = { kind: 'head', lines: [line], block: first.block, lineNo: first.lineNo };
  units.splice(units.indexOf(first), 1, head, { ...first, lines: first.lines.slice(1), lineNo: first.lineNo + 1 });
  return head;
}

/** Merges everything into one article (a single-article file): the headline at its edge is its title. */
function single(units: Unit[], trailing: boolean, wrapped: boolean, width: number): PageSplit {
  const heads = units.filter((u) => u.kind === 'head');
  const content = units.filter((u) => u.kind !== 'credit');
  const edge = trailing ? content[content.length - 1] : content[0];
  const titleUnit = edge?.kind === 'head' ? edge : trailing ? undefined : leadingTitleLine(units, wrapped) ?? undefined;
  const bodies = units.filter((u) => u.kind !== 'credit' && u !== titleUnit);
  const credits = units.filter((u) => u.kind === 'credit').map(credit);
  if (bodies.length === 0) return { isPage: false, articles: [], pageCredits: credits, ignored: heads.map((h) => h.lines.join('')), dateline: null };
  const d: Draft = { heads: titleUnit ? [titleUnit] : [], bodies, firm: credits, headBlock: null };
  return { isPage: false, articles: [finish(d, wrapped, width)], pageCredits: [], ignored: [], dateline: null };
}

/**
 * Splits page text into articles. A text is taken as a page when it has
 * several datelines, several credits, or several headlines that follow bodies;
 * otherwise it is one article (a headline line at its edge is its title).
 */
export function segmentPage(page: string): PageSplit {
  // the dateline and edition marks are furniture: blanked so that no rule takes them for a headline
  const dl = findPageDateline(page);
  const text = blankLines(page, dl.lines);
  const dateline = dl.date;
  const blocks = toBlocks(text).map((b) => b.lines);
  const wrapped = isWrapped(blocks);
  const width = wrapped ? columnWidth(blocks) : 0;
  const units = pageUnits(text);
  const content = units.filter((u) => u.kind !== 'credit');
  // Titles follow bodies when the page ends with a headline; a file of plain paragraphs that starts
  // with its title is read top-down even if it ends with a short line.
  const endsWithHead = content.length > 1 && content[content.length - 1]!.kind === 'head';
  const trailing = endsWithHead && (wrapped || content[0]!.kind !== 'head');
  const datelines = units.filter((u) => u.kind === 'body' && startsDateline(u)).length;
  const credits = units.filter((u) => u.kind === 'credit').length;
  const ignored: string[] = [];
  let drafts: Draft[];
  let pageCredits: RawCredit[] = [];
  if (trailing) {
    const g = groupTrailing(units, ignored);
    pageCredits = placeFloating(g.floating);
    drafts = g.drafts;
  } else drafts = groupLeading(units, pageCredits, ignored);
  const titled = drafts.filter((d) => d.heads.length > 0).length;
  const isPage = datelines >= 2 || credits >= 2 || (trailing && wrapped && titled >= 2);
  if (!isPage || drafts.length < 2) return { ...single(units, trailing, wrapped, width), dateline };
  return { isPage: true, articles: drafts.map((d) => finish(d, wrapped, width)), pageCredits, ignored, dateline };
}

/** Articles of a page, with what belongs to the page rather than to one article. */
export type SplitArticles = RawArticle[] & { pageCredits: RawCredit[]; ignored: string[]; isPage: boolean };

/**
 * Page text → RawArticles (ids, hashes, credits; `published` from a date in
 * `source`'s file name, else the page's dateline, else inferred from the page:
 * readers/published.ts pagePublished). The array also carries `pageCredits`:
 * credits printed on the page that no rule ties to one article.
 * @example splitPage(pageText, 'pages/2020-12-28_03.txt').map((raw) => extractArticle(raw, {}))
 */
export function splitPage(text: string, source = ''): SplitArticles {
  const split = segmentPage(text);
  const p = pagePublished(source, split.dateline, split.articles.map((a) => a.text), null, () => {});
  const raws = split.articles.map((a) => makeArticle({
    title: a.title, text: a.text, published: p.published, publishedPrecision: p.precision, publishedInferred: p.inferred, source, credits: a.credits,
  }));
  return Object.assign(raws, { pageCredits: split.pageCredits, ignored: split.ignored, isPage: split.isPage });
}
