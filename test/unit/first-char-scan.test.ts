// The faster scans give exactly what the plain ones gave (bench extract's ratio depends on them).
import { describe, expect, it } from 'vitest';
import { firstCharScanner } from '../../extractors/first-char-scan.js';
import { TITLE_RE, titleMatches } from '../../extractors/title-grammar.js';
import { hasPairHead, pairKey, shortTable } from '../../extractors/gazetteer.js';

const TEXT = '青溪县委副书记、代县长林晓帆，县人大常委会副主任韩可心，原县委常委、组织部长宋千禾，村民代表和种植户出席。常委会召开。';

describe('firstCharScanner', () => {
  it('finds the matches matchAll finds, in order, for a word alternation', () => {
    const words = ['委员会', '委员', '主任', '副主任', '书记', '记'];
    const re = new RegExp(words.join('|'), 'g');
    const scan = firstCharScanner(re.source, re.flags, words);
    const text = '副主任委员会书记记者主任委员';
    expect(scan.all(text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(re)].map((m) => [m.index, m[0]]));
  });

  it('gives the titles TITLE_RE gives (titleMatches uses it)', () => {
    const plain = [...TEXT.matchAll(TITLE_RE)].filter((m) => !'会团处'.includes(TEXT[m.index + m[0].length] ?? '')).map((m) => [m.index, m[0]]);
    expect(titleMatches(TEXT).map((m) => [m.index, m.text])).toEqual(plain);
    expect(plain.length).toBeGreaterThan(5);
  });
});

describe('the short-form pair filter', () => {
  it('lets every pair that starts a short form through', () => {
    const t = shortTable(null);
    let n = 0;
    for (const k of t.heads.keys()) {
      expect(hasPairHead(t, k)).toBe(true);
      if (++n > 5000) break;
    }
    expect(hasPairHead(t, pairKey('平湖', 0))).toBe(true);
  });

  it('stops most pairs of ordinary text', () => {
    const t = shortTable(null);
    const text = '会议要求各单位认真学习贯彻会议精神切实抓好各项工作的落实确保取得实效';
    let passed = 0;
    for (let i = 0; i + 1 < text.length; i++) if (hasPairHead(t, pairKey(text, i)) && !t.heads.has(pairKey(text, i))) passed++;
    expect(passed).toBeLessThan(4);
  });
});
