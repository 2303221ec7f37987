import { describe, expect, it } from 'vitest';
import { locate, toRuns } from '../../client/lib/article-marks.js';

// Written for this test: a made-up sentence in the style of a county paper.
const text = '县长王晓明主持会议。副县长李建国出席。';

describe('toRuns', () => {
  it('cuts the text at every mark boundary and keeps it whole', () => {
    const runs = toRuns(text, [{ start: 2, end: 5, key: 'p1' }, { start: 0, end: 10, key: '#evidence' }]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.text === '王晓明')?.keys.sort()).toEqual(['#evidence', 'p1']);
    expect(runs.find((r) => r.text === '县长')?.keys).toEqual(['#evidence']);
    expect(runs.at(-1)?.keys).toEqual([]);
  });
  it('ignores spans outside the text or empty', () => {
    expect(toRuns(text, [{ start: 5, end: 5, key: 'a' }, { start: 3, end: 99, key: 'b' }])).toEqual([{ text, start: 0, keys: [] }]);
  });
});

describe('locate', () => {
  it('trusts matching offsets, else finds the sentence', () => {
    expect(locate(text, '副县长李建国出席。', 10, 19)).toEqual([10, 19]);
    expect(locate(text, '副县长李建国出席。', 0, 9)).toEqual([10, 19]);
    expect(locate(text, '不在文中', null, null)).toBeNull();
  });
});
