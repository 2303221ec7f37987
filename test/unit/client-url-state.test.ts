import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseUrlState, serializeUrlState } from '../../client/lib/url-state.js';

describe('URL state', () => {
  it('round-trips focus, filters, expansions, query and view', () => {
    const s = {
      ...EMPTY_STATE, view: 'console' as const, focus: 'person:王晓明', hidden: ['Role', 'Article'], from: '2020-01-01',
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
