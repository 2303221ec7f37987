import { describe, expect, it } from 'vitest';
import { placeExtractor, findPlaces } from '../../extractors/place.extractor.js';
import { splitSentences } from '../../extractors/sentences.js';
import type { ExtractContext } from '../../extractors/types.js';

function run(text: string, region: string | null) {
  const ctx: ExtractContext = {
    article: { id: 'art_test', title: null, published: '2021-03-02', source: 't', text },
    region, credits: [], sentences: splitSentences(text), tokenizer: { tag: () => [] }, found: { entities: [], relations: [] },
  };
  return placeExtractor.extract(ctx);
}
const names = (text: string, region: string | null = null) => findPlaces(text, region).map((h) => h.name);

describe('place extractor', () => {
  it('chains a village to its town and the town to its county (X镇Y村)', () => {
    // Written for this test (invented village name).
    const out = run('日前，新埭镇鱼圻塘村的村民在平湖市农技站指导下开展春耕。', '平湖市');
    const byName = new Map(out.entities.map((e) => [e.name, e]));
    const village = byName.get('鱼圻塘村');
    const town = byName.get('新埭镇');
    expect(village?.props.level).toBe('village');
    expect(town?.props).toMatchObject({ level: 'township', code: '330482102' });
    const partOf = out.relations.filter((r) => r.type === 'PART_OF').map((r) => [r.from, r.to]);
    expect(partOf).toContainEqual([village!.id, town!.id]);
    expect(partOf).toContainEqual([town!.id, byName.get('平湖市')!.id]);
  });

  it('merges a short form into the fullest printed form (林埭 → 林埭镇) with the code', () => {
    // Written for this test.
    const out = run('林埭镇今年新建三座桥。林埭的村民说，出行方便多了。', '平湖市');
    const lindai = out.entities.filter((e) => e.props.code === '330482107');
    expect(lindai).toHaveLength(1);
    expect(lindai[0]).toMatchObject({ name: '林埭镇', mentions: [[0, 3], [11, 13]] });
  });

  it('accepts a town short form only inside the region', () => {
    // Written for this test: 林埭 is a town of 平湖市; in another county's paper it stays unknown.
    expect(names('林埭的村民说，出行方便多了。', '平湖市')).toContain('林埭');
    expect(names('林埭的村民说，出行方便多了。', '房县')).not.toContain('林埭');
    // The scan table is cached per region: switching back and forth must not leak towns across.
    expect(names('林埭的村民说，出行方便多了。', null)).not.toContain('林埭');
    expect(names('林埭的村民说，出行方便多了。', '平湖市')).toContain('林埭');
  });

  it('does not take a city short form out of a person\'s name (吴金华)', () => {
    // Written for this test.
    expect(names('副市长吴金华出席会议。', '平湖市')).not.toContain('金华');
    expect(names('他曾在金华工作多年。', '平湖市')).toContain('金华');
  });

  it('accepts county short forms listed with other places (金山、太仓、平湖)', () => {
    // Written for this test.
    expect(names('联谊会将把金山、太仓、平湖三地女性人才联系起来。', '平湖市')).toEqual(['金山', '太仓', '平湖']);
  });

  it('finds a village whose name is also an ordinary word (大力村) after its subdistrict', () => {
    // Written for this test.
    expect(names('在钟埭街道大力村的田间，农机来回忙碌。', '平湖市')).toEqual(['钟埭街道', '大力村']);
  });

  it('finds zones, roads, regions and venues by suffix grammar', () => {
    // Written for this test (invented names).
    const text = '长三角地区的企业落户嘉善经济技术开发区后，沿着人民路来到城东体育馆参观。长三角一体化还在推进。';
    const got = names(text, '平湖市');
    expect(got).toEqual(expect.arrayContaining(['长三角地区', '嘉善经济技术开发区', '人民路', '城东体育馆']));
    const out = run(text, '平湖市');
    const region = out.entities.filter((e) => e.name.startsWith('长三角'));
    expect(region).toHaveLength(1);
    expect(region[0]?.mentions).toHaveLength(2);
  });

  it('leaves out generic words, 我市, one-character forms and names inside 《document titles》', () => {
    // Written for this test.
    const got = names('我市将农村道路和开发区建设列入《嘉兴市乡村振兴规划》，在平举行签约。', '平湖市');
    expect(got).toEqual([]);
  });

  it('gives 社区 the community level and keeps policy labels (共同富裕示范区) out of zones', () => {
    // Written for this test.
    const got = findPlaces('城关镇东街社区居民说，要推进共同富裕示范区建设。', '房县');
    expect(got.map((h) => [h.name, h.level])).toEqual([['城关镇', 'township'], ['东街社区', 'community']]);
  });

  it('keeps a road name apart across regions, a gazetteer unit the same everywhere', () => {
    // Written for this test.
    const ids = (text: string, region: string) => new Map(run(text, region).entities.map((e) => [e.name, e.id]));
    const a = ids('林埭镇人民路两侧新开了商铺。', '平湖市');
    const b = ids('林埭镇人民路两侧新开了商铺。', '房县');
    expect(a.get('人民路')).not.toBe(b.get('人民路'));
    expect(a.get('林埭镇')).toBe(b.get('林埭镇'));
  });

  it('does not read 和县 out of 县医院和县妇幼保健院, nor infer the region from it', () => {
    // Written for this test.
    expect(names('县人民医院、县中医院和县妇幼保健院的医务人员来到大坪乡义诊。')).toEqual(['大坪乡']);
  });

  it('finds a village before 民宿 and a village ending in 山村, and transport venues', () => {
    // Written for this test (invented names).
    expect(names('游客住进了青石村民宿，又去马鞍山村采茶。')).toEqual(['青石村', '马鞍山村']);
    expect(names('航班抵达黄花国际机场后，旅客换乘前往南站。')).toEqual(['黄花国际机场']);
  });
});

// extra-dev failures (invented sentences; the towns are real divisions of 陕西 蒲城县 and 江西 南昌)
describe('places on unseen material', () => {
  it('accepts a two-character town listed next to another place, not alone', () => {
    expect(names('在罕井镇、孙镇开展宣传。')).toEqual(['罕井镇', '孙镇']);
    expect(names('孙镇长说了情况。')).toEqual([]);
  });

  it('reads a one-character village right after its town', () => {
    expect(names('客户经理走进罕井镇马村办理贷款。')).toEqual(['罕井镇', '马村']);
  });

  it('does not read generic village labels (信用村) as places', () => {
    expect(names('对信用村、信用户实行优先办理。')).toEqual([]);
  });

  it('does not read the verb 新建 in a list of verbs as the short form of 新建区', () => {
    expect(names('今年新建、改扩建中小学9所。')).toEqual([]);
  });

  it('reads a venue of a level (区文化中心)', () => {
    expect(names('表彰大会在区文化中心举行。')).toEqual(['区文化中心']);
  });
});

describe('venues', () => {
  it('reads a meeting room of a body as the venue (区工商联会议室)', () => {
    expect(names('成立大会在区工商联会议室召开。')).toEqual(['区工商联会议室']);
  });
});

describe('community venues', () => {
  it('reads a 社区 service centre as a venue, not only its 社区', () => {
    expect(names('街道在东坡社区党群服务中心举行发布会。')).toEqual(['东坡社区党群服务中心']);
  });
});
