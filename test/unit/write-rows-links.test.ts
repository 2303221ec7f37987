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
      { key: 'x_p>HOLDS_ROLE>x_r1', from: 'x_p', to: 'x_r1', type: 'HOLDS_ROLE', count: 4, first_seen: '2020-03-01', last_seen: '2021-01-01',
        first_precision: 'day', last_precision: 'day', first_article: 'a0', last_article: 'a1', articles: ['a0', 'a1', 'a2', 'a3'], roles: [] },
      { key: 'x_p>HOLDS_ROLE>x_r2', from: 'x_p', to: 'x_r2', type: 'HOLDS_ROLE', count: 1, first_seen: '2021-01-01', last_seen: '2021-01-01',
        first_precision: 'day', last_precision: 'day', first_article: 'a1', last_article: 'a1', articles: ['a1'], roles: [] },
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
    expect(rows.links[0]).toMatchObject({ first_seen: null, last_seen: null, first_precision: null, first_article: null, last_article: null, count: 1 });
  });

  it('carries the precision of the articles whose dates are first and last', () => {
    const month = art('c1', '2020-12-01');
    month.article.published_precision = 'month';
    month.article.published_inferred = true;
    const rows = buildRows([{ ex: month }, { ex: art('c2', '2021-02-03') }]);
    expect(rows.links[0]).toMatchObject({ first_seen: '2020-12-01', first_precision: 'month', last_seen: '2021-02-03', last_precision: 'day' });
    expect(rows.articles[0]!.props).toMatchObject({ published_precision: 'month', published_inferred: true });
    expect(rows.relations.get('HOLDS_ROLE')![0]!.props).toMatchObject({ first_seen: '2020-12-01', date_precision: 'month' });
  });

  it('one ATTENDED summary per person and meeting, with every way they took part', () => {
    const ev = { start: 0, end: 4, text: '张某主持并讲话' };
    const ex: Extraction = {
      article: { id: 'm1', title: null, published: '2021-05-06', source: 'm1.txt', text: '张某主持并讲话。' },
      entities: [
        { id: 'x_p', type: 'Person', name: '张某', props: {}, mentions: [[0, 2]] },
        { id: 'x_m', type: 'Meeting', name: '推进会', props: {}, mentions: [] },
      ],
      relations: [
        { type: 'ATTENDED', from: 'x_p', to: 'x_m', props: { as: 'speaker' }, evidence: ev },
        { type: 'ATTENDED', from: 'x_p', to: 'x_m', props: { as: 'chair' }, evidence: ev },
        { type: 'ATTENDED', from: 'x_p', to: 'x_m', props: { as: 'chair' }, evidence: ev },
      ],
    };
    const rows = buildRows([{ ex }]);
    expect(rows.links).toHaveLength(1);
    expect(rows.links[0]).toMatchObject({ key: 'x_p>ATTENDED>x_m', count: 3, roles: ['chair', 'speaker'] });
  });
});
