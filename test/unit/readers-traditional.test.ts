import { describe, expect, it } from 'vitest';
import { hasTraditional, toSimplifiedForMatching } from '../../extractors/traditional.js';

// Invented sentences written for this test.
describe('traditional characters, for matching only', () => {
  it('converts character by character, keeping length and positions', () => {
    const trad = '本報訊 近日，青溪鎮召開冬季消防安全會議。副鎮長韓立新出席會議並講話。';
    const simp = toSimplifiedForMatching(trad);
    expect(simp).toBe('本报讯 近日，青溪镇召开冬季消防安全会议。副镇长韩立新出席会议并讲话。');
    expect(simp.length).toBe(trad.length);
    expect(trad.slice(simp.indexOf('韩立新'), simp.indexOf('韩立新') + 3)).toBe('韓立新');
  });

  it('leaves simplified text alone', () => {
    expect(hasTraditional('副镇长韩立新出席会议')).toBe(false);
    expect(hasTraditional('副鎮長韓立新出席會議')).toBe(true);
  });
});
