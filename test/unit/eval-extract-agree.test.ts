// `baoxun eval` must score exactly what `baoxun extract` prints (issue 11): the bundled sample page is
// extracted through runExtract (the command's code) and through eval's page path, and both are scored
// against the page's gold. Before the fix eval added the page's unattributed credits as a pseudo-article
// that extract never printed (persons 0.96 and bylines 0.86 through extract, 1.00 through eval).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { runExtract } from '../../server/commands/extract.command.js';
import { Extraction } from '../../model/graph.schema.js';
import { readGoldDir } from '../../server/eval/gold-reader.js';
import { extractPageFile, pageUnit } from '../../server/eval/run-eval.js';
import { scoreUnits } from '../../server/eval/score.js';

beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

const PAGE = 'data/samples/000_691d5f5d717d77e3.txt';
// The shared corpus sits beside the checkout (../shared), in CI as on the dev machines.
const GOLD = resolve(import.meta.dirname, '../../../shared/corpus/gold');

async function extractOutput(path: string): Promise<Extraction[]> {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  await runExtract([path], { format: 'jsonl', region: '平湖市' }, out);
  return chunks.join('').split('\n').filter((l) => l).map((l) => Extraction.parse(JSON.parse(l)));
}

describe('eval and extract agree', () => {
  it('give the same extraction of the sample page, page credits included', async () => {
    const printed = await extractOutput(PAGE);
    const scored = extractPageFile(PAGE, PAGE, '平湖市');
    expect(printed.map((x) => x.article.id)).toEqual(scored.map((x) => x.article.id));
    expect(JSON.parse(JSON.stringify(scored))).toEqual(printed);
    // credits the layout ties to no article are WROTE of every article of the page, marked page: true
    const pageWrote = printed.flatMap((x) => x.relations.filter((r) => r.type === 'WROTE' && r.props.page === true));
    expect(pageWrote.length).toBeGreaterThan(0);
  }, 60_000);

  it('score persons and bylines 1.00 on the page through extract output', async () => {
    if (!existsSync(GOLD)) throw new Error(`gold directory ${GOLD} is missing; this test needs ../shared beside the repo`);
    const printed = await extractOutput(PAGE);
    const s = scoreUnits([pageUnit(readGoldDir(GOLD), printed)]);
    expect(s.persons.f1).toBe(1);
    expect(s.bylines.f1).toBe(1);
  }, 60_000);
});
