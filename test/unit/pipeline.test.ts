// The pipeline end to end on an invented article (made-up names), with the default registry and jieba.
import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaTokenizer } from '../../extractors/jieba-tokenizer.js';

// nodejieba loads its dictionary on first use (seconds on a busy machine): not part of any test's time
beforeAll(() => void jiebaTokenizer().tag('预热'), 120_000);
import { extractArticle } from '../../extractors/pipeline.js';
import { Extraction } from '../../model/graph.schema.js';
import { splitSentences } from '../../extractors/sentences.js';

const text = '本报讯（记者 黄山）5月9日上午，县长方明主持召开县政府第十二次常务会议。副县长陈立出席会议。\n方明强调，要抓好落实。';

describe('extractArticle', () => {
  it('returns a valid extraction with persons, roles, a meeting, attendance and a byline', () => {
    const x = extractArticle({ article: { id: 'a1', title: null, published: '2023-05-10', source: 't', text }, credits: [] });
    expect(() => Extraction.parse(x)).not.toThrow();
    const types = new Set(x.relations.map((r) => r.type));
    for (const t of ['HOLDS_ROLE', 'ATTENDED', 'WROTE']) expect(types.has(t as never), t).toBe(true);
    expect(x.article.hash).toMatch(/^[0-9a-f]{40}$/);
    const wrote = x.relations.find((r) => r.type === 'WROTE')!;
    expect(wrote.to).toBe('a1');
    for (const e of x.entities) for (const [s, t] of e.mentions) expect(s).toBeLessThan(t);
  });

  it('gives the same ids for the same person in another article of the same region', () => {
    const a = extractArticle({ article: { id: 'a1', title: null, published: null, source: 't', text }, credits: [] }, { region: '某县' });
    const b = extractArticle({ article: { id: 'a2', title: null, published: null, source: 'u', text: '县长方明调研。' }, credits: [] }, { region: '某县' });
    const id = (x: typeof a) => x.entities.find((e) => e.name === '方明')!.id;
    expect(id(a)).toBe(id(b));
  });

  it('splits sentences at enders and line breaks, keeping closing quotes', () => {
    expect(splitSentences('“好。”他说。\n第二句').map((s) => s.text)).toEqual(['“好。”', '他说。', '第二句']);
  });

  // extra-dev failure: a traditional-character article found nobody (titles and surnames are simplified data)
  it('extracts from traditional characters and reports names and evidence as printed', () => {
    const t = '本報訊（記者 蘇小雨）5月9日，縣委書記陳立新主持召開縣委常委會會議。副縣長鄭國華出席會議。';
    const x = extractArticle({ article: { id: 't1', title: null, published: '2023-05-10', source: 't', text: t }, credits: [] });
    expect(() => Extraction.parse(x)).not.toThrow();
    expect(x.article.text).toBe(t);
    const persons = x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
    expect(persons).toEqual(['蘇小雨', '鄭國華', '陳立新'].sort());
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name;
    const roles = x.relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => `${name(r.from)}:${name(r.to)}`);
    expect(roles).toContain('陳立新:縣委書記');
    expect(x.relations.find((r) => r.type === 'WROTE')?.props.as).toBe('记者');
    for (const r of x.relations) if (r.evidence.end > r.evidence.start) expect(r.evidence.text).toBe(t.slice(r.evidence.start, r.evidence.end));
  });
});
