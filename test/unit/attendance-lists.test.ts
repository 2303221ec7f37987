// Names in lists of participants that the person pass may miss, found by list grammar only (surname
// list, name length, list marks, a post or a known neighbour as anchor). Every snippet is invented.
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { listNames } from '../../extractors/attendance-lists.js';
import { splitSentences } from '../../extractors/sentences.js';

beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

/** Names found in the first sentence of `text`, given the names the person pass already knows. */
function names(text: string, known: string[], atMeeting = false): string[] {
  const spans = known.map((n) => [text.indexOf(n), text.indexOf(n) + n.length] as [number, number]);
  const s = splitSentences(text)[0]!;
  return listNames(text, s, spans, jiebaTokenizer(), atMeeting).map((n) => n.name);
}

describe('listNames', () => {
  it('reads the rest of a 、-list after a post when one member is known (副主任A、B、C出席会议)', () => {
    expect(names('区人大常委会副主任韩可心、宋千禾、钱百顺、陈万里出席会议。', ['韩可心'])).toEqual(['宋千禾', '钱百顺', '陈万里']);
  });
  it('reads a name whose surname is not in the list inside an anchored run (县领导A、B、C出席)', () => {
    expect(names('县领导段晓峰、秦世英、占立明、冯书凡，县政协秘书长郑秀兰出席会议。', ['段晓峰', '秦世英', '郑秀兰']))
      .toEqual(['占立明', '冯书凡']);
  });
  it('reads a name right after a post and before the verb (组织部长X主持)', () => {
    expect(names('会议由县委常委、组织部长钱百顺主持。', [])).toEqual(['钱百顺']);
  });
  it('reads a list of names closed by 等 + a group word at a meeting (会上，A、B、C等驻镇委员…)', () => {
    expect(names('会上，段晓峰、秦世英、冯书凡等驻镇委员分别发言。', [], true)).toEqual(['段晓峰', '秦世英', '冯书凡']);
  });
  it('reads the names that win a prize (的A获得一等奖, A、B获得二等奖)', () => {
    expect(names('经过角逐，县建工集团的秦世英获得一等奖，冯书凡、郑秀兰获得二等奖。', [], true)).toEqual(['秦世英', '冯书凡', '郑秀兰']);
  });
  it('finds nothing where nobody is said to take part, and takes no body or word for a name', () => {
    expect(names('韩可心、宋千禾、冯书凡三家企业签订了协议。', ['韩可心'])).toEqual([]);
    expect(names('县财政局、县教育局、全体人员参加会议。', [])).toEqual([]);
    expect(names('副县长韩可心、部分代表出席会议。', ['韩可心'])).toEqual([]);
  });
  it('does not read a lone pair without an anchor (A、B出席会议 with neither known)', () => {
    expect(names('秦世英、冯书凡出席会议。', [])).toEqual([]);
  });
});
