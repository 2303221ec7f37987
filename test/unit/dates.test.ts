// Date resolution; fixtures are invented date phrases.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../extractors/dates.js';
import { contextYear } from '../../extractors/years.js';

describe('findDates', () => {
  it('reads month/day with PDF spacing and the part of day', () => {
    expect(findDates('本报讯 12月 25日上午，', '2020-12-28')).toEqual([{
      start: 4, end: 13, date: '2020-12-25', precision: 'day', partOfDay: 'morning', monthDay: '12-25', printedYear: null,
      range: false, vague: false, bound: false,
    }]);
  });
  it('takes the previous year when the month lies after the issue month', () => {
    expect(findDates('12月30日', '2021-01-03')[0]!.date).toBe('2020-12-30');
  });
  it('resolves 昨日, 13日 and a printed year', () => {
    const d = findDates('昨日晚上，13日，2019年3月5日', '2020-06-20');
    expect(d.map((x) => [x.date, x.partOfDay])).toEqual([['2020-06-19', 'evening'], ['2020-06-13', null], ['2019-03-05', null]]);
  });
  it('uses a year the text ties to its own time when there is no publication date, else null with the month and day kept', () => {
    expect(findDates('今年是2020年。12月5日', null)[0]!.date).toBe('2020-12-05');
    expect(findDates('12月5日', null)[0]).toMatchObject({ date: null, monthDay: '12-05' });
  });
  it('never takes a year from a starting point or a target', () => {
    // the sample page's 红色嘉园 article: `自2018年开始` says nothing about the meeting's year
    expect(findDates('12月25日上午，我县召开推进会。我县自2018年开始探索这项工作。', null)[0]).toMatchObject({ date: null, monthDay: '12-25' });
    expect(findDates('3月2日，县里部署到2025年的目标。', null)[0]!.date).toBeNull();
  });
  it('resolves 今天上午 and a bare 下午 against the printed issue date, 本月 to the month', () => {
    const d = findDates('今天上午，县里召开会议。下午，代表们分组讨论。本月，全县将开展检查。', '2021-03-09');
    expect(d.map((x) => [x.date, x.partOfDay, x.precision])).toEqual([
      ['2021-03-09', 'morning', 'day'], ['2021-03-09', 'afternoon', 'day'], ['2021-03-01', null, 'month'],
    ]);
  });
  it('gives a bare 下午 the day last named, not the issue date', () => {
    const d = findDates('21日上午，调研组来到东坪村。下午，调研组召开座谈会。', '2021-05-25');
    expect(d.map((x) => x.date)).toEqual(['2021-05-21', '2021-05-21']);
  });
  it('does not resolve relative words against a date inferred from the page', () => {
    expect(findDates('昨天下午，县里召开会议。', { published: '2020-12-26', exact: false })[0]!.date).toBeNull();
    expect(findDates('12月25日，县里召开会议。', { published: '2020-12-26', exact: false })[0]!.date).toBe('2020-12-25');
  });
  it('flags 近日, spans of days and deadlines', () => {
    const d = findDates('近日，县里召开会议。5月20日至22日，调研组到县里调研。截至10月31日，已完成八成；11月1日起施行。', '2021-11-02');
    expect(d.map((x) => [x.vague, x.range, x.bound])).toEqual([
      [true, false, false], [false, true, false], [false, true, false], [false, false, true], [false, false, true],
    ]);
    expect(d[0]!.date).toBeNull();
  });
  it('does not take `日前往` for a deadline', () => {
    expect(findDates('5月3日前往村里调研。', '2021-05-04')[0]!.bound).toBe(false);
  });
});

describe('contextYear', () => {
  it('counts full dates, 今年是…, and years naming this year\'s event or plan', () => {
    expect(contextYear('2021年3月5日上午，县里召开会议。')).toBe(2021);
    expect(contextYear('该项目于2016年5月12日开工。')).toBeNull();
    expect(contextYear('今年是2019年，也是脱贫攻坚关键之年。')).toBe(2019);
    expect(contextYear('会议传达了全市2018年商务工作会议精神。')).toBe(2018);
    expect(contextYear('会议审议了关于调整2016年国民经济和社会发展计划的报告。')).toBe(2016);
  });
  it('takes the latest year that counts', () => {
    expect(contextYear('审议了2015年度决算报告和调整2016年发展计划的报告，召开2016年全县工作会议。')).toBe(2016);
  });
  it('ignores starting points, targets, review years and bare years', () => {
    expect(contextYear('我县自2018年开始探索，2019年以来成效明显。')).toBeNull();
    expect(contextYear('力争到2025年建成，2020年底前完成。')).toBeNull();
    expect(contextYear('表彰了2019年度先进集体。')).toBeNull();
    expect(contextYear('该村2017年被评为示范村。')).toBeNull();
  });
});
