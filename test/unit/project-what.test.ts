// What a project is (issue 13): general rules of the project finder, each on a sentence written for
// this test (real kinds of text; invented works, villages and campaigns).
import { describe, expect, it } from 'vitest';
import { findProjects } from '../../extractors/project.extractor.js';
import { findOrganizations } from '../../extractors/org-finder.js';
import { findPlacesIn } from '../../extractors/place-finder.js';
import { resolveRegion } from '../../extractors/region.js';

const names = (text: string) => {
  const region = resolveRegion(null, text);
  const places = findPlacesIn(text, region);
  return findProjects(text, findOrganizations(text, places, region), places).map((h) => h.name);
};

describe('names that are not projects', () => {
  it('takes no V好 + 项目 (宣传好项目, 服务好项目) for a name', () => {
    expect(names('要向广大群众宣传好项目的意义。')).toEqual([]);
  });

  it('takes no count of ordinary things (两个厂子建设) but keeps a name after a count', () => {
    expect(names('工作队介绍了两个厂子建设情况。')).toEqual([]);
    expect(names('加快两个万亩蔬菜产业园区建设。')).toEqual(['两个万亩蔬菜产业园区建设']);
  });

  it('takes no category after 等 (A、B等文化惠民工程) and no shared head of kinds (民生、生态、新风工程)', () => {
    expect(names('要与民生、生态、新风工程结合起来。')).toEqual([]);
    expect(names('推进亮化工程、绿化工程。')).toEqual(['亮化工程', '绿化工程']);
  });

  it('keeps verbs of the sentence out of a name (了解/完善/结合/研究/督查 X)', () => {
    expect(names('代表们了解青石镇农贸市场建设情况。')).toEqual(['青石镇农贸市场建设']);
    expect(names('加强和完善乡村治理三年行动计划部署。')).toEqual(['乡村治理三年行动计划']);
    expect(names('要结合“利剑护航”专项行动，打击违法行为。')).toEqual(['“利剑护航”专项行动']);
  });

  it('takes no visited workshop for a work put into operation (经营运行情况 is not 投入运行)', () => {
    expect(names('实地察看了红山乳制品加工车间等经营运行情况。')).toEqual([]);
    expect(names('红山乳制品加工车间已投入运行。')).toEqual(['红山乳制品加工车间']);
  });

  it('takes no generic political work (民主政治建设) for a project', () => {
    expect(names('力求在农村社区民主政治建设方面取得突破。')).toEqual([]);
  });

  it('drops the sentence\'s 近年来, 当地 and 甲乙两地 from a name', () => {
    expect(names('近年来美丽乡村建设成效明显。')).toEqual(['美丽乡村建设']);
    expect(names('听取了当地老旧住房改造工作情况介绍。')).toEqual(['老旧住房改造']);
    expect(names('就东坪、西坪两地农村社区建设进行调研。')).toEqual(['农村社区建设']);
  });
});

describe('works the suffix grammar did not see', () => {
  it('reads a route through its 至 and its road code (G9甲地至乙地高速公路)', () => {
    expect(names('视察组在S36红柳至白石高速公路工程点路段实地查看。')).toEqual(['S36红柳至白石高速公路工程']);
    expect(names('至今已完成投资2亿元。')).toEqual([]);
  });

  it('reads a work at its building site (来到X建设工地)', () => {
    expect(names('随后来到青山县全民健身中心建设工地察看进度。')).toEqual(['青山县全民健身中心']);
    expect(names('工人们在施工现场忙碌。')).toEqual([]);
  });

  it('reads a renovation that names what it renovates (棚户区改造), not 旧村改造', () => {
    expect(names('调研城郊棚户区改造等工作。')).toEqual(['城郊棚户区改造']);
    expect(names('汇报了旧村改造情况。')).toEqual([]);
  });

  it('reads a campaign for a title of places (文明村镇创建工作), not a bare 创建', () => {
    expect(names('督查“五美”示范村暨文明村镇创建工作情况。')).toEqual(['“五美”示范村暨文明村镇创建']);
    expect(names('积极创建示范村。')).toEqual([]);
  });

  it('reads a quoted two-part campaign name (“美丽某省·清洁乡村”号召)', () => {
    expect(names('贯彻落实“生态南岭·洁净家园”号召。')).toEqual(['生态南岭·洁净家园']);
    expect(names('他为“阿米娜·艾力”点赞。')).toEqual([]);
  });

  it('takes the items of a list before 等…工程 when each reads as a name', () => {
    expect(names('沿街免费书屋、乡村智能广播“户户通”等文化惠民工程成效明显。')).toEqual(['沿街免费书屋', '乡村智能广播“户户通”']);
    expect(names('道路、桥梁等基础设施工程加快推进。')).toEqual([]);
  });

  it('takes a park listed right before a project as a work of the same list', () => {
    expect(names('察看了滨江湿地公园、桂花研学基地等处。')).toEqual(['滨江湿地公园', '桂花研学基地']);
  });
});

describe('names joined, contests placed in, annual outputs', () => {
  it('reads two names joined by 暨 as one (X竞赛暨第N届Y大赛)', () => {
    expect(names('召开2024年某县职业技能竞赛暨第八届职工职业技能大赛总结大会。')).toEqual(['某县职业技能竞赛暨第八届职工职业技能大赛']);
  });

  it('takes no contest someone placed in (获得全国X大赛第六名) for a programme', () => {
    expect(names('一位选手获得第二届全国农机操作大赛第三名。')).toEqual([]);
    expect(names('县里举办第二届农机操作大赛。')).toEqual(['第二届农机操作大赛']);
  });

  it('keeps 年产 in a name (某公司年产5万吨X项目), and drops a year before a name', () => {
    expect(names('青岭公司年产8万吨饲料项目正式投产。')).toEqual(['青岭公司年产8万吨饲料项目']);
    expect(names('年产8万吨饲料项目正式投产。')).toEqual(['年产8万吨饲料项目']);
    expect(names('2023年青岭镇污水管网改造工程开工。')).toEqual(['青岭镇污水管网改造工程']);
  });
});

describe('honours and batch labels', () => {
  it('takes no base named in a list of honours (A基地、B基地榜上有名)', () => {
    expect(names('名单公布，青禾镇生态茶园基地、松岭镇蔬菜基地榜上有名。')).toEqual([]);
  });

  it('takes no quarter\'s batch for a project (第二季度招商引资项目), but a base\'s project (X生产基地项目)', () => {
    expect(names('青禾县第二季度招商引资项目集中签约。')).toEqual([]);
    expect(names('高端医用敷料生产基地项目总投资12亿元。')).toEqual(['高端医用敷料生产基地项目']);
  });
});

describe('works named only as the subject of their event', () => {
  it('reads a facility that is put to use, opened or closed (X新院区正式投入使用, ，X六桥主桥顺利合龙)', () => {
    expect(names('9月4日，青禾县人民医院新院区正式投入使用。')).toEqual(['青禾县人民医院新院区']);
    expect(names('12月28日，松江三桥主桥顺利合龙。')).toEqual(['松江三桥']);
    expect(names('他说大桥已经通车。')).toEqual([]);
  });

  it('takes no quantity of work (工程量) and no last work of a list of works (疏浚、加固和码头改造)', () => {
    expect(names('已完成路基工程量的80%。')).toEqual([]);
    expect(names('主要实施港池疏浚、防波堤加固和渔港码头改造。')).toEqual([]);
  });
});
