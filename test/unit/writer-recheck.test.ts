// writer.recheck (pure): what a write transaction writes once its articles are locked, when
// another process stored some of them after the batch was prepared (two ingests of overlapping
// folders, one article posted twice at once). Names invented.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/graph.schema.js';
import { recheck, type PreparedBatch } from '../../server/graph/writer.js';
import { buildRows } from '../../server/graph/write-rows.js';
import { emptyStats } from '../../server/graph/writer.js';

function item(id: string, hash: string) {
  const ex: Extraction = {
    article: { id, title: null, published: '2024-05-06', source: `${id}.txt`, text: `本报讯 ${id}。`, hash },
    entities: [{ id: 'p', type: 'Person', name: '林某', props: {}, mentions: [[0, 2]] }],
    relations: [],
  };
  return { ex };
}

const prepared = (...items: ReturnType<typeof item>[]): PreparedBatch => ({ stats: emptyStats(), todo: items, rows: buildRows(items) });

describe('recheck', () => {
  it('keeps the prepared rows when nothing was stored meanwhile', () => {
    const p = prepared(item('a1', 'h1'), item('a2', 'h2'));
    const r = recheck(p, new Map(), false);
    expect(r).toMatchObject({ replace: [], unchanged: 0 });
    expect(r.rows).toBe(p.rows);
  });

  it('drops an article another process stored with the same hash, and rebuilds the rows', () => {
    const p = prepared(item('a1', 'h1'), item('a2', 'h2'));
    const r = recheck(p, new Map([['a2', { hash: 'h2' }]]), false);
    expect(r.todo.map((it) => it.ex.article.id)).toEqual(['a1']);
    expect(r.unchanged).toBe(1);
    expect(r.rows?.articles.map((a) => a.id)).toEqual(['a1']);
  });

  it('replaces an article stored meanwhile with another text, and every stored one when forced', () => {
    const p = prepared(item('a1', 'h1'), item('a2', 'h2'));
    expect(recheck(p, new Map([['a1', { hash: 'old' }]]), false)).toMatchObject({ replace: ['a1'], unchanged: 0 });
    const forced = recheck(p, new Map([['a1', { hash: 'h1' }], ['a2', { hash: 'h2' }]]), true);
    expect(forced).toMatchObject({ replace: ['a1', 'a2'], unchanged: 0 });
    expect(forced.rows).toBe(p.rows);
  });

  it('leaves nothing to write when all were stored meanwhile', () => {
    const r = recheck(prepared(item('a1', 'h1')), new Map([['a1', { hash: 'h1' }]]), false);
    expect(r).toMatchObject({ todo: [], rows: null, unchanged: 1 });
  });
});
