import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';
import { benchExtract } from '../../bench/extract.bench.js';
import { registry } from '../../extractors/registry.js';
import type { RawArticle } from '../../extractors/types.js';

// Written for this test (invented names and places).
const text = '3月2日上午，县委书记王明远主持召开全县春耕工作推进会，副县长李红梅、赵立新出席。会议要求各镇抓好农田水利建设项目。';
const inputs: RawArticle[] = [0, 1, 2].map((i) => ({
  article: { id: `t${i}`, title: null, published: '2021-03-02', source: 'test', text: text.repeat(i + 1) },
  credits: [],
}));

// nodejieba loads its dictionary on first use (seconds on a busy machine): not part of the test's time
beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);

describe('bench extract', () => {
  it('times both sides over the given rounds and reports consistent ratios', () => {
    const r = benchExtract(inputs, 3, null, 1);
    expect(r).toMatchObject({ articles: 3, rounds: 3, warmup: 1, chars: text.length * 6 });
    expect(r.extract_ms).toBeGreaterThan(0);
    expect(r.tag_ms).toBeGreaterThan(0);
    // the totals ratio is what the two totals say; per-round figures bracket it
    expect(r.ratio_total).toBeCloseTo(r.tag_ms / r.extract_ms, 1);
    expect(r.ratio_min).toBeLessThanOrEqual(r.ratio_median);
    expect(r.ratio).toBeGreaterThan(0);
    expect(Object.keys(r.per_extractor_ms).sort()).toEqual(registry.map((e) => e.id).sort());
  });
});
