// Scorer tests: fixtures are short invented gold records written for this test.
import { describe, expect, it } from 'vitest';
import { compareDocs, scoreUnits } from '../../server/eval/score.js';
import { goldToDoc } from '../../server/eval/to-eval-doc.js';
import type { EvalDoc } from '../../server/eval/eval-types.js';
import { normName } from '../../server/eval/normalize.js';
import { CATEGORIES } from '../../server/eval/eval-types.js';

const gold: EvalDoc = {
  persons: [{ name: '李明华', roles: ['县委书记'] }, { name: '欧阳青', roles: ['副县长', '县委常委'] }, { name: '张三丰', roles: [] }],
  places: ['临川县', '长三角地区'],
  organizations: ['县委', '临川县人民政府'],
  projects: ['红枫工程'],
  meetings: [{ name: '县委常委会会议', date: '2021-03-04', chair: ['李明华'], attendees: ['欧阳青'] }],
  bylines: [{ name: '周文', role: '记者' }, { name: '吴涛', role: null }],
  steps: [{ project: '红枫工程', stage: '开工', date: '2021-03' }],
};

describe('scorer', () => {
  it('scores gold against itself as 1.0 in every category', () => {
    const s = scoreUnits([{ pred: gold, gold }]);
    for (const c of CATEGORIES) expect(s[c].f1, c).toBe(1);
  });

  it('scores the real gold files against themselves as 1.0', async () => {
    const { readGoldDir } = await import('../../server/eval/gold-reader.js');
    const { existsSync } = await import('node:fs');
    const dir = '/work/shared/corpus/dev';
    if (!existsSync(dir)) return;
    const units = readGoldDir(dir).map((g) => ({ pred: goldToDoc(g), gold: goldToDoc(g) }));
    const s = scoreUnits(units);
    for (const c of CATEGORIES) expect(s[c].f1, c).toBe(1);
  });

  it('matches persons exactly but roles, places and meetings by containment', () => {
    const pred: EvalDoc = {
      ...gold,
      persons: [{ name: '李明', roles: [] }, { name: '欧阳青', roles: ['临川县副县长'] }],
      places: ['长三角'],
      meetings: [{ name: '常委会会议', date: '2021-03-04', chair: ['李明华'], attendees: [] }],
    };
    const r = compareDocs(pred, gold);
    expect(r.persons.counts.predMatched).toBe(1 + 2); // 欧阳青 + the two bylines
    expect(r.persons.misses.falsePositives).toEqual(['李明']);
    expect(r.person_roles.counts.goldFound).toBe(1);
    expect(r.places.counts.goldFound).toBe(1);
    expect(r.meetings.counts.predMatched).toBe(1);
    expect(r.attendance.counts).toEqual({ predMatched: 1, pred: 1, goldFound: 1, gold: 2 });
  });

  it('ignores a predicted place that only sits inside a gold organisation name', () => {
    const pred: EvalDoc = { ...gold, places: ['临川县', '长三角地区', '临川'] };
    const r = compareDocs({ ...pred, places: ['临川县', '长三角地区', '北京'] }, { ...gold, places: ['长三角地区'] });
    expect(r.places.counts.pred).toBe(2); // 临川县 ignored (inside 临川县人民政府), 北京 wrong
    expect(r.places.misses.falsePositives).toEqual(['北京']);
  });

  it('lets a gold byline with no role match any predicted role, but not the other way', () => {
    const pred: EvalDoc = { ...gold, bylines: [{ name: '周文', role: '摄影' }, { name: '吴涛', role: '通讯员' }] };
    const r = compareDocs(pred, gold);
    expect(r.bylines.counts.predMatched).toBe(1);
    expect(r.bylines.misses.falsePositives).toEqual(['周文|摄影']);
  });

  it('scores meeting dates as name and date together, an unknown date only against an unknown one', () => {
    const r = compareDocs({ ...gold, meetings: [{ name: '县委常委会会议', date: '2018-03-04', chair: [], attendees: [] }] }, gold);
    expect(r.meetings.counts.predMatched).toBe(1);
    expect(r.meeting_dates.counts).toEqual({ predMatched: 0, pred: 1, goldFound: 0, gold: 1 });
    const undated = { ...gold, meetings: [{ name: '座谈会', date: null, chair: [], attendees: [] }] };
    expect(compareDocs(undated, undated).meeting_dates.counts.predMatched).toBe(1);
    expect(compareDocs({ ...undated, meetings: [{ name: '座谈会', date: '2020-01-01', chair: [], attendees: [] }] }, undated)
      .meeting_dates.counts.predMatched).toBe(0);
  });

  it('scores steps by project, stage and date (a finer date refines a coarser gold date)', () => {
    const pred: EvalDoc = { ...gold, steps: [
      { project: '县红枫工程', stage: '开工', date: '2021-03-15' },
      { project: '红枫工程', stage: '竣工', date: null },
    ] };
    const r = compareDocs(pred, gold);
    expect(r.steps.counts).toEqual({ predMatched: 1, pred: 2, goldFound: 1, gold: 1 });
    expect(r.steps.misses.falsePositives).toEqual(['红枫工程|竣工|?']);
  });

  it('leaves out of the steps category a unit whose gold does not annotate steps', () => {
    const r = compareDocs({ ...gold, steps: [{ project: '红枫工程', stage: '开工', date: null }] }, { ...gold, steps: null });
    expect(r.steps.counts).toEqual({ predMatched: 0, pred: 0, goldFound: 0, gold: 0 });
  });

  it('normalises whitespace, full-width forms and surrounding quotes', () => {
    expect(normName('“红枫 工程”')).toBe('红枫工程');
    expect(normName('ＡＢ１')).toBe('AB1');
  });
});
