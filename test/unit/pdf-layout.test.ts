import { describe, expect, it } from 'vitest';
import { layoutPage } from '../../extractors/readers/pdf-layout.js';
import { toTextLine } from '../../extractors/readers/pdf-lines.js';
import { BODY, columns, line, page } from '../fixtures/pdf/positions.js';

const P1 = '本报讯 3月2日上午，县委书记杜明远主持召开县委常委会会议，传达学习省委有关会议精神。';
const P2 = '会议强调，要抓好春季农业生产，确保粮食播种面积稳定。';
const Q1 = '本报讯 近日，县文化馆组织文艺小分队走进乡村，为群众送上一场文艺演出。';
const Q2 = '演出现场，群众纷纷点赞。';
const P3 = '会议还研究了其他事项，部署了下一阶段重点工作。';

/** An article: headline (24 pt), credit, body in `cols` columns of 12 characters. */
function article(title: string, credit: string | null, paras: string[], x: number, y: number, lines = 4) {
  const head = line(title, x, y, 24);
  let top = y + 36;
  const credits = credit ? [line(credit, x, top)] : [];
  if (credit) top += 16;
  const body = columns(paras, x, top, { width: 12, lines });
  return { lines: [head, ...credits, ...body.lines], bottom: body.bottom };
}

describe('layoutPage: articles by headlines, columns and reading order', () => {
  it('reads two articles side by side, each headline with its credit and its columns', () => {
    const a = article('县委常委会召开会议', '■记者 周若飞', [P1, P2], 20, 40);
    const b = article('文艺演出进乡村', '■通讯员 简宁', [Q1, Q2], 330, 40);
    const laid = layoutPage(page([...a.lines, ...b.lines]));
    expect(laid.articles.map((x) => x.title)).toEqual(['县委常委会召开会议', '文艺演出进乡村']);
    expect(laid.articles.map((x) => x.credits.map((c) => c.text))).toEqual([['记者 周若飞'], ['通讯员 简宁']]);
    // Columns joined in order, a paragraph per indented line, no break at a column end mid-sentence.
    expect(laid.articles[0]!.text).toBe(`${P1}\n${P2}`);
    expect(laid.articles[1]!.text).toBe(`${Q1}\n${Q2}`);
    expect(laid.pageCredits).toEqual([]);
  });

  it('reads the columns under a centred headline narrower than them after the headline, left to right', () => {
    // Headline over the middle column only: the first column must not be read before it.
    const body = columns([P1, P2, P3], 20, 80, { width: 12, lines: 5 });
    const head = line('春耕备耕忙', 165, 40, 24);
    const laid = layoutPage(page([head, ...body.lines]));
    expect(laid.articles).toHaveLength(1);
    expect(laid.articles[0]!.title).toBe('春耕备耕忙');
    expect(laid.articles[0]!.text).toBe(`${P1}\n${P2}\n${P3}`);
  });

  it('takes the largest headline of a stacked group as the title and the others as kickers', () => {
    const kicker = line('聚焦民生实事', 60, 40, 14);
    const a = article('城南菜市场改造完工', '■记者 周若飞', [Q1], 20, 62);
    const laid = layoutPage(page([kicker, ...a.lines]));
    expect(laid.articles[0]!.title).toBe('城南菜市场改造完工');
    expect(laid.articles[0]!.kickers).toEqual(['聚焦民生实事']);
  });

  it('joins a headline printed over two lines', () => {
    const h1 = line('县第三人民医院新院区', 20, 40, 24);
    const h2 = line('正式投入使用', 20, 70, 24);
    const body = columns([Q1], 20, 106, { width: 12, lines: 8 });
    const laid = layoutPage(page([h1, h2, ...body.lines]));
    expect(laid.articles[0]!.title).toBe('县第三人民医院新院区正式投入使用');
  });

  it('keeps articles beside each other apart when one has a gap (a photo) the other does not', () => {
    // A full-width article on top, then two articles side by side; the right one has a gap
    // between its credit and its caption (a photo), the left one a credit lower down.
    const top = article('全县经济工作会议召开', '■记者 周若飞', [P1, P2, P3, Q2], 20, 20, 3);
    const left = article('县图书馆开展读书月活动', '■记者 简宁', [Q1], 20, 180, 6);
    const rightHead = line('油茶丰收', 330, 180, 24);
    const rightCredit = line('■摄影 祁山', 330, 206);
    const caption = columns(['近日，在红岩乡油茶基地，村民们正在采摘油茶果。'], 330, 300, { width: 12, lines: 3 });
    const laid = layoutPage(page([...top.lines, ...left.lines, rightHead, rightCredit, ...caption.lines]));
    expect(laid.articles.map((a) => a.title)).toEqual(['全县经济工作会议召开', '县图书馆开展读书月活动', '油茶丰收']);
    expect(laid.articles[2]!.credits.map((c) => c.text)).toEqual(['摄影 祁山']);
    expect(laid.articles[1]!.text).toBe(Q1);
  });

  it('starts a new article at a paragraph opening with a dateline in a column without headline (briefs)', () => {
    const b1 = '本报讯 3月5日，县人社局举办专场招聘会，达成就业意向300余人。（记者 简宁）';
    const b2 = '本报讯 近日，县气象局发布春季农业气象服务专报。（通讯员 祁山）';
    const body = columns([b1, b2], 20, 40, { width: 12, lines: 20 });
    const laid = layoutPage(page(body.lines));
    expect(laid.articles.map((a) => a.text)).toEqual([b1, b2]);
    expect(laid.articles.map((a) => a.title)).toEqual([null, null]);
  });

  it('gives briefs the short titles printed in body size above their datelines', () => {
    const b1 = '本报讯 3月5日，县人社局举办专场招聘会，达成就业意向300余人。';
    const b2 = '本报讯 近日，县气象局发布春季农业气象服务专报。';
    const col = [line('招聘会送岗位', 20, 40), ...columns([b1], 20, 55, { width: 12, lines: 20 }).lines];
    const next = columns([b2], 20, 115, { width: 12, lines: 20 }).lines;
    const laid = layoutPage(page([...col, line('气象服务进农家', 20, 100), ...next]));
    expect(laid.articles.map((a) => [a.title, a.text])).toEqual([['招聘会送岗位', b1], ['气象服务进农家', b2]]);
  });

  it('leaves text without any headline over it to the text page splitter (credits between items)', () => {
    const a1 = '县里近日组织开展安全生产大检查，排查整改隐患一百余处。';
    const a2 = '全县今年新建改建农村公路一百二十公里，惠及群众十万余人。';
    const first = columns([a1], 20, 40, { width: 12, lines: 10 });
    const credit1 = line('■记者 周若飞', 20, first.bottom + 15);
    const title = line('农村公路建设提速', 20, first.bottom + 45);
    const credit2 = line('■通讯员 简宁', 20, first.bottom + 60);
    const second = columns([a2], 20, first.bottom + 75, { width: 12, lines: 10 });
    const laid = layoutPage(page([...first.lines, credit1, title, credit2, ...second.lines]));
    expect(laid.articles.map((a) => [a.title, a.text, a.credits.map((c) => c.text)])).toEqual([
      [null, a1, ['记者 周若飞']],
      ['农村公路建设提速', a2, ['通讯员 简宁']],
    ]);
    // The printed lines are found again in the splitter's texts.
    for (const a of laid.articles) expect(a.regions.map((r) => a.text.slice(r.start, r.end)).join('')).toBe(a.text);
  });

  it('keeps a vertical headline (a column of single characters) out of the text beside it', () => {
    const a = article('县委常委会召开会议', '■记者 周若飞', [P1, P2], 20, 40);
    const vertical = [...'春耕备耕正当时'].map((c, i) => line(c, 330, 40 + i * 26, 24));
    const laid = layoutPage(page([...a.lines, ...vertical]));
    expect(laid.articles.map((x) => x.text)).toEqual([`${P1}\n${P2}`]);
    expect(laid.ignored).toEqual(['春耕备耕正当时']);
  });

  it('leaves a headline without text (an app banner) out, and a credit before any article to the page', () => {
    const credit = line('■记者 周若飞', 20, 20);
    const a = article('县委常委会召开会议', null, [P1], 20, 60);
    const banner = line('扫码下载客户端', 20, 300, 16);
    const laid = layoutPage(page([credit, ...a.lines, banner]));
    expect(laid.articles.map((x) => x.title)).toEqual(['县委常委会召开会议']);
    expect(laid.ignored).toEqual(['扫码下载客户端']);
    expect(laid.pageCredits.map((c) => c.text)).toEqual(['记者 周若飞']);
  });

  it('reads the header band for date, paper and page label and keeps it out of the articles', () => {
    const header = [line('A03版 要闻', 20, 10), line('清源日报', 260, 6, 18), line('2024年11月8日 星期五', 420, 10)];
    const a = article('县委常委会召开会议', '■记者 周若飞', [P1], 20, 60);
    const laid = layoutPage(page([...header, ...a.lines]));
    expect(laid.header).toEqual({ date: '2024-11-08', paper: '清源日报', pageLabel: 'A03版' });
    expect(laid.articles).toHaveLength(1);
    expect(laid.articles[0]!.text).toBe(P1);
  });

  it('records where each line of the text is printed', () => {
    const a = article('县委常委会召开会议', '■记者 周若飞', [P1], 20, 60);
    const laid = layoutPage(page(a.lines));
    const art = laid.articles[0]!;
    expect(art.regions.length).toBeGreaterThan(2);
    for (const r of art.regions) expect(art.text.slice(r.start, r.end).length).toBe(r.end - r.start);
    expect(art.text.slice(art.regions[0]!.start, art.regions[0]!.end)).toBe([...P1].slice(0, 10).join(''));
    expect(art.regions[0]!.box.x0).toBe(40); // indented first line
    expect(art.box.y0).toBe(60);
  });
});

describe('lines: spaces and OCR repairs', () => {
  it('puts a space where a multi-character word line has a gap, none between evenly spread characters', () => {
    expect(toTextLine(line('本报讯 3月2日上午，', 0, 0)).text).toBe('本报讯 3月2日上午，');
    // A justified line: one word per character, all 0.35 em apart.
    const spread = { x0: 0, y0: 0, x1: 100, y1: 12, words: [...'办结率达到百分百'].map((c, i) => ({ text: c, x0: i * 13.5, x1: i * 13.5 + 10, y0: 0, y1: 11.7 })) };
    expect(toTextLine(spread).text).toBe('办结率达到百分百');
  });

  it('restores a credit mark OCR misread or dropped, and joins OCR words of Chinese without spaces', () => {
    expect(toTextLine(line('sa记者 周若飞', 0, 0, BODY, 80), true).text).toBe('■记者周若飞');
    expect(toTextLine(line('记者周若飞通讯员简宁', 0, 0, BODY, 80), true).text).toBe('■记者周若飞通讯员简宁');
    expect(toTextLine(line('记者从县发改委获悉', 0, 0, BODY, 80), true).text).toBe('记者从县发改委获悉');
    expect(toTextLine(line('副县长 彭立 、 何静', 0, 0, BODY, 90), true).text).toBe('副县长彭立、何静');
    // The middle dot of names and titles, read as a full stop; a decimal point stays.
    expect(toTextLine(line('推进“美丽乡村.幸福家园”行动，投资1.5亿元', 0, 0, BODY, 90), true).text).toBe('推进“美丽乡村·幸福家园”行动，投资1.5亿元');
  });

  it('marks words OCR read with low confidence as spans of the article text', () => {
    const lines = [line('新闻标题示例', 20, 20, 24, 95), line('本报讯 县里新建了一座桥梁方便群众出行。', 40, 60, BODY, 95)];
    lines[1]!.words[1]!.conf = 30; // 县里新建… read with low confidence
    const laid = layoutPage(page(lines, 600, 800, true));
    const art = laid.articles[0]!;
    expect(art.lowConfidence).toHaveLength(1);
    const [s, e] = art.lowConfidence[0]!;
    expect(art.text.slice(s, e)).toBe('县里新建了一座桥梁方便群众出行。');
  });
});
