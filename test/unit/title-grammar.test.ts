// Title grammar and name bounds; fixtures are invented phrases.
import { describe, expect, it } from 'vitest';
import { bodyPrefix, titleMatches, isGenericLabel } from '../../extractors/title-grammar.js';
import { nameAt } from '../../extractors/names.js';

const titles = (s: string) => [...titleMatches(s)].map((m) => bodyPrefix(s, m.index) + m.text);

describe('title grammar', () => {
  it('builds titles from body prefix + modifiers + core', () => {
    expect(titles('市经信局副局长')).toEqual(['市经信局副局长']);
    expect(titles('常务副县长')).toEqual(['常务副县长']);
    expect(titles('县人大常委会副主任')).toEqual(['县人大常委会副主任']);
  });
  it('drops a prefix that is not a body (企业副总经理 → 副总经理) and cuts at verbs', () => {
    expect(titles('企业副总经理')).toEqual(['副总经理']);
    expect(titles('受县委书记')).toEqual(['县委书记']);
  });
  // extra-dev failures (invented phrases): graded non-leading posts, party-group membership, profile verbs
  it('reads graded posts (二级巡视员, 三级调研员) and 党组成员 with their body', () => {
    expect(titles('二级巡视员')).toEqual(['二级巡视员']);
    expect(titles('县农业局党组成员、副局长、三级调研员')).toEqual(['县农业局党组成员', '副局长', '三级调研员']);
  });
  it('does not take 现任/拟任 into a body prefix', () => {
    expect(titles('现任某某镇党委副书记')).toEqual(['某某镇党委副书记']);
  });
  it('tells generic labels from posts', () => {
    expect(isGenericLabel('村民')).toBe(true);
    expect(isGenericLabel('区人大常委会领导')).toBe(true);
    expect(isGenericLabel('副县长')).toBe(false);
  });
});

describe('name bounds', () => {
  it('picks the reading followed by a boundary word', () => {
    expect(nameAt('李家明及县法院', 0)?.name).toBe('李家明');
    expect(nameAt('邹平及大会', 0)?.name).toBe('邹平');
    expect(nameAt('钱峰等陪同', 0)?.name).toBe('钱峰');
    expect(nameAt('许强一同参加', 0)?.name).toBe('许强');
    expect(nameAt('欧阳明华主持', 0)?.name).toBe('欧阳明华');
  });
  it('refuses a start that is not a surname', () => {
    expect(nameAt('县法院', 0)).toBeNull();
  });
});
