// Issue 3 weak points, people and places: surname-less names in credits, people after a generic
// label (种植大户X说), company and 嘎查 bodies before titles, short forms read across a title (县长葛…),
// counted villages (28个行政村). Every snippet was written for this test (invented people; real
// administrative names where a place is meant).
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { extractArticle } from '../../extractors/pipeline.js';
import { personRoleExtractor } from '../../extractors/person-role.extractor.js';
import { bylineExtractor } from '../../extractors/byline.extractor.js';
import { parseCreditText } from '../../extractors/credit-patterns.js';
import { findPlacesIn } from '../../extractors/place-finder.js';
import { resolveRegion } from '../../extractors/region.js';

beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

function run(text: string) {
  const x = extractArticle(
    { article: { id: 'a', title: null, published: '2025-06-10', source: 't', text }, credits: [] },
    { extractors: [personRoleExtractor, bylineExtractor] },
  );
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
  const persons = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
  const roles = (p: string) => x.relations.filter((r) => r.type === 'HOLDS_ROLE' && name(r.from) === p).map((r) => name(r.to));
  const wrote = x.relations.filter((r) => r.type === 'WROTE').map((r) => `${name(r.from)}|${r.props.as}`);
  return { persons, roles, wrote };
}

const places = (text: string) => findPlacesIn(text, resolveRegion(null, text)).map((p) => p.name);

describe('surname-less names bounded by a credit', () => {
  it('reads a lone name of up to six characters after a role word as a name', () => {
    expect(parseCreditText('记者 阿拉腾其木格').map((n) => `${n.name}|${n.role}`)).toEqual(['阿拉腾其木格|记者']);
    expect(parseCreditText('记者 李华 通讯员 额尔敦其木格').map((n) => `${n.name}|${n.role}`)).toEqual(['李华|记者', '额尔敦其木格|通讯员']);
  });

  it('does not read a body after a role word as a name', () => {
    expect(parseCreditText('记者 县融媒体中心')).toEqual([]);
  });

  it('credits the name at the end of an article to the article, not as a post 记者', () => {
    const r = run('本报讯 12月3日，全旗冬季防火工作会议召开。\n（记者 阿拉腾其木格）');
    expect(r.wrote).toEqual(['阿拉腾其木格|记者']);
    expect(r.roles('阿拉腾其木格')).toEqual([]);
  });
});

describe('people and posts', () => {
  it('finds a person after a generic label such as 种植大户 (no post)', () => {
    const r = run('种植大户吕晓光说，今年的山药卖了好价钱。');
    expect(r.persons).toEqual(['吕晓光']);
    expect(r.roles('吕晓光')).toEqual([]);
  });

  it('keeps the whole company name before a title (…有限公司总经理)', () => {
    expect(run('阿荣旗北疆粮油贸易有限公司总经理赵永刚介绍了情况。').roles('赵永刚')).toEqual(['阿荣旗北疆粮油贸易有限公司总经理']);
  });

  it('does not take an adverb after a generic label for a name (村民都加入了)', () => {
    expect(run('村民都加入了合作社。').persons).toEqual([]);
    expect(run('牧民都加入了合作社，种植大户也说好。').persons).toEqual([]);
  });

  it('takes a surname-less name bounded by a post and punctuation (主任其其格说，), not a known word', () => {
    expect(run('嘎查委员会主任其其格说，牧民都加入了合作社。').persons).toEqual(['其其格']);
    expect(run('协会副会长其其格，会长赵永刚出席。').persons).toEqual(['其其格', '赵永刚']);
    expect(run('会议由办公室主任主持，副主任会同各部门落实。').persons).toEqual([]);
  });

  it('reads a surname-less item of an election list (，其其格、刘海龙当选为副会长)', () => {
    const r = run('大会选举产生了理事会。赵永刚当选为会长，其其格、刘海龙当选为副会长。');
    expect(r.persons).toEqual(['赵永刚', '其其格', '刘海龙']);
    expect(r.roles('其其格')).toEqual(['副会长']);
    expect(run('会议要求，生产、销售当选为重点。').persons).toEqual([]);
  });

  it('reads 嘎查 and 委员会 bodies before titles in a chain', () => {
    expect(run('那吉镇巴彦嘎查党支部书记、嘎查委员会主任其其格说，牧民都加入了合作社。').roles('其其格'))
      .toEqual(['那吉镇巴彦嘎查党支部书记', '嘎查委员会主任']);
  });
});

describe('places', () => {
  it('does not read a county short form across a post (县长葛…)', () => {
    expect(places('鹿邑县召开会议，副县长葛金鹏出席。')).toEqual(['鹿邑县']);
  });

  it('finds an autonomous county printed by its short form and plain ending (门源县)', () => {
    expect(places('3月15日，门源县浩门镇召开大会。')).toEqual(['门源县', '浩门镇']);
  });

  it('does not take a word ending in 路 (销路, 财路) for a road', () => {
    expect(places('浩门镇的牦牛肉销路不愁了，牧民财路宽了。')).toEqual(['浩门镇']);
  });

  it('does not take a counted village (28个行政村) for a place', () => {
    expect(places('活动已覆盖鹿邑县28个行政村。')).toEqual(['鹿邑县']);
  });
});
