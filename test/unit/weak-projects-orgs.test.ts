// Issue 3 weak points, projects and organisations: workshops and platforms decided by their clause,
// farm bases visited vs built, product brands, facilities named …中心, 理事会, bodies of relayed meetings.
// Every snippet was written for this test (real county and town names, invented people and firms).
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { extractArticle } from '../../extractors/pipeline.js';
import { findProjects } from '../../extractors/project.extractor.js';
import { findOrganizations } from '../../extractors/org-finder.js';
import { findPlacesIn } from '../../extractors/place-finder.js';
import { resolveRegion } from '../../extractors/region.js';

beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

function finders(text: string) {
  const region = resolveRegion(null, text);
  const places = findPlacesIn(text, region);
  const orgs = findOrganizations(text, places, region);
  return { orgs: orgs.map((o) => o.name), projects: findProjects(text, orgs, places).map((h) => h.name) };
}

/** Organisation names as the whole pipeline reports them. */
function orgEntities(text: string): string[] {
  const x = extractArticle({ article: { id: 'a', title: null, published: '2025-06-01', source: 't', text }, credits: [] });
  return x.entities.filter((e) => e.type === 'Organization').map((e) => e.name);
}

describe('projects decided by their clause', () => {
  it('takes a workshop that is built or put into use (…车间) for a project', () => {
    expect(finders('镇里投资500万元建设山药精深加工车间，带动村民就业。').projects).toEqual(['山药精深加工车间']);
    expect(finders('公司新建的食用菌烘干车间正式投产。').projects).toEqual(['食用菌烘干车间']);
  });

  it('does not take a workshop where people work or visitors go for a project', () => {
    expect(finders('在村里的辣椒分拣车间里，工人们正忙着装箱。').projects).toEqual([]);
    expect(finders('代表们参观了智能化生产车间。').projects).toEqual([]);
  });

  it('keeps 自动化 inside a workshop name (自 stops names only as a preposition)', () => {
    expect(finders('公司新建的红茶自动化生产车间9月投产。').projects).toEqual(['红茶自动化生产车间']);
  });

  it('leaves the company that owns a workshop out of the workshop name', () => {
    expect(finders('鹿邑县众禾食品有限公司改造的粉条加工车间已于8月投用。').projects).toEqual(['粉条加工车间']);
  });

  it('takes a platform built or launched in its clause, with neither place nor quotes', () => {
    expect(finders('镇里今年搭建的农产品电商直播平台，已带动销售200万元。').projects).toEqual(['农产品电商直播平台']);
    expect(finders('由县商务局牵头建设的农资质量追溯平台已于5月上线。').projects).toEqual(['农资质量追溯平台']);
  });

  it('takes a platform built right here whose name names its owner before the purpose words', () => {
    expect(finders('商会将搭建会员交流合作平台，服务会员企业。').projects).toEqual(['会员交流合作平台']);
    expect(finders('商会将搭建合作交流平台。').projects).toEqual([]);
  });

  it('does not take a platform that is only used or required for a project', () => {
    expect(finders('村民通过农产品电商直播平台销售土特产。').projects).toEqual([]);
    expect(finders('要落实合作共建区域物流枢纽平台要求。').projects).toEqual([]);
  });

  it('does not take a visited farm base for a project, but one that is built', () => {
    expect(finders('与会人员参观了太清宫镇山药标准化种植基地。').projects).toEqual([]);
    expect(finders('与会人员参观了冷水鱼养殖示范基地。').projects).toEqual([]);
    expect(finders('该村流转土地300亩，建设高山蔬菜种植基地。').projects).toEqual(['高山蔬菜种植基地']);
  });

  it('does not take a base conferred as an honour (被评为…示范基地) for a project', () => {
    expect(finders('该合作社被评为省级农业产业化示范基地。').projects).toEqual([]);
    expect(finders('镇里投资建设冷水鱼养殖示范基地。').projects).toEqual(['冷水鱼养殖示范基地']);
  });

  it('does not take a product brand (“X”品牌, “X”牌) for a project, but a programme brand', () => {
    expect(finders('要擦亮“抚松人参”品牌，把“万良参”牌产品推向全国。').projects).toEqual([]);
    expect(finders('“抚松人参”“长白山蜂蜜”等品牌走出大山。').projects).toEqual([]);
    const brand = finders('社区发布“邻里红帆”党建品牌。街道将持续擦亮“邻里红帆”品牌。').projects;
    expect(brand).toEqual(['邻里红帆', '邻里红帆']);
  });

  it('does not end a name at 建设 used as a verb after a place word (镇区东侧建设…)', () => {
    expect(finders('公司将在镇区东侧建设冷库。').projects).toEqual([]);
  });
});

describe('organisations: facilities, 理事会, relayed meetings', () => {
  it('does not take a facility named …中心 (冷链物流中心, 交易中心) for an organisation', () => {
    expect(finders('与会人员参观了镇冷链物流中心和镇茶叶交易中心。').orgs).toEqual([]);
    expect(finders('项目由县公共资源交易中心公开招标。').orgs).toEqual(['县公共资源交易中心']);
  });

  it('lets the facility stand in a project name instead (…中心项目)', () => {
    expect(finders('镇里举行农产品冷链物流中心项目签约仪式。').projects).toEqual(['农产品冷链物流中心项目']);
  });

  it('does not take 开好局 (a good start) for a bureau', () => {
    expect(finders('要抓好春耕备耕，确保农牧业开好局。').orgs).toEqual([]);
  });

  it('finds 理事会 on its own and with a level prefix', () => {
    expect(finders('大会选举产生了第二届理事会。').orgs).toEqual(['理事会']);
    expect(finders('由镇红白理事会推动移风易俗。').orgs).toEqual(['镇红白理事会']);
  });

  it('does not report a body named only as the convener of a meeting whose spirit is relayed', () => {
    expect(orgEntities('会议传达学习了省委经济工作会议精神。')).toEqual([]);
    expect(orgEntities('会议传达学习了省委十二届五次全会精神。省委书记的讲话要认真领会。')).toEqual(['省委']);
  });

  it('keeps the body named in a meeting that took place (its organiser, ORGANIZED_BY)', () => {
    expect(orgEntities('12月3日，县个体劳动者协会第三次会员代表大会召开。')).toEqual(['县个体劳动者协会']);
  });
});

describe('bodies named only in a relayed meeting (issue 11)', () => {
  it('does not report a committee named in the plenary or meeting a clause relays', () => {
    expect(orgEntities('会议传达了市委四届九次全会精神。市委四届九次全会是在关键节点召开的。')).toEqual([]);
    expect(orgEntities('会议传达了全省经济工作会议、市委第48次常委（扩大）会议精神和有关文件。')).toEqual([]);
    expect(orgEntities('为贯彻落实省、市、县委关于加强基层建设的一系列文件精神，县里调整了机构。')).toEqual([]);
  });
});
