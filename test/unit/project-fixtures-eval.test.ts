// Regression guard for projects and their steps on the invented project articles of
// test/fixtures/projects/articles (see its README): gold is checked against its text and the stage
// vocabulary, and projects and steps (project, stage, date) must stay above F1 floors set a little
// under what the rules reached. The figures flatter: these texts were written by the same hand as
// the rules (README, "held out" for the first look at each batch).
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { STAGES } from '../../extractors/project-stages.js';
import { overlaySteps, readGoldDir } from '../../server/eval/gold-reader.js';
import { articleUnits } from '../../server/eval/run-eval.js';
import { scoreUnits } from '../../server/eval/score.js';

beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

const DIR = 'test/fixtures/projects/articles';
const FLOORS = { projects: 0.95, steps: 0.95 };

describe('project fixtures', () => {
  it('have gold consistent with their text and the stage vocabulary', () => {
    const bad: string[] = [];
    for (const g of readGoldDir(DIR)) {
      for (const p of g.projects) if (!g.text.includes(p)) bad.push(`${g.id}: project ${p} not in text`);
      for (const st of g.steps ?? []) {
        if (!(STAGES as readonly string[]).includes(st.stage)) bad.push(`${g.id}: stage ${st.stage}`);
        if (st.date !== null && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(st.date)) bad.push(`${g.id}: date ${st.date}`);
        if (!g.projects.some((p) => p.includes(st.project) || st.project.includes(p))) bad.push(`${g.id}: step of unknown project ${st.project}`);
      }
      if (!g.steps) bad.push(`${g.id}: no steps array`);
    }
    expect(bad).toEqual([]);
  });

  it('keep projects and steps above their F1 floors', () => {
    const s = scoreUnits(articleUnits(readGoldDir(DIR), null, null));
    expect(s.projects.f1).toBeGreaterThanOrEqual(FLOORS.projects);
    expect(s.steps.f1).toBeGreaterThanOrEqual(FLOORS.steps);
    expect(s.steps.gold).toBeGreaterThan(30);
  }, 120_000);

  it('can carry steps annotated apart from the gold files (eval --steps)', () => {
    const gold = readGoldDir(DIR).map((g) => ({ ...g, steps: undefined }));
    expect(() => overlaySteps(gold, 'test/fixtures/projects/no-such-file.json')).toThrow(/steps file not found/);
    expect(() => overlaySteps(gold, 'test/fixtures/projects/steps-unknown-id.json')).toThrow(/no gold article with id nowhere-1/);
  });
});
