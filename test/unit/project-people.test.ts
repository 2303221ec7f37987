// Project names printed several ways, phases, and the people and bodies of a project (issue 13).
// Every text was written for this test (invented people, firms and works).
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { extractArticle } from '../../extractors/pipeline.js';
import { projectParts, wholeName } from '../../extractors/project-names.js';

beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

function extract(text: string, published = '2024-05-10') {
  const x = extractArticle({ article: { id: 'a', title: null, published, source: 't', text }, credits: [] });
  const name = new Map(x.entities.map((e) => [e.id, e.name]));
  const rel = (type: string) => x.relations.filter((r) => r.type === type).map((r) => `${name.get(r.from)}|${String(r.props.as ?? r.props.stage)}|${name.get(r.to) ?? 'article'}`).sort();
  return { projects: x.entities.filter((e) => e.type === 'Project'), rel, steps: x.relations.filter((r) => r.type === 'STEP') };
}

describe('one project printed several ways', () => {
  it('finds the core and the phase of a name', () => {
    expect(projectParts('“滨河绿道”建设项目')).toEqual({ core: '滨河绿道', phase: null });
    expect(projectParts('青禾产业园（二期）')).toEqual({ core: '青禾产业园', phase: '二期' });
    expect(projectParts('青禾产业园二期工程')).toEqual({ core: '青禾产业园', phase: '二期' });
    expect(projectParts('2023年青禾产业园一期项目')).toEqual({ core: '青禾产业园', phase: '一期' });
    expect(wholeName('青禾产业园二期项目')).toBe('青禾产业园项目');
    expect(wholeName('青禾产业园（一期）')).toBe('青禾产业园');
    expect(wholeName('第二期')).toBe('第二期');
  });

  it('gives one entity to the names of one project in an article, with the others as aliases', () => {
    const { projects, steps } = extract('5月9日，青禾经开区储能电池产业园项目开工。储能电池产业园由青禾锂能公司投资建设，其中一期项目今年底建成。');
    expect(projects.map((p) => [p.name, p.props.aliases])).toEqual([['青禾经开区储能电池产业园项目', ['储能电池产业园']]]);
    expect(steps.map((s) => [s.props.stage, s.props.planned ?? false])).toEqual([['开工', false], ['竣工', true]]);
  });

  it('keeps apart two projects a short name could be (东湖片区X, 西湖片区X)', () => {
    const { projects } = extract('东湖片区智慧绿道项目和西湖片区智慧绿道项目同时开工，智慧绿道项目总长12公里。');
    expect(projects.map((p) => p.name).sort()).toEqual(['东湖片区智慧绿道项目', '智慧绿道项目', '西湖片区智慧绿道项目'].sort());
  });

  it('says which phase a step is of', () => {
    const { steps } = extract('5月9日，青禾产业园二期项目开工。');
    expect(steps.map((s) => [s.props.stage, s.props.phase])).toEqual([['开工', '二期']]);
  });
});

describe('people and bodies of a project', () => {
  it('links who announced, presided, spoke and attended to the project', () => {
    const { rel } = extract('5月9日，青禾县冷链物流园项目开工仪式举行。县委书记贺知远宣布项目开工，县长卢明川致辞，副县长宋依然主持仪式。');
    expect(rel('INVOLVED_IN')).toEqual(['卢明川|致辞|青禾县冷链物流园项目', '宋依然|主持|青禾县冷链物流园项目', '贺知远|宣布开工|青禾县冷链物流园项目']);
  });

  it('links the investor and the builder (由X投资建设, 由Y承建) as RUN_BY with what they do', () => {
    const { rel } = extract('青禾县冷链物流园项目由青禾鲜达物流有限公司投资建设，由青禾建工集团有限公司承建。');
    expect(rel('RUN_BY').filter((r) => r.includes('|投资|') || r.includes('|承建|'))).toEqual([
      '青禾县冷链物流园项目|承建|青禾建工集团有限公司', '青禾县冷链物流园项目|投资|青禾鲜达物流有限公司',
    ]);
  });

  it('links no one in a sentence that speaks of no project', () => {
    const { rel } = extract('青禾县冷链物流园项目开工。另讯，县长卢明川主持召开常务会议。青禾湖湿地公园、青禾新城综合体等项目也在推进。');
    expect(rel('INVOLVED_IN')).toEqual([]);
  });
});
