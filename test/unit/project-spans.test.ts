// Project names checked by exact span on invented sentences (made-up places and firms): the scorer
// matches names by containment, which hides names cut at either end.
import { describe, expect, it } from 'vitest';
import { projectExtractor, findProjects } from '../../extractors/project.extractor.js';
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

const entities = (text: string) => {
  const ctx: ExtractContext = {
    article: { id: 'art_s', title: null, published: '2025-04-16', source: 't', text }, region: null, credits: [],
    sentences: splitSentences(text), tokenizer: { tag: () => [] }, found: { entities: [], relations: [] },
  };
  return projectExtractor.extract(ctx).entities.map((e) => e.name);
};

describe('one project printed short and in full in one article', () => {
  it('takes an agenda item that drops a few middle characters for the full name', () => {
    const text = '会议研究河西街道老旧燃气管网改造、水产品加工园区建设等事项。会议通过了河西街道老旧燃气主管网改造工程实施方案。';
    expect(entities(text).sort()).toEqual(['水产品加工园区建设', '河西街道老旧燃气主管网改造工程']);
  });

  it('keeps two projects apart when the short one is not a short form of the other', () => {
    const text = '会议研究了河西街道燃气管道改造工程和河东街道燃气管道改造工程。';
    expect(entities(text).sort()).toEqual(['河东街道燃气管道改造工程', '河西街道燃气管道改造工程']);
  });
});

describe('project names cut at the right place', () => {
  it('keeps the place a name starts with, even when a stop character opens it (都 of 都某镇)', () => {
    expect(names('都江镇水族文化旅游小镇建设进展顺利。')).toEqual(['都江镇水族文化旅游小镇建设']);
  });

  it("keeps a county's short form a name starts with when its last character is a stop (某都…开发区)", () => {
    expect(names('三都水族自治县召开会议。三都经济开发区标准化厂房三期项目开工。')).toEqual(['三都经济开发区标准化厂房三期项目']);
  });

  it('keeps a clause-initial 和/都/于 that is the first character of the name (和平村…, 于都县…)', () => {
    expect(names('和平村光伏电站项目并网发电。')).toEqual(['和平村光伏电站项目']);
    expect(names('于都县生态农业产业园项目开工。')).toEqual(['于都县生态农业产业园项目']);
    expect(names('会议要求，各镇和美丽乡村建设办公室要配合。')).not.toContain('和美丽乡村建设');
  });

  it('leaves an announcing verb out of the name (宣布年产…项目开工)', () => {
    expect(names('县长李明宣布年产3万吨果蔬饮料项目开工。')).toEqual(['年产3万吨果蔬饮料项目']);
  });

  it('keeps a chain of work verbs before 工程 (提升改造工程) with the place it is for', () => {
    expect(names('梨花谷景区提升改造工程完工。')).toEqual(['梨花谷景区提升改造工程']);
  });
});

describe('generic nouns and verb phrases are no projects', () => {
  it('rejects names made only of generic words', () => {
    expect(names('今年全县重点建设项目38个，主体工程已完工。')).toEqual([]);
    expect(names('提升改造工程完工。')).toEqual([]);
    expect(names('一批在建续建项目加快推进。')).toEqual([]);
  });

  it('rejects a verb phrase ending in 项目 (逐一汇报项目, 切实解决项目)', () => {
    expect(names('会上，各单位负责同志逐一汇报项目进展情况。')).toEqual([]);
    expect(names('要切实解决项目推进中的难点问题。')).toEqual([]);
  });

  it('rejects work on a renovation of a kind (旧村改造建设) but keeps one of a named kind (老旧小区改造建设)', () => {
    expect(names('书记对基础设施、旧村改造建设等问题做了汇报。')).toEqual([]);
    expect(names('老旧小区改造建设有序推进。')).toEqual(['老旧小区改造建设']);
  });
});

describe('building a zone', () => {
  it('takes the building of a zone a place names for a project, not 示范区建设 in general', () => {
    expect(names('兰溪市国家农业绿色发展先行区建设有序推进。')).toEqual(['兰溪市国家农业绿色发展先行区建设']);
    expect(names('推进共同富裕示范区建设。')).toEqual([]);
  });
});
