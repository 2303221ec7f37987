/**
 * Corrections made in the explorer (pure parts): a rename judgement gives an entity its name
 * on every later ingest (the printed name stays an alias), the last rename winning, after
 * merges; and a stored article read back for extraction keeps its id and credits.
 * Names are invented.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/graph.schema.js';
import { resolveExtraction, type Judgement } from '../../server/resolve/resolver.js';
import { rawOf } from '../../server/api/explorer/rederive.js';

const R = '澄江市';
function art(name: string): Extraction {
  return {
    article: { id: 'a1', title: null, published: '2022-01-02', source: 'a1.txt', text: `${name}出席。`, hash: 'h' },
    entities: [{ id: 'x_p', type: 'Person', name, props: {}, mentions: [[0, name.length]] }],
    relations: [],
  };
}
const person = (ex: Extraction) => ex.entities.find((e) => e.type === 'Person')!;

describe('rename judgements', () => {
  const id = person(resolveExtraction(art('邵建'), { region: R })).id;

  it('name the entity on later ingests; the printed name stays an alias', () => {
    const judgements: Judgement[] = [{ id: 'j1', kind: 'rename', target: id, into: id, name: '邵建华' }];
    const p = person(resolveExtraction(art('邵建'), { region: R, judgements }));
    expect(p.id).toBe(id);
    expect(p.name).toBe('邵建华');
    expect(p.props.aliases).toContain('邵建');
  });
  it('the last rename wins, and a rename follows a merge to the kept entity', () => {
    const other = person(resolveExtraction(art('邵建平'), { region: R })).id;
    const judgements: Judgement[] = [
      { id: 'j1', kind: 'rename', target: id, into: id, name: '邵建国' },
      { id: 'j2', kind: 'merge', target: other, into: id },
      { id: 'j3', kind: 'rename', target: id, into: id, name: '邵建华' },
    ];
    const p = person(resolveExtraction(art('邵建平'), { region: R, judgements }));
    expect(p).toMatchObject({ id, name: '邵建华' });
    expect(p.props.aliases).toContain('邵建平');
  });
  it('leave other entities alone', () => {
    const judgements: Judgement[] = [{ id: 'j1', kind: 'rename', target: 'per_other', into: 'per_other', name: '邵建华' }];
    expect(person(resolveExtraction(art('邵建'), { region: R, judgements })).name).toBe('邵建');
  });
});

describe('rawOf (a stored article read back for extraction)', () => {
  const stored = {
    id: 'a_1', title: '标题', published: '2022-01-02', source: 'p1.txt', region: R,
    text: '本报讯（记者 邵小红）县长邵建华出席。',
    credits: ['记者 邵小红', '通讯员 林大伟', '摄影 郑一'], pageNames: ['郑一'],
  };
  it('keeps the stored id, finds the credit in the body again and keeps those printed outside it', () => {
    const raw = rawOf(stored);
    expect(raw.article.id).toBe('a_1');
    expect(raw.credits.map((c) => c.text).sort()).toEqual(['摄影 郑一', '记者 邵小红', '通讯员 林大伟'].sort());
    expect(raw.credits.filter((c) => c.text === '记者 邵小红')).toHaveLength(1);
    expect(raw.credits.find((c) => c.text === '摄影 郑一')?.page).toBe(true);
    expect(raw.credits.find((c) => c.text === '通讯员 林大伟')?.page).toBeUndefined();
  });
});
