// Places of the kinds a first-sight check missed or misread: named ports, expressways and numbered
// roads, old towns, cemeteries, regions of the world and mountain regions, a county's short form in
// its own article; and names read across a word or out of a verb phrase. Invented sentences.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../extractors/place-finder.js';

const places = (text: string, region: string | null = null) => findPlaces(text, region).map((p) => p.name);

describe('named sites, routes and regions', () => {
  it('finds a named port or wharf, but not a kind of port or a ship moving in', () => {
    expect(places('货物从石湾港装船，再运到白河码头。')).toEqual(['石湾港', '白河码头']);
    expect(places('渔船陆续进港，渔港一片繁忙。')).toEqual([]);
  });

  it('finds expressways named by their ends or line and numbered roads, not 高速发展', () => {
    expect(places('车辆经沪昆高速驶往西线高速。')).toEqual(['沪昆高速', '西线高速']);
    expect(places('车队沿国道G318行驶。')).toEqual(['国道G318']);
    expect(places('经济保持高速发展，这条高速年底通车。')).toEqual([]);
  });

  it('finds old towns, cemeteries and memorial parks', () => {
    expect(places('游客在青石古镇和临川古城游览。')).toEqual(['青石古镇', '临川古城']);
    expect(places('代表们来到红星烈士陵园。')).toEqual(['红星烈士陵园']);
  });

  it('finds a memorial site with a long name when it is the object of a visit', () => {
    expect(places('代表们参观了八路军太岳纪念馆。')).toEqual(['八路军太岳纪念馆']);
    expect(places('党员们来到新四军江北指挥部旧址。')).toEqual(['新四军江北指挥部旧址']);
    expect(places('要建设好红色教育纪念馆。')).toEqual([]);
  });

  it('finds parts of the world and mountain regions, not a word that holds one', () => {
    expect(places('产品远销东南亚和中东地区。')).toEqual(['东南亚', '中东地区']);
    expect(places('项目位于大别山区，辐射长三角。')).toEqual(['大别山区', '长三角']);
    expect(places('马来西亚客商来访，中东部地区也有需求。')).toEqual([]);
  });

  it("takes a county's short form inside a phrase when the article or the paper names that county", () => {
    expect(places('澄迈县举行开工仪式。项目将完善澄迈现代物流产业链。')).toEqual(['澄迈县', '澄迈']);
    expect(places('项目将完善澄迈现代物流产业链。', '澄迈县')).toEqual(['澄迈']);
    expect(places('项目将完善澄迈现代物流产业链。')).toEqual([]);
  });
});

describe('names that start with a function character', () => {
  it('reads a clause-initial 和/于 as the first character of a village or a county', () => {
    expect(places('和平村光伏电站并网发电。')).toEqual(['和平村']);
    expect(places('于都县生态农业产业园开园。')).toEqual(['于都县生态农业产业园']);
  });
});

describe('words that only look like places', () => {
  it('does not read a county inside a longer word (示范县 holds 范县)', () => {
    expect(places('该县被评为全国民族团结进步示范县。')).toEqual([]);
    expect(places('会议在范县召开。')).toEqual(['范县']);
  });

  it('does not take a verb of building for a district (新建的暖棚)', () => {
    expect(places('新建的128栋暖棚已投用。')).toEqual([]);
  });

  it('does not take verb phrases or classes of units for places', () => {
    expect(places('要守护好湿地资源。')).toEqual([]);
    expect(places('各镇街要抓好落实。')).toEqual([]);
    expect(places('打造文旅综合体。')).toEqual([]);
  });
});
