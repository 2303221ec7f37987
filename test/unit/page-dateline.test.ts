// A page's own date: its dateline, else inferred from its dated events. Invented pages and articles.
import { describe, expect, it } from 'vitest';
import { blankLines, findPageDateline } from '../../extractors/page-dateline.js';
import { inferPublished } from '../../extractors/readers/published.js';
import { readInput, type ReadOutcome } from '../../extractors/readers/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const ok = (o: ReadOutcome) => {
  if (!o.ok) throw new Error(o.error);
  return o;
};

/** Two short invented articles of one page, with a header line above them. */
const page = (header: string) => [
  header,
  '',
  '本报讯 12月 18日上午，青溪县召开',
  '2021年全县安全生产工作会议。副县',
  '长韩立新出席会议并讲话。',
  '',
  '安全生产会议召开',
  '',
  '本报讯 12月 20日，青溪县举行冬季',
  '长跑比赛，千余名群众参加。',
  '',
  '冬季长跑比赛举行',
].join('\n');

describe('findPageDateline', () => {
  it('reads a header with weekday, paper name or edition, and marks it as furniture', () => {
    expect(findPageDateline('2021年12月22日 星期三\n正文第一行。')).toEqual({ date: '2021-12-22', lines: [1] });
    expect(findPageDateline('青溪日报  2021年12月22日  第3版').date).toBe('2021-12-22');
    expect(findPageDateline('2021-12-22 A03版 要闻').date).toBe('2021-12-22');
    expect(findPageDateline('2021年12月22日 农历辛丑年十一月十九 星期三').date).toBe('2021-12-22');
    expect(findPageDateline('2021年12月22日  星期三  责任编辑：韩立  版式：宋青').date).toBe('2021-12-22');
  });
  it('blanks edition marks without a date, and gives no date for them', () => {
    expect(findPageDateline('第3版\n正文。\nA05版 要闻')).toEqual({ date: null, lines: [1, 3] });
  });
  it('takes a date alone on a line only at the top or bottom or as its own block', () => {
    expect(findPageDateline('正文一句。\n社区居委会\n2016年9月14日').date).toBe('2016-09-14');
    // a column break may leave a date alone on a line in the middle of a paragraph
    expect(findPageDateline('县里于\n2021年3月5日\n召开会议。')).toEqual({ date: null, lines: [] });
  });
  it('ignores body lines that merely start with a date', () => {
    expect(findPageDateline('2021年12月18日上午，青\n溪县召开会议。').lines).toEqual([]);
  });
  it('blanks lines without changing line numbers', () => {
    expect(blankLines('a\nb\nc', [2])).toBe('a\n\nc');
  });
});

describe('page dates', () => {
  it('takes the page header as the publication date (printed, not inferred) and keeps it out of the titles', () => {
    const o = ok(readInput('page.txt', utf8(page('2021年12月22日 星期三'))));
    expect(o.articles.map((a) => [a.article.published, a.article.published_inferred, a.article.title])).toEqual([
      ['2021-12-22', undefined, '安全生产会议召开'], ['2021-12-22', undefined, '冬季长跑比赛举行'],
    ]);
  });
  it('infers the date of an undated page from its latest event and the year it names', () => {
    const o = ok(readInput('page.txt', utf8(page(''))));
    expect(o.articles.map((a) => a.article)).toMatchObject([
      { published: '2021-12-20', published_precision: 'day', published_inferred: true },
      { published: '2021-12-20', published_precision: 'day', published_inferred: true },
    ]);
  });
  it('prefers the file name and the default to an inferred date', () => {
    expect(ok(readInput('p/2022-01-03.txt', utf8(page('')))).articles[0]!.article).toMatchObject({ published: '2022-01-03' });
    expect(ok(readInput('p/page.txt', utf8(page('')), { published: '2022-01-04' })).articles[0]!.article.published_inferred).toBeUndefined();
  });
  it('infers nothing without a year that speaks of the page\'s time', () => {
    expect(inferPublished(['12月18日，青溪县召开会议。该县自2018年开始试点。'])).toBeNull();
    expect(inferPublished(['今年是2021年。全县将于12月30日举行长跑比赛。'])).toEqual({ published: '2021-01-01', precision: 'year', inferred: true });
  });
});
