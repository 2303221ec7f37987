import { describe, expect, it } from 'vitest';
import { projectExtractor, findProjects } from '../../extractors/project.extractor.js';
import { sentenceAmount } from '../../extractors/project-amounts.js';
import { stepDate } from '../../extractors/project-dates.js';
import { splitSentences } from '../../extractors/sentences.js';
import { findOrganizations } from '../../extractors/org-finder.js';
import { findPlacesIn } from '../../extractors/place-finder.js';
import { resolveRegion } from '../../extractors/region.js';
import type { ExtractContext } from '../../extractors/types.js';

const names = (text: string) => {
  const region = resolveRegion(null, text);
  const places = findPlacesIn(text, region);
  return findProjects(text, findOrganizations(text, places, region), places).map((h) => h.name);
};

describe('project finder', () => {
  it('drops quotes around the whole name and keeps quotes inside it', () => {
    // Written for this test (invented names).
    expect(names('全县启动“清风家园·安居行动”。')).toEqual(['清风家园·安居行动']);
    expect(names('镇里实施青年干部“1234”成长计划，成效明显。')).toEqual(['青年干部“1234”成长计划']);
    expect(names('银行发起‘小微助跑’专项行动帮助企业。')).toEqual(['‘小微助跑’专项行动']);
  });

  it('takes a quoted name before a bare classifier without the classifier (“X”项目)', () => {
    // Written for this test.
    expect(names('领导肯定了“幸福邻里坊”项目的做法。')).toEqual(['幸福邻里坊']);
  });

  it('finds construction works and keeps the verb before them out (加快X工程建设)', () => {
    // Written for this test.
    expect(names('会议要求加快青龙河引水工程建设。')).toEqual(['青龙河引水工程']);
  });

  it('does not take generic work (党风廉政建设, 重点项目, 合作交流平台) for projects', () => {
    // Written for this test.
    expect(names('抓好党风廉政建设，推进重点项目，搭建合作交流平台。')).toEqual([]);
  });

  it('does not run a name on from a body (…有限公司负责建设) nor take 该公司… for a name', () => {
    // Written for this test.
    expect(names('该项目由安徽省投资集团有限责任公司负责建设。目前，该公司二期扩建项目正在施工。')).toEqual([]);
  });

  it('leaves a verb before a name out (保障美丽乡村建设) but keeps 服务 inside one (企业服务平台)', () => {
    // Written for this test.
    expect(names('全力保障美丽乡村建设。')).toEqual(['美丽乡村建设']);
    expect(names('考核名单中，房县企业服务平台名列前茅。')).toEqual(['房县企业服务平台']);
  });

  it('takes each quoted item of a list before 等服务平台', () => {
    // Written for this test.
    expect(names('整合‘政企通’‘12345’和‘码上办’等服务平台。')).toEqual(['政企通', '12345', '码上办']);
  });
});

describe('project steps', () => {
  it('resolves dates against the publication date and normalises amounts to yuan', () => {
    const day = (s: string, pub: string) => stepDate(s, s.length, pub)?.date;
    expect(day('12月 25日上午开工', '2021-01-04')).toBe('2020-12-25');
    expect(day('3月2日开工', '2021-03-05')).toBe('2021-03-02');
    expect(day('昨日竣工', '2021-03-05')).toBe('2021-03-04');
    expect(sentenceAmount('总投资5.2亿元')).toBe(520_000_000);
    expect(sentenceAmount('投资800万元')).toBe(8_000_000);
  });

  it('emits a dated STEP from the project to the article, with the amount', () => {
    // Written for this test.
    const text = '3月1日，城西污水处理厂提升工程正式开工，总投资1.5亿元。';
    const ctx: ExtractContext = {
      article: { id: 'art_p', title: null, published: '2021-03-02', source: 't', text }, region: null, credits: [],
      sentences: splitSentences(text), tokenizer: { tag: () => [] }, found: { entities: [], relations: [] },
    };
    const out = projectExtractor.extract(ctx);
    const p = out.entities.find((e) => e.type === 'Project');
    expect(p?.name).toBe('城西污水处理厂提升工程');
    expect(out.relations).toContainEqual(expect.objectContaining({
      type: 'STEP', from: p!.id, to: 'art_p', props: { stage: '开工', date: '2021-03-01', date_precision: 'day', amount_yuan: 150_000_000 },
    }));
  });

  it('takes no step from a project name (直通车 is not 通车) and marks planned steps', () => {
    // Written for this test.
    const steps = (text: string) => {
      const ctx: ExtractContext = {
        article: { id: 'art_q', title: null, published: '2021-03-02', source: 't', text }, region: null, credits: [],
        sentences: splitSentences(text), tokenizer: { tag: () => [] }, found: { entities: [], relations: [] },
      };
      return projectExtractor.extract(ctx).relations.filter((r) => r.type === 'STEP').map((r) => r.props);
    };
    expect(steps('我们整合了‘政企直通车’‘12345’等服务平台。')).toEqual([]);
    expect(steps('城北大桥改造工程预计6月底建成通车。')).toEqual([
      { stage: '通车', date: '2021-06-01', date_precision: 'month', planned: true },
    ]);
  });
});

// extra-dev failures (invented sentences, made-up projects)
describe('projects on unseen material', () => {
  it('keeps a name whose prefix ends in 升级 or 转型 (not the generic 级/型 of 省级, 新型)', () => {
    expect(names('实施“东岭米粉”小作坊提质升级行动。')).toEqual(['“东岭米粉”小作坊提质升级行动']);
    expect(names('其中，纺织产业数字化转型项目总投资3亿元。')).toEqual(['纺织产业数字化转型项目']);
    expect(names('一批省级项目落地。')).toEqual([]);
  });

  it('reads a campaign whose distinctive part is quoted (“清风某县”建设)', () => {
    expect(names('持续推进“清风岭南”建设。')).toEqual(['“清风岭南”建设']);
  });

  it('reads a verb that is part of a facility noun (储备库) and the second 和 of 和和美', () => {
    expect(names('听取了饲草料储备库项目建设情况的汇报。')).toEqual(['饲草料储备库项目']);
    expect(names('调研产业发展和和美乡村建设工作。')).toEqual(['和美乡村建设']);
  });
});

describe('project prefixes', () => {
  it('does not take a sentence with a post into a project name (副市长X宣布项目开工)', () => {
    expect(names('副市长孔立宣布项目开工。')).toEqual([]);
  });
});

describe('facility names', () => {
  it('keeps 新建 inside a facility name and 变 inside 变电站, but not a bare 新建项目', () => {
    expect(names('支持某街道220千伏变电站新建工程等电网项目。')).toEqual(['某街道220千伏变电站新建工程']);
    expect(names('一批新建项目开工。')).toEqual([]);
  });
});
