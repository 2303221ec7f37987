/**
 * The bundled sample page (data/samples/000_691d5f5d717d77e3.txt) laid out as the newspaper
 * page it was extracted from: its articles as the text page splitter finds them, in columns.
 * The three credits the text alone cannot place (page credits) are printed under the
 * headlines of the three articles that have none, as a page would print them.
 */
import { readFileSync } from 'node:fs';
import { segmentPage } from '../../extractors/page-splitter.js';
import type { LayoutBox, PrintedArticle, PrintedPage } from './newspaper-html.js';

export const SAMPLE_PAGE = 'data/samples/000_691d5f5d717d77e3.txt';

/** The sample page's articles, in the splitter's order, each with the credits it is printed with. */
export function sampleArticles(file = SAMPLE_PAGE): PrintedArticle[] {
  const split = segmentPage(readFileSync(file, 'utf8'));
  const floating = split.pageCredits.map((c) => c.text);
  return split.articles.map((a) => {
    const credits = a.credits.map((c) => c.text);
    if (credits.length === 0 && floating.length > 0) credits.push(floating.shift()!);
    const kicker = a.kickers.find((k) => !/^[—-]/u.test(k));
    return { title: a.title ?? '', ...(kicker ? { kicker } : {}), credits, paragraphs: a.text.split('\n') };
  });
}

/**
 * Any text page laid out without a hand-made plan: the first article across the page (six
 * columns), the others dealt into two stacks of three columns. For a second look at the layout
 * analysis on a page and a layout it was not tuned on.
 */
export function printedTextPage(file: string, header: { paper: string; date: string; pageLabel: string }): PrintedPage {
  const [first, ...rest] = sampleArticles(file);
  const stacks: LayoutBox[][] = [[], []];
  rest.forEach((a, i) => stacks[i % 2]!.push({ article: a, cols: 3 }));
  const layout: LayoutBox = {
    stack: [{ article: { ...first!, centred: true }, cols: 6 }, { row: stacks.map((s) => ({ stack: s })) }],
  };
  return { ...header, section: '要闻', layout };
}

/** The sample page as a 7-column page: two stacks of unequal article boxes, a photo story, an app banner. */
export function samplePrintedPage(file = SAMPLE_PAGE): PrintedPage {
  const a = sampleArticles(file);
  const art = (i: number, cols: number, extra: Partial<PrintedArticle> = {}): LayoutBox => ({ article: { ...a[i]!, ...extra }, cols });
  const layout: LayoutBox = {
    row: [
      { stack: [art(0, 4, { centred: true }), art(6, 4), { row: [art(4, 2), art(7, 2, { photo: true })] }, { banner: '今平湖客户端', cols: 4 }] },
      { stack: [art(1, 3), art(5, 3, { centred: true }), art(2, 3), art(3, 3), art(8, 3)] },
    ],
  };
  return { paper: '平湖日报', date: '2020年12月28日 星期一', pageLabel: '第3版', section: '综合新闻', layout };
}
