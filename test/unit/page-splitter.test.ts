import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentPage, splitPage } from '../../extractors/page-splitter.js';

const repo = resolve(import.meta.dirname, '../..');
/** The shared corpus sits beside the checkout (../shared), in CI as on the dev machines. */
const goldDir = resolve(repo, '../shared/corpus/gold');
const samplePage = join(repo, 'data/samples/000_691d5f5d717d77e3.txt');

interface Gold { title: string | null; text: string; bylines: Array<{ name: string; role: string | null }>; page_bylines?: Array<{ name: string; role: string | null }> }

function readGold(): Gold[] {
  // Fail loudly: a missing corpus must not turn this test into a silent pass.
  if (!existsSync(goldDir)) throw new Error(`gold directory ${goldDir} is missing; the page-split test needs ../shared beside the repo`);
  return readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold);
}

/** Names in a credit line, with the padding space of two-character names removed (`王 强` → `王强`). */
function creditNames(text: string): Array<{ name: string; role: string }> {
  const out: Array<{ name: string; role: string }> = [];
  let role = '';
  const toks = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (/^(记者|通讯员|摄影)$/.test(t)) role = t;
    else if (t.length === 1 && toks[i + 1]?.length === 1) out.push({ name: t + toks[++i]!, role });
    else out.push({ name: t, role });
  }
  return out;
}

describe('page splitter on the sample page (gold: ../shared/corpus/gold)', () => {
  const gold = readGold();
  const split = segmentPage(readFileSync(samplePage, 'utf8'));

  it('finds exactly the gold articles, with gold titles', () => {
    expect(gold).toHaveLength(9);
    expect(split.isPage).toBe(true);
    expect(split.articles.map((a) => a.title).sort()).toEqual(gold.map((g) => g.title).sort());
  });

  it('rebuilds every body exactly as the gold text', () => {
    for (const g of gold) {
      const a = split.articles.find((x) => x.title === g.title);
      expect(a?.text, g.title ?? '').toBe(g.text);
    }
  });

  it('attributes the credits as the gold does and leaves the undecidable ones to the page', () => {
    for (const g of gold) {
      const a = split.articles.find((x) => x.title === g.title)!;
      const got = a.credits.flatMap((c) => creditNames(c.text));
      expect(got, g.title ?? '').toEqual(g.bylines.map((b) => ({ name: b.name, role: b.role })));
    }
    const pageGold = gold.flatMap((g) => g.page_bylines ?? []);
    const pageGot = split.pageCredits.flatMap((c) => creditNames(c.text));
    // page_bylines is a set of (name, role): 记者 冯思家 floats twice at the top of the page
    const asSet = (xs: Array<{ name: string; role: string | null }>) => [...new Set(xs.map((b) => `${b.role}:${b.name}`))].sort();
    expect(asSet(pageGot)).toEqual(asSet(pageGold));
    expect(split.pageCredits).toHaveLength(3);
  });

  it('keeps the kicker apart and ignores the page furniture line', () => {
    expect(split.articles.flatMap((a) => a.kickers)).toContain('唯实惟先 善作善成');
    expect(split.ignored).toHaveLength(1);
  });

  it('gives stable ids and hashes (same input, same ids)', () => {
    const page = readFileSync(samplePage, 'utf8');
    const a = splitPage(page, samplePage).map((r) => r.article.id);
    const b = splitPage(page, 'elsewhere/copy.txt').map((r) => r.article.id);
    expect(new Set(a).size).toBe(9);
    expect(b).toEqual(a);
  });
});

describe('page splitter on an invented page in the same layout', () => {
  // test/fixtures/inputs/page-invented.txt: written for this test (see README.md there).
  const split = segmentPage(readFileSync(join(repo, 'test/fixtures/inputs/page-invented.txt'), 'utf8'));
  const byTitle = (t: string) => split.articles.find((a) => a.title === t)!;

  it('splits into four articles in page order', () => {
    expect(split.articles.map((a) => a.title)).toEqual(['冬季水利建设全面铺开', '柳湾村办起农民书法展', '果农忙防冻', '老城区首座智慧停车楼建成投用']);
  });

  it('joins column lines and mid-word column breaks, breaks paragraphs only at sentence ends', () => {
    expect(byTitle('冬季水利建设全面铺开').text).toBe(
      '本报讯 1月 8日上午，青溪镇召开冬季农田水利建设推进会。副镇长韩立新出席会议并讲话。\n' +
        '会议指出，要抓紧完成沟渠清淤工作，确保春耕前全部通水。各村要明确责任人，倒排工期，按时完成任务。\n' +
        '今年全镇计划新建灌溉泵站 6座，总投资约 380万元。',
    );
  });

  it('applies the credit rules', () => {
    // floating after headline 1, and article 2 has its own credit under its headline → article 1
    expect(byTitle('冬季水利建设全面铺开').credits).toEqual([{ text: '记者 江若水', start: null }]);
    expect(byTitle('柳湾村办起农民书法展').credits).toEqual([{ text: '记者 周明礼', start: null }]);
    // between body and headline, continued on the next line
    expect(byTitle('果农忙防冻').credits).toEqual([{ text: '摄影 何 平 罗小川 孙一鸣', start: null }]);
    // the last credit of the page follows the last headline
    expect(byTitle('老城区首座智慧停车楼建成投用').credits).toEqual([{ text: '记者 吴晓辉', start: null }]);
    // floating at the top of the page: no article
    expect(split.pageCredits).toEqual([{ text: '记者 周明礼 通讯员 许安然', start: null }]);
  });

  it('keeps the kicker out of the title and the furniture out of the articles', () => {
    expect(byTitle('老城区首座智慧停车楼建成投用').kickers).toEqual(['缓解停车难 方便群众出行']);
    expect(split.ignored).toEqual(['青溪新闻客户端']);
  });

  it('leaves a credit between two articles without credits to the page', () => {
    const page = [
      '本报讯 近日，东坝村新修的村道',
      '正式通车，村民出行更方便了。', '', '东坝村道通车', '', '■记者 陶然', '',
      '本报讯 昨日，西岭小学举行冬季',
      '运动会，全校师生参加。', '', '西岭小学办运动会', '',
    ].join('\n');
    const s = segmentPage(page);
    expect(s.articles.map((a) => a.credits.length)).toEqual([0, 0]);
    expect(s.pageCredits).toEqual([{ text: '记者 陶然', start: null }]);
  });

  it('does not take a short column-break fragment for a headline', () => {
    const page = ['本报讯 今年以来，南湾镇新建公园', '三座，改造老旧小区五个，让', '', '居民生活更舒心', '', '■记者 陶然', '', '南湾镇惠民实事落地', ''].join('\n');
    const s = segmentPage(page);
    expect(s.articles).toHaveLength(1);
    expect(s.articles[0]!.text).toBe('本报讯 今年以来，南湾镇新建公园三座，改造老旧小区五个，让居民生活更舒心');
    expect(s.articles[0]!.title).toBe('南湾镇惠民实事落地');
  });
});

describe('single articles and other layouts (invented snippets)', () => {
  it('a file of long paragraphs: title first, subheading kept in the body, bracketed credit recognised', () => {
    const s = segmentPage('西岭镇举办首届丰收节\n\n　　本报讯 9月23日，西岭镇在中心广场举办首届农民丰收节，来自全镇十二个村的农户带来了特色农产品。\n\n　　一、展销区人气旺\n\n　　展销区内，新鲜的瓜果蔬菜摆满了摊位。\n\n（记者 陶然）\n');
    expect(s.isPage).toBe(false);
    expect(s.articles).toHaveLength(1);
    expect(s.articles[0]).toMatchObject({
      title: '西岭镇举办首届丰收节',
      text: '本报讯 9月23日，西岭镇在中心广场举办首届农民丰收节，来自全镇十二个村的农户带来了特色农产品。\n一、展销区人气旺\n展销区内，新鲜的瓜果蔬菜摆满了摊位。',
      credits: [{ text: '记者 陶然', start: null }],
    });
  });

  it('headlines before bodies (a digest): each headline opens its article, a credit after a body closes it', () => {
    const s = segmentPage('东坝村道通车\n\n本报讯 近日，东坝村新修的村道正式通车，村民出行更方便了。\n\n记者 陶然\n\n西岭小学办运动会\n\n本报讯 昨日，西岭小学举行冬季运动会，全校师生参加。\n');
    expect(s.isPage).toBe(true);
    expect(s.articles.map((a) => [a.title, a.credits.map((c) => c.text)])).toEqual([['东坝村道通车', ['记者 陶然']], ['西岭小学办运动会', []]]);
  });

  it('a wrapped single article with a two-line headline and no dateline; CRLF line ends', () => {
    const s = segmentPage('南湾镇建成\r\n智慧农业示范园\r\n\r\n今年以来，南湾镇围绕乡村振兴\r\n目标，建成智慧农业示范园一座，\r\n引进种植企业三家。\r\n\r\n示范园负责人介绍，园区采用水\r\n肥一体化技术，每亩节水三成。\r\n');
    expect(s.articles).toHaveLength(1);
    expect(s.articles[0]!.title).toBe('南湾镇建成智慧农业示范园');
    expect(s.articles[0]!.text).toBe('今年以来，南湾镇围绕乡村振兴目标，建成智慧农业示范园一座，引进种植企业三家。\n示范园负责人介绍，园区采用水肥一体化技术，每亩节水三成。');
  });

  it('a title line glued to the body of a paragraph-per-line file', () => {
    const s = segmentPage('标题在第一行\n本报讯 昨日，某村召开会议。\n会议要求做好冬季防火工作。\n');
    expect(s.articles[0]).toMatchObject({ title: '标题在第一行', text: '本报讯 昨日，某村召开会议。\n会议要求做好冬季防火工作。' });
  });
});

describe('headlines with commas (invented snippets)', () => {
  it('takes a comma headline before a credit, but not a comma fragment that its paragraph continues', () => {
    const page = [
      '本报讯 今年以来，南湾镇新建公园', '三座，改造老旧小区五个。', '',
      '岁末年初，他们坚守一线', '■记者 陶然', '',
      '本报讯 近日，东坝村召开村民代表', '大会。', '',
      '会上，村党支部书记介绍了今年', '',
      '的工作情况，代表们进行了讨论。', '',
      '东坝村召开村民代表大会', '■记者 白露', '',
    ].join('\n');
    const s = segmentPage(page);
    expect(s.articles.map((a) => a.title)).toEqual(['岁末年初，他们坚守一线', '东坝村召开村民代表大会']);
    expect(s.articles[1]!.text).toBe('本报讯 近日，东坝村召开村民代表大会。\n会上，村党支部书记介绍了今年的工作情况，代表们进行了讨论。');
  });
});

describe('indented OCR text (invented snippet)', () => {
  it('opens a paragraph at an indented line that follows a sentence end, joins the rest', () => {
    const s = segmentPage('　　本报讯 近日，青溪镇召开冬季消防\n安全会议。副镇长韩立新出席会议\n并讲话。\n　　会议要求，各村要排查隐患，\n落实责任。\n');
    expect(s.articles[0]!.text).toBe('本报讯 近日，青溪镇召开冬季消防安全会议。副镇长韩立新出席会议并讲话。\n会议要求，各村要排查隐患，落实责任。');
  });
});

describe('a credit printed directly above a body (invented snippet)', () => {
  it('belongs to that body, at the top of the page as further down', () => {
    const page = [
      '■记者 陶然', '本报讯 近日，东坝村新修的村道', '正式通车，村民出行更方便了。', '', '东坝村道通车', '',
      '■记者 白露', '本报讯 昨日，西岭小学举行冬季', '运动会，全校师生参加。', '', '西岭小学办运动会', '',
    ].join('\n');
    const s = segmentPage(page);
    expect(s.articles.map((a) => [a.title, a.credits.map((c) => c.text)])).toEqual([['东坝村道通车', ['记者 陶然']], ['西岭小学办运动会', ['记者 白露']]]);
    expect(s.pageCredits).toEqual([]);
  });
});
