/**
 * Person resolution inside resolveExtraction (pure): posts read from the extraction's Role
 * entities, and judgements made by hand winning over the rule. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/graph.schema.js';
import { PersonIndex } from '../../server/resolve/person-index.js';
import { resolveExtraction, type Judgement } from '../../server/resolve/resolver.js';

const R = '澄江市';
/** One article naming 邵建华 with one post printed as `post`, of the body `scope` (as the extractor gives it). */
function art(id: string, date: string, post: string, scope: string): Extraction {
  return {
    article: { id, title: null, published: date, source: `${id}.txt`, text: `${post}邵建华出席。`, hash: id },
    entities: [
      { id: 'x_p', type: 'Person', name: '邵建华', props: {}, mentions: [[post.length, post.length + 3]] },
      { id: 'x_r', type: 'Role', name: post, props: { canonical: post, scope }, mentions: [[0, post.length]] },
    ],
    relations: [{ type: 'HOLDS_ROLE', from: 'x_p', to: 'x_r', props: {}, evidence: { start: 0, end: 8, text: 't' } }],
  };
}
const personOf = (ex: Extraction) => ex.entities.find((e) => e.type === 'Person')!.id;

describe('resolveExtraction with a PersonIndex', () => {
  const village = () => art('a1', '2021-03-02', '石门村党委书记', '石门村党委');
  const bureau = () => art('a2', '2021-04-12', '市经信局副局长', '市经信局');

  it('gives the village secretary and the bureau’s deputy head of one name two ids', () => {
    const persons = new PersonIndex(R);
    const a = personOf(resolveExtraction(village(), { region: R, persons }));
    const b = personOf(resolveExtraction(bureau(), { region: R, persons }));
    expect(a).toBe(persons.baseId('邵建华'));
    expect(b).not.toBe(a);
    // the relation follows the person
    const r = resolveExtraction(art('a3', '2021-05-20', '市经信局副局长', '市经信局'), { region: R, persons });
    expect(personOf(r)).toBe(b);
    expect(r.relations[0]!.from).toBe(b);
  });
  it('without an index, a name in a region stays one person (as before)', () => {
    expect(personOf(resolveExtraction(village(), { region: R }))).toBe(personOf(resolveExtraction(bureau(), { region: R })));
  });
  it('a merge made by hand wins over the rule', () => {
    const first = new PersonIndex(R);
    const a = personOf(resolveExtraction(village(), { region: R, persons: first }));
    const b = personOf(resolveExtraction(bureau(), { region: R, persons: first }));
    const judgements: Judgement[] = [{ id: 'j1', kind: 'merge', target: b, into: a }];
    const again = new PersonIndex(R);
    expect(personOf(resolveExtraction(village(), { region: R, persons: again, judgements }))).toBe(a);
    expect(personOf(resolveExtraction(bureau(), { region: R, persons: again, judgements }))).toBe(a);
  });
  it('a split made by hand wins over the rule for the articles it names; the split-off person then attracts its own seat', () => {
    const base = new PersonIndex(R).baseId('邵建华');
    const judgements: Judgement[] = [{ id: 'j2', kind: 'split', target: base, articles: ['a1'], into: `${base}~x` }];
    const persons = new PersonIndex(R);
    expect(personOf(resolveExtraction(village(), { region: R, persons, judgements }))).toBe(`${base}~x`);
    // later articles are resolved by the rule: the same village's secretary is the split-off person
    expect(personOf(resolveExtraction(art('a9', '2021-03-03', '石门村党委书记', '石门村党委'), { region: R, persons, judgements }))).toBe(`${base}~x`);
    expect(personOf(resolveExtraction(art('a8', '2021-03-04', '副市长', R), { region: R, persons, judgements }))).toBe(base);
  });
});

describe('a person who holds two excluding seats on purpose', () => {
  it('keeps getting the mentions of both (after a merge made by hand, the graph shows both seats on one person)', () => {
    const persons = new PersonIndex(R);
    const id = persons.baseId('邵建华');
    persons.recordSpan('邵建华', id, { seat: { kind: 'village', unit: '石门村' }, first: '2021-03-02', last: '2021-05-20', undated: 0 });
    persons.recordSpan('邵建华', id, { seat: { kind: 'upper', unit: '澄江市经济和信息化局' }, first: '2021-04-12', last: '2021-06-08', undated: 0 });
    expect(personOf(resolveExtraction(art('a5', '2021-07-01', '石门村党委书记', '石门村党委'), { region: R, persons }))).toBe(id);
    expect(personOf(resolveExtraction(art('a6', '2021-07-02', '市经信局副局长', '市经信局'), { region: R, persons }))).toBe(id);
    // a third seat that excludes them is still someone else
    expect(personOf(resolveExtraction(art('a7', '2021-07-03', '白沙村党委书记', '白沙村党委'), { region: R, persons }))).not.toBe(id);
  });
});
