// Date resolution; fixtures are invented date phrases.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../extractors/dates.js';

describe('findDates', () => {
  it('reads month/day with PDF spacing and the part of day', () => {
    expect(findDates('本报讯 12月 25日上午，', '2020-12-28')).toEqual([{ start: 4, end: 13, date: '2020-12-25', partOfDay: 'morning' }]);
  });
  it('takes the previous year when the month lies after the issue month', () => {
    expect(findDates('12月30日', '2021-01-03')[0]!.date).toBe('2020-12-30');
  });
  it('resolves 昨日, 13日 and a printed year', () => {
    const d = findDates('昨日晚上，13日，2019年3月5日', '2020-06-20');
    expect(d.map((x) => [x.date, x.partOfDay])).toEqual([['2020-06-19', 'evening'], ['2020-06-13', null], ['2019-03-05', null]]);
  });
  it('uses a year printed elsewhere when there is no publication date, else null', () => {
    expect(findDates('今年是2020年。12月5日', null)[0]!.date).toBe('2020-12-05');
    expect(findDates('12月5日', null)[0]!.date).toBeNull();
  });
});
