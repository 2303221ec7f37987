import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseUrlState, serializeUrlState } from '../../client/lib/url-state.js';

describe('URL state', () => {
  it('round-trips focus, filters, expansions, query and view', () => {
    const s = {
      ...EMPTY_STATE, view: 'console' as const, start: 'org:1', focus: 'person:王晓明', hidden: ['Role', 'Article'], from: '2020-01-01',
      to: '2020-12-31', expanded: ['a,b', 'c'], query: 'MATCH (n) RETURN n', subject: null, lang: 'en' as const,
    };
    const back = parseUrlState(serializeUrlState(s));
    expect(back).toEqual({ ...s, hidden: ['Article', 'Role'] });
  });
  it('is empty for the default state and ignores bad values', () => {
    expect(serializeUrlState(EMPTY_STATE)).toBe('');
    expect(parseUrlState('?view=nope&from=2020-13&lang=fr')).toEqual(EMPTY_STATE);
  });
});

describe('date slider scale', () => {
  it('spans the drawn dates in days and converts both ways, clamped', async () => {
    const { dateScale, dateToStep, stepToDate } = await import('../../client/lib/date-slider.js');
    const s = dateScale([null, '2020-03-01', '2020-02-28', 'bad'])!;
    expect(s).toEqual({ min: '2020-02-28', max: '2020-03-01', steps: 2 });
    expect(stepToDate(s, 1)).toBe('2020-02-29');
    expect(stepToDate(s, 99)).toBe('2020-03-01');
    expect(dateToStep(s, '2019-01-01')).toBe(0);
    expect(dateToStep(s, '2020-03-01')).toBe(2);
    expect(dateScale([null])).toBeNull();
  });
});
