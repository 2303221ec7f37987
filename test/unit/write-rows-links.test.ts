// The LINK rows a batch adds (server/graph/write-rows.ts): one per pair and fact type, with
// counts, first/last dates and their articles, and the smallest article ids; the same
// whatever the order of the articles. Names invented for the test.
import { describe, expect, it } from 'vitest';
import { buildRows, LINK_ARTICLES } from '../../server/graph/write-rows.js';
import type { Extraction } from '../../model/graph.schema.js';

function art(id: string, published: string | null, posts = ['x_r1']): Extraction {
  const ev = { start: 0, end: 4, text: '张某任职' };
  return {
    article: { id, title: null, published, source: `${id}.txt`, text: '张某任职。' },
    entities: [
      { id: 'x_p', type: 'Person', name: '张某', props: {}, mentions: [[0, 2]] },
      ...posts.map((r) => ({ id: r, type: 'Role' as const, name: `职务${r}`, props: {}, mentions: [] as Array<[number, number]> })),
    ],
    relations: posts.map((r) => ({ type: 'HOLDS_ROLE' as const, from: 'x_p', to: r, props: {}, evidence: ev, extractor: 't' })),
  };
}

describe('buildRows: LINK rows', () => {
  it('folds the facts of a batch into one row per pair, with dates and their articles', () => {
    const rows = buildRows([art('a3', '2020-03-01'), art('a1', '2021-01-01', ['x_r1', 'x_r2']), art('a2', null), art('a0', '2020-03-01')].map((ex) => ({ ex })));
    expect(rows.links).toEqual([
      { from: 'x_p', to: 'x_r1', type: 'HOLDS_ROLE', count: 4, first_seen: '2020-03-01', last_seen: '2021-01-01', first_article: 'a0', last_article: 'a1', articles: ['a0', 'a1', 'a2', 'a3'] },
      { from: 'x_p', to: 'x_r2', type: 'HOLDS_ROLE', count: 1, first_seen: '2021-01-01', last_seen: '2021-01-01', first_article: 'a1', last_article: 'a1', articles: ['a1'] },
    ]);
  });

  it('keeps the smallest article ids, up to the cap, whatever the order', () => {
    const ids = Array.from({ length: LINK_ARTICLES + 10 }, (_, i) => `a${String(i).padStart(3, '0')}`);
    const forward = buildRows(ids.map((id) => ({ ex: art(id, '2020-01-01') }))).links[0]!;
    const backward = buildRows([...ids].reverse().map((id) => ({ ex: art(id, '2020-01-01') }))).links[0]!;
    expect(forward).toEqual(backward);
    expect(forward.articles).toEqual(ids.slice(0, LINK_ARTICLES));
    expect(forward.count).toBe(ids.length);
  });

  it('undated facts give a row without dates', () => {
    const rows = buildRows([{ ex: art('b1', null) }]);
    expect(rows.links[0]).toMatchObject({ first_seen: null, last_seen: null, first_article: null, last_article: null, count: 1 });
  });
});
