import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readInput, type ReadOutcome } from '../../extractors/readers/index.js';
import { dateFromFileName, parseDate } from '../../extractors/readers/published.js';
import { contentId } from '../../extractors/readers/make-article.js';
import { Article } from '../../model/graph.schema.js';

// Fixtures in test/fixtures/inputs/ were written for these tests (see README.md there).
const dir = resolve(import.meta.dirname, '../fixtures/inputs');
const read = (name: string, opts = {}): ReadOutcome => readInput(join('test/fixtures/inputs', name), readFileSync(join(dir, name)), opts);
const ok = (o: ReadOutcome) => {
  if (!o.ok) throw new Error(`expected a clean read, got: ${o.error}`);
  return o;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A short invented article, used for the encoding round trips. */
const ARTICLE = '本报讯 近日，青溪镇召开冬季消防安全工作会议。副镇长韩立新出席会议并讲话，强调要压实责任、排查隐患。';

describe('encodings', () => {
  const cases: Array<[string, Uint8Array]> = [
    ['UTF-8', utf8(ARTICLE)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)])],
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode(ARTICLE, 'utf-16le')])],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...iconv.encode(ARTICLE, 'utf-16be')])],
    ['GBK', new Uint8Array(iconv.encode(ARTICLE, 'gbk'))],
    ['GB18030', new Uint8Array(iconv.encode(ARTICLE, 'gb18030'))],
  ];
  for (const [name, bytes] of cases) {
    it(`decodes ${name}`, () => {
      const o = ok(readInput('a.txt', bytes));
      expect(o.articles[0]!.article.text).toBe(ARTICLE);
    });
  }

  it('decodes Big5 and keeps the traditional characters as printed', () => {
    const trad = '本報訊 近日，青溪鎮召開冬季消防安全工作會議。副鎮長韓立新出席會議並講話，強調要壓實責任、排查隱患。';
    const o = ok(readInput('big5.txt', new Uint8Array(iconv.encode(trad, 'big5'))));
    expect(o.articles[0]!.article.text).toBe(trad);
  });
});

describe('plain text', () => {
  it('reads a single article: title line, paragraphs per line, credit inside the dateline', () => {
    const o = ok(read('single-article.txt'));
    expect(o.articles).toHaveLength(1);
    const { article, credits } = o.articles[0]!;
    expect(article.title).toBe('石桥社区开设老年食堂');
    expect(article.text.split('\n')).toHaveLength(3);
    expect(article.text.startsWith('本报讯（记者 陶然 通讯员 白露）12月 3日')).toBe(true);
    expect(credits).toEqual([{ text: '记者 陶然 通讯员 白露', start: 4 }]);
    expect(article.text.slice(4, 4 + credits[0]!.text.length)).toBe(credits[0]!.text);
  });

  it('finds a bracketed credit at the very end of the text, with its offset', () => {
    const text = '本报讯 近日，东坝村新修的村道正式通车。\n村民纷纷点赞。（记者 陶然 通讯员 白露）';
    const { article, credits } = ok(readInput('a.txt', utf8(text))).articles[0]!;
    expect(credits).toEqual([{ text: '记者 陶然 通讯员 白露', start: text.indexOf('记者') }]);
    expect(article.text).toBe(text);
  });

  it('splits a page and reports the credits it cannot place', () => {
    const o = ok(read('page-invented.txt'));
    expect(o.articles).toHaveLength(4);
    expect(o.pageCredits).toEqual([{ text: '记者 周明礼 通讯员 许安然', start: null }]);
    expect(o.warnings.join()).toContain('could not be tied');
  });

  it('produces articles that satisfy the model schema, with a sha1 hash of the text', () => {
    for (const raw of ok(read('page-invented.txt')).articles) {
      expect(Article.safeParse(raw.article).success).toBe(true);
      expect(raw.article.hash).toMatch(/^[0-9a-f]{40}$/);
    }
  });
});

describe('ids and dates', () => {
  it('derives ids from the text: same text, same id, whatever the path', () => {
    const a = ok(readInput('x/one.txt', utf8(ARTICLE))).articles[0]!.article;
    const b = ok(readInput('/elsewhere/two.txt', utf8(`\n${ARTICLE}\n`))).articles[0]!.article;
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(contentId(ARTICLE));
    expect(a.id).toMatch(/^a_[0-9a-f]{16}$/);
    expect(ok(readInput('x/one.txt', utf8(`${ARTICLE}又及。`))).articles[0]!.article.id).not.toBe(a.id);
  });

  it('takes the date from the record, else the file name, else the default', () => {
    expect(dateFromFileName('pages/2020-12-28_03.txt')).toBe('2020-12-28');
    expect(dateFromFileName('pages/pinghu20201228-02.txt')).toBe('2020-12-28');
    expect(dateFromFileName('000_691d5f5d717d77e3.txt')).toBeNull();
    expect(dateFromFileName('scan-202012281-x.txt')).toBeNull(); // nine digits: not a date
    expect(parseDate('2020年12月8日')).toBe('2020-12-08');
    expect(parseDate('2021-02-29')).toBeNull();
    expect(ok(readInput('p/2020-12-28.txt', utf8(ARTICLE), { published: '2019-01-01' })).articles[0]!.article.published).toBe('2020-12-28');
    expect(ok(readInput('p/page.txt', utf8(ARTICLE), { published: '2019-01-01' })).articles[0]!.article.published).toBe('2019-01-01');
    expect(ok(readInput('p/page.txt', utf8(ARTICLE))).articles[0]!.article.published).toBeNull();
  });
});

describe('JSON and JSONL', () => {
  it('reads JSONL records with their own id, source and date', () => {
    const o = ok(read('records.jsonl'));
    expect(o.warnings).toEqual([]);
    expect(o.articles.map((a) => a.article.id)).toEqual(['rec-1', contentId(o.articles[1]!.article.text), '7']);
    expect(o.articles[0]!.article).toMatchObject({ title: '河东村建成共享菜园', published: '2021-03-05', source: 'archive/2021/03/05.html' });
    expect(o.articles[1]!.article.source).toBe('test/fixtures/inputs/records.jsonl');
    expect(o.articles[2]!.article.published).toBe('2021-04-01');
  });

  it('keeps an explicit "published": null undated instead of taking the file name date', () => {
    const rec = (o: object) => utf8(JSON.stringify(o));
    const text = '本报讯 近日，某村召开村民大会。';
    expect(ok(readInput('2020-12-25-x.json', rec({ text, published: null }))).articles[0]!.article.published).toBeNull();
    expect(ok(readInput('2020-12-25-x.json', rec({ text }))).articles[0]!.article.published).toBe('2020-12-25');
  });

  it('reads a JSON array and ignores unknown fields', () => {
    const o = ok(read('records.json'));
    expect(o.articles.map((a) => a.article.title)).toEqual(['县图书馆延长开放时间', '城南小学新校区启用']);
  });

  it('reads a single JSON object, and JSON lines in a .json file', () => {
    expect(ok(readInput('one.json', utf8('{"text": "一条正文。"}'))).articles).toHaveLength(1);
    expect(ok(readInput('lines.json', utf8('{"text": "第一条。"}\n{"text": "第二条。"}\n'))).articles).toHaveLength(2);
  });
});

describe('HTML', () => {
  const html = (head: string, body: string) => utf8(`<!doctype html><html><head><title>县里召开防汛会议</title>${head}</head><body>${body}<article><h1>县里召开防汛会议</h1>` +
    '<p>本报讯 6月 3日，青溪县召开2021年防汛工作会议，部署汛期各项工作。</p><p>会议要求各乡镇落实责任，确保安全度汛。</p></article></body></html>');
  it('takes the publication date from pubdate meta, itemprop or a 发布时间 line', () => {
    expect(ok(readInput('a.html', html('<meta name="pubdate" content="2021-06-04 08:00">', ''))).articles[0]!.article.published).toBe('2021-06-04');
    expect(ok(readInput('a.html', html('<meta itemprop="datePublished" content="2021/6/4">', ''))).articles[0]!.article.published).toBe('2021-06-04');
    expect(ok(readInput('a.html', html('', '<div class="info">来源：青溪新闻网 发布时间：2021年6月4日 09:12</div>'))).articles[0]!.article)
      .toMatchObject({ published: '2021-06-04' });
  });
  it('does not take an event\'s 活动日期 for the publication date, and infers one from the text instead', () => {
    const a = ok(readInput('a.html', html('', '<div>开放日期：2021年7月1日</div>'))).articles[0]!.article;
    expect(a).toMatchObject({ published: '2021-06-03', published_precision: 'day', published_inferred: true });
  });

  it('takes the headline and the article paragraphs, not scripts, navigation or footers', () => {
    const o = ok(read('article.html'));
    const { article } = o.articles[0]!;
    expect(article.title).toBe('南湖街道启动老旧小区改造');
    expect(article.published).toBe('2022-04-18');
    expect(article.text.split('\n')).toEqual([
      '本报讯 4月 17日，南湖街道老旧小区改造工程正式启动，首批涉及六个小区、两千余户居民。',
      '改造内容包括加装电梯、更新管网和增设停车位。街道办事处主任魏清表示，工程预计年底前完工。',
      '“终于等到这一天了。”居民陈大伯说，小区的老管道经常漏水，这回总算要换了。',
    ]);
    expect(article.text).not.toMatch(/首页|热门推荐|版权所有|track|来源|罗川/);
    expect(o.articles[0]!.credits).toEqual([{ text: '记者 何平 通讯员 罗川', start: null }]);
  });

  it('falls back to the paragraphs when Readability finds no article', () => {
    const html = '<html><head><title>短讯</title></head><body><nav>首页 新闻</nav><p>某镇昨日开通两条公交线路，方便村民出行。</p><p>线路途经八个行政村。</p><script>x()</script></body></html>';
    const o = ok(readInput('x.htm', utf8(html)));
    expect(o.articles[0]!.article.text).toContain('某镇昨日开通两条公交线路，方便村民出行。');
    expect(o.articles[0]!.article.text).not.toMatch(/首页|x\(\)/);
  });
});

describe('format sniffing', () => {
  it('reads text that starts with a bracket as text, and {"text": …} without extension as JSON', () => {
    expect(ok(readInput('note', utf8('[1]某镇昨日开通两条公交线路，方便村民出行。'))).articles[0]!.article.text).toBe('[1]某镇昨日开通两条公交线路，方便村民出行。');
    expect(ok(readInput('note', utf8('{"text": "某镇昨日开通两条公交线路。", "title": "通公交"}'))).articles[0]!.article.title).toBe('通公交');
  });
});
