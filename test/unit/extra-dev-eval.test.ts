// Regression guard for extraction quality on material the rules were not tuned on: the invented
// articles of test/fixtures/extra-dev (written for this project, see its README) are scored in-process
// with the eval code of `baoxun eval`, and each category must stay above a floor a little under the
// F1 reached when the floors were set. The fixtures' gold is checked to be consistent with their text,
// and the HTML and JSON inputs must read back to the gold text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';

// nodejieba loads its dictionary on first use (seconds on a busy machine): not part of any test's time
beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);
import { extractArticle } from '../../extractors/pipeline.js';
import { readInput } from '../../extractors/readers/index.js';
import { readGoldDir } from '../../server/eval/gold-reader.js';
import { articleUnits, pageUnit } from '../../server/eval/run-eval.js';
import { scoreUnits } from '../../server/eval/score.js';
import type { Category } from '../../server/eval/eval-types.js';
import type { GoldArticle } from '../../model/gold.schema.js';

const DIR = 'test/fixtures/extra-dev';
const PAGE_DIR = join(DIR, 'page');

/** F1 floors, set a little under the figures reached on 2026-11-27 (28 articles; see README.md, extraction quality). */
const ARTICLE_FLOORS: Partial<Record<Category, number>> = {
  persons: 0.97, person_roles: 0.97, places: 0.97, organizations: 0.97,
  projects: 0.96, meetings: 0.95, attendance: 0.96, bylines: 0.97,
};
const PAGE_FLOOR = 0.9;

function f1s(scores: ReturnType<typeof scoreUnits>): Record<string, number> {
  return Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, v.f1]));
}

describe('extra-dev fixtures', () => {
  it('have gold that is consistent with their text', () => {
    const pageGold = readGoldDir(PAGE_DIR);
    const page = readFileSync(join(PAGE_DIR, pageGold[0]!.source), 'utf8');
    const onPage = new Set(pageGold.map((g) => g.id));
    const all: GoldArticle[] = [...readGoldDir(DIR), ...pageGold];
    expect(all.length).toBeGreaterThanOrEqual(15);
    const missing: string[] = [];
    for (const g of all) {
      // on the page, credits are printed outside the article bodies (as on the sample page)
      const creditText = onPage.has(g.id) ? page : g.text;
      const strings = [
        ...g.persons.flatMap((p) => [p.name, ...p.roles, ...(p.organization ? [p.organization] : [])]),
        ...g.places, ...g.organizations, ...g.projects,
        ...g.meetings.flatMap((m) => [m.name, ...m.chair, ...m.attendees]),
      ];
      for (const s of strings) if (!g.text.includes(s)) missing.push(`${g.id}: ${s}`);
      for (const b of g.bylines) if (!new RegExp([...b.name].join('\\s*'), 'u').test(creditText)) missing.push(`${g.id}: byline ${b.name}`);
      for (const m of g.meetings) for (const p of [...m.chair, ...m.attendees]) {
        if (!g.persons.some((x) => x.name === p)) missing.push(`${g.id}: participant ${p} is no person`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('read back from their HTML and JSON inputs to the gold text', () => {
    const gold = new Map(readGoldDir(DIR).map((g) => [g.id, g]));
    const cases: Array<[string, string]> = [
      ['inputs/shiping-doufu.html', 'shiping-2025-04-doufu-xiaozuofang-zhengzhi'],
      ['inputs/anyang-xiaomai.json', 'anyang-2025-05-07-xiaomai-yipen-sanfang'],
    ];
    for (const [file, id] of cases) {
      const out = readInput(file, readFileSync(join(DIR, file)));
      expect(out.ok, file).toBe(true);
      if (!out.ok) continue;
      const g = gold.get(id)!;
      expect(out.articles[0]!.article.text).toBe(g.text);
      expect(out.articles[0]!.article.title).toBe(g.title);
      expect(out.articles[0]!.article.published).toBe(g.published);
    }
  });
});

describe('extraction quality on extra-dev (regression guard)', () => {
  it('stays above the F1 floors per category on the articles', () => {
    const units = articleUnits(readGoldDir(DIR), null, null);
    const got = f1s(scoreUnits(units));
    for (const [cat, floor] of Object.entries(ARTICLE_FLOORS)) expect(got[cat], cat).toBeGreaterThanOrEqual(floor);
  }, 120_000);

  it('stays above the floor on the multi-article page, split by the page splitter', () => {
    const gold = readGoldDir(PAGE_DIR);
    const source = gold[0]!.source;
    // read as `baoxun extract` and `ingest` read it: page credits tied to no article come with every article
    const read = readInput(source, readFileSync(join(PAGE_DIR, source)));
    if (!read.ok) throw new Error(read.error);
    expect(read.articles.length).toBe(gold.length);
    const preds = read.articles.map((a) => extractArticle(a));
    const got = f1s(scoreUnits([pageUnit(gold, preds)]));
    for (const [cat, f1] of Object.entries(got)) if (cat !== 'meeting_dates') expect(f1, cat).toBeGreaterThanOrEqual(PAGE_FLOOR);
  }, 60_000);
});
