// The history of a project from its STEP facts (server/api/project-history.ts): one event per stage
// reported by several articles, in date order. Invented facts.
import { describe, expect, it } from 'vitest';
import { historySteps, type StepFact } from '../../server/api/project-history.js';

const fact = (stage: string, date: string | null, precision: StepFact['date_precision'], article: string, published: string, more: Partial<StepFact> = {}): StepFact => ({
  stage, date, date_precision: precision, amount_yuan: null, phase: null, planned: false, evidence: `${article}:${stage}`, start: 0, end: 5,
  article: { id: article, title: null, published }, people: [], organizations: [], ...more,
});

describe('project history', () => {
  it('orders events by date, undated ones by their article, ties by stage', () => {
    const steps = historySteps([
      fact('竣工', '2024-10-01', 'month', 'a3', '2024-12-27'),
      fact('签约', '2022-01-10', 'day', 'a1', '2022-01-11'),
      fact('施工', null, null, 'a2', '2023-06-01'),
      fact('开工', '2022-03-01', 'month', 'a2', '2023-06-01'),
      fact('验收', '2024-12-26', 'day', 'a3', '2024-12-27'),
    ]);
    expect(steps.map((s) => s.stage)).toEqual(['签约', '开工', '施工', '竣工', '验收']);
  });

  it('makes one event of a stage reported by two articles, with the most precise date and both sources', () => {
    const steps = historySteps([
      fact('开工', '2022-05-01', 'month', 'later', '2023-07-12', { amount_yuan: 35e8 }),
      fact('开工', '2022-05-20', 'day', 'start', '2022-05-21', { people: [{ id: 'per_1', type: 'Person', name: '邹某', as: '宣布开工' }] }),
      fact('开工', '2021-09-01', 'month', 'other', '2021-09-02', { phase: '二期' }),
    ]);
    expect(steps.map((s) => [s.stage, s.date, s.date_precision, s.phase, s.sources.map((x) => x.article.id)])).toEqual([
      ['开工', '2021-09-01', 'month', '二期', ['other']],
      ['开工', '2022-05-20', 'day', null, ['start', 'later']],
    ]);
    expect(steps[1]!.article.id).toBe('start');
    expect(steps[1]!.amount_yuan).toBe(35e8);
    expect(steps[1]!.people.map((p) => p.as)).toEqual(['宣布开工']);
  });

  it('gives an event the people of the articles that report it as news, not of those recalling it', () => {
    const someone = (id: string, as: string) => [{ id, type: 'Person', name: id, as }];
    const steps = historySteps([
      fact('签约', '2022-03-17', 'day', 'signing', '2022-03-18', { people: someone('a', '签约') }),
      fact('签约', '2022-03-01', 'month', 'start', '2022-09-29', { people: someone('b', '主持') }),
    ]);
    expect(steps[0]!.people.map((p) => p.id)).toEqual(['a']);
  });

  it('keeps a plan apart from the event and an undated report with the dated one', () => {
    const steps = historySteps([
      fact('竣工', '2024-06-01', 'month', 'a1', '2023-05-10', { planned: true }),
      fact('竣工', '2024-07-15', 'day', 'a2', '2024-07-16'),
      fact('竣工', null, null, 'a3', '2024-08-01'),
    ]);
    expect(steps.map((s) => [s.date, s.planned, s.sources.length])).toEqual([['2024-06-01', true, 1], ['2024-07-15', false, 2]]);
    // the plan stands where it was reported: before an event of 2023-06
    const withEvent = historySteps([fact('竣工', '2024-06-01', 'month', 'a1', '2023-05-10', { planned: true }), fact('封顶', '2023-06-15', 'day', 'a0', '2023-06-16')]);
    expect(withEvent.map((s) => s.stage)).toEqual(['竣工', '封顶']);
  });
});
