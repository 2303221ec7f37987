// Pure helpers of the project history view (client/lib/project-history.ts).
import { describe, expect, it } from 'vitest';
import { stageLabel, stepDate, yuan } from '../../client/lib/project-history.js';

describe('project history view helpers', () => {
  it('shows a date as far as its precision goes', () => {
    expect(stepDate('2022-03-17', 'day', 'zh')).toBe('2022年3月17日');
    expect(stepDate('2023-11-01', 'month', 'zh')).toBe('2023年11月');
    expect(stepDate('2017-01-01', 'year', 'zh')).toBe('2017年');
    expect(stepDate('2023-11-01', 'month', 'en')).toBe('2023-11');
    expect(stepDate(null, null, 'zh')).toBe('?');
  });

  it('shows amounts in 亿元 and 万元', () => {
    expect(yuan(2_500_000_000, 'zh')).toBe('25亿元');
    expect(yuan(760_000_000, 'zh')).toBe('7.6亿元');
    expect(yuan(30_000_000, 'zh')).toBe('3000万元');
    expect(yuan(2_500_000_000, 'en')).toBe('CNY 2.5 bn');
  });

  it('keeps the stage in Chinese and translates it in English', () => {
    expect(stageLabel('封顶', 'zh')).toBe('封顶');
    expect(stageLabel('封顶', 'en')).toBe('topping out');
  });
});
