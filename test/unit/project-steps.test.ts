// Project steps (issue 13): stages, dates with precision, amounts, batch events and references back.
// Every text was written for this test (invented works and firms; real kinds of news sentences).
import { describe, expect, it } from 'vitest';
import { projectExtractor } from '../../extractors/project.extractor.js';
import { findStages } from '../../extractors/project-stages.js';
import { findStepDates, stepDate } from '../../extractors/project-dates.js';
import { findAmounts } from '../../extractors/project-amounts.js';
import { splitSentences } from '../../extractors/sentences.js';
import type { ExtractContext } from '../../extractors/types.js';

function steps(text: string, published: string | null = '2023-05-10') {
  const ctx: ExtractContext = {
    article: { id: 'art', title: null, published, source: 't', text }, region: null, credits: [],
    sentences: splitSentences(text), tokenizer: { tag: () => [] }, found: { entities: [], relations: [] },
  };
  const out = projectExtractor.extract(ctx);
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return out.relations.filter((r) => r.type === 'STEP').map((r) => ({ ...r.props, project: name.get(r.from) }) as Record<string, unknown>);
}
const brief = (xs: ReturnType<typeof steps>) => xs.map((x) => `${String(x.project)}|${String(x.stage)}|${String(x.date ?? '?')}${x.planned ? '|planned' : ''}`).sort();

describe('stage words', () => {
  it('reads each stage of the vocabulary and keeps nouns out (施工单位, 竣工验收 is 验收)', () => {
    const stages = (t: string) => findStages(t).map((h) => h.stage);
    expect(stages('项目顺利通过竣工验收')).toEqual(['验收']);
    expect(stages('要求施工单位加强管理')).toEqual([]);
    expect(stages('主体结构封顶，年底前建成投产')).toEqual(['封顶', '投产']);
    expect(stages('新馆正式开馆，大桥建成通车')).toEqual(['开业', '通车']);
    expect(stages('地面是步行街，下一层通车')).toEqual([]);
  });

  it('marks plans and goals (预计, 计划…, 早日) and skips stages only talked about (开工以来)', () => {
    expect(findStages('预计明年6月竣工').map((h) => h.planned)).toEqual([true]);
    expect(findStages('推动签约项目早落地、早开工').map((h) => [h.stage, h.planned])).toEqual([['签约', false], ['开工', true]]);
    expect(findStages('自开工以来进展顺利').map((h) => h.since)).toEqual([true]);
    expect(findStages('从签约到投产用时两年')).toEqual([]);
    expect(findStages('正式投产，首条生产线同步启用').map((h) => h.stage)).toEqual(['投产']);
  });
});

describe('step dates', () => {
  it('gives each date its precision, resolved against the publication date', () => {
    const d = (t: string, pub: string | null) => findStepDates(t, pub).map((x) => [x.date ?? null, x.precision ?? null]);
    expect(d('2021年3月2日', null)).toEqual([['2021-03-02', 'day']]);
    expect(d('去年11月', '2024-04-18')).toEqual([['2023-11-01', 'month']]);
    expect(d('1月上旬', '2024-01-29')).toEqual([['2024-01-01', 'month']]);
    expect(d('2017年', '2020-12-31')).toEqual([['2017-01-01', 'year']]);
    expect(d('去年12月', null)).toEqual([[null, null]]);
    expect(d('3号楼', '2024-01-29')).toEqual([]);
  });

  it('prefers a date before the stage, a day over the month it refines, and the clause after; else 目前/近日', () => {
    expect(stepDate('5月8日，一季度项目集中开工', 14, '2023-05-10')).toEqual({ date: '2023-05-08', precision: 'day' });
    expect(stepDate('目前正在施工，预计明年6月竣工', 5, '2023-05-10')).toEqual({ date: '2023-05-10', precision: 'day' });
    expect(stepDate('近日，工程完成招标', 9, '2023-05-10')).toEqual({ date: '2023-05-01', precision: 'month' });
    expect(stepDate('工程已完工', 3, '2023-05-10')).toBeNull();
  });
});

describe('amounts', () => {
  it('converts 亿元/万元/万亿元 to yuan and marks investments', () => {
    expect(findAmounts('总投资5.8亿元，其中一期3000万元').map((a) => [a.yuan, a.invest])).toEqual([[580_000_000, true], [30_000_000, false]]);
    expect(findAmounts('引资500万美元')).toEqual([]);
  });
});

describe('steps of an article', () => {
  it('gives each project of a batch event its step, with the batch date, also when listed after it', () => {
    const text = '5月8日，青禾县二季度重点项目集中开工仪式举行，12个项目集中开工。本次开工的项目涵盖工业、交通等领域。其中，青禾新材料产业园项目总投资15亿元；青禾至松岭快速通道工程总投资8亿元。';
    expect(brief(steps(text))).toEqual(['青禾新材料产业园项目|开工|2023-05-08', '青禾至松岭快速通道工程|开工|2023-05-08']);
  });

  it('takes a reference back (该项目) for the project named before and the sentence topic for later clauses', () => {
    const text = '5月9日，南屏冷链物流中心项目正式投产。该项目于2021年6月签约，同年9月开工，总投资3.2亿元。';
    const s = steps(text);
    expect(brief(s)).toEqual(['南屏冷链物流中心项目|开工|2021-09-01', '南屏冷链物流中心项目|投产|2023-05-09', '南屏冷链物流中心项目|签约|2021-06-01']);
    expect(s.every((x) => x.amount_yuan === 320_000_000)).toBe(true);
    const topic = steps('北坪文化中心项目由北坪城投公司建设，是“城市更新行动”的重点项目之一，于去年10月开工。');
    expect(brief(topic)).toEqual(['北坪文化中心项目|开工|2022-10-01']);
  });

  it('speaks of the one work of an article in its later sentences, and keeps a plan a plan', () => {
    const text = '5月9日，东湖医院新院区项目主体封顶。目前，住院楼正在进行内部施工，预计明年6月竣工。';
    expect(brief(steps(text))).toEqual(['东湖医院新院区项目|封顶|2023-05-09', '东湖医院新院区项目|施工|2023-05-10', '东湖医院新院区项目|竣工|2024-06-01|planned']);
  });

  it('takes one step per project and stage, and the amount printed in its own clause', () => {
    const text = '5月9日，甲河大桥工程开工，总投资2亿元；乙河大桥工程开工，总投资1.5亿元。甲河大桥工程开工仪式上，嘉宾为工程培土。';
    const s = steps(text);
    expect(brief(s)).toEqual(['乙河大桥工程|开工|2023-05-09', '甲河大桥工程|开工|2023-05-09']);
    expect(Object.fromEntries(s.map((x) => [String(x.project), x.amount_yuan]))).toEqual({ 甲河大桥工程: 200_000_000, 乙河大桥工程: 150_000_000 });
  });

  it('takes a period\'s start for an event only when dated (自今年3月签约以来), and drops undated plans', () => {
    expect(brief(steps('5月9日，青禾物流园项目开工。项目自今年1月签约以来进展顺利，推动项目早投产。'))).toEqual(['青禾物流园项目|开工|2023-05-09', '青禾物流园项目|签约|2023-01-01']);
    expect(brief(steps('5月9日，青禾物流园项目开工。项目自签约以来进展顺利。'))).toEqual(['青禾物流园项目|开工|2023-05-09']);
  });

  it('keeps investments per phase and tells the phase of a step (X产业园（一期）, 二期计划…)', () => {
    const s = steps('5月9日，青禾生态产业园（一期）投产，累计完成投资3亿元。二期项目计划投资6亿元，预计明年开工。');
    expect(s.map((x) => [x.stage, x.phase, x.planned ?? false, x.amount_yuan ?? null])).toEqual([['投产', '一期', false, null], ['开工', '二期', true, 600_000_000]]);
  });

  it('reads a platform put online (上线运行) as in use, and a finished part (主桥墩已完工) as no completion', () => {
    expect(findStages('平台正式上线运行').map((h) => h.stage)).toEqual(['投用']);
    expect(findStages('目前主桥墩已全部完工')).toEqual([]);
  });

  it('takes the first day of a range (5月10日至11日) and dates a scene under way by the article\'s event', () => {
    expect(brief(steps('5月3日至4日，专家组对青禾水库除险加固工程进行验收。'))).toEqual(['青禾水库除险加固工程|验收|2023-05-03']);
    const tour = '5月8日，县领导观摩重点项目。在青禾河综合治理工程现场，施工人员正在进行堤防砌筑。';
    expect(brief(steps(tour)).filter((x) => x.includes('施工'))).toEqual(['青禾河综合治理工程|施工|2023-05-08']);
  });

  it('leaves a date to the stage of its clause (于2019年10月开工，历时三年建成) and a dateless completion to the opening', () => {
    const text = '5月9日，青禾至松岭高速公路建成通车。工程于2019年10月开工，历时三年多建成。';
    expect(brief(steps(text))).toEqual(['青禾至松岭高速公路|开工|2019-10-01', '青禾至松岭高速公路|通车|2023-05-09']);
  });

  it('reads a plant connected to the grid as production and a plan approved by experts as 规划', () => {
    expect(findStages('光伏电站项目实现全容量并网发电').map((h) => h.stage)).toEqual(['投产']);
    expect(findStages('产业园总体规划通过专家评审').map((h) => h.stage)).toEqual(['规划']);
  });

  it('gives the projects named after a signing ceremony told without them their signing', () => {
    const text = '5月9日，青禾县与两家企业分别签订投资协议，县长出席签约仪式。根据协议，甲公司将投资8亿元建设青禾中药饮片生产项目，乙公司将投资3亿元建设青禾包装材料生产线项目。';
    expect(brief(steps(text))).toEqual(['青禾中药饮片生产项目|签约|2023-05-09', '青禾包装材料生产线项目|签约|2023-05-09']);
  });

  it('gives a campaign no stage of a physical work', () => {
    expect(brief(steps('5月9日，“净水护河”专项行动开工。'))).toEqual([]);
  });
});
