/**
 * People told apart across articles (pure): where a post sits, which seats exclude each
 * other over time, and how the index picks the person a mention is. Names, villages and
 * towns are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { excludes, placeOfPost, seatOfPost, type Seat } from '../../server/resolve/person-seats.js';
import { PersonIndex, type PersonMention } from '../../server/resolve/person-index.js';
import { normalizeRole } from '../../server/resolve/normalize-names.js';
import { chronological } from '../../server/resolve/resolve-batch.js';
import type { Extraction } from '../../model/graph.schema.js';

const R = '澄江市';
/** Seat of a post printed as `name` with the extractor's `scope`, through normalizeRole as the resolver does. */
const seat = (name: string, scope: string | null) => {
  const k = normalizeRole(name, R, scope);
  return seatOfPost(k.canonical, k.scope, R);
};

describe('where a post sits', () => {
  it('reads the village, the town and the bureau from the scope', () => {
    expect(seat('白鹭村党委书记', '白鹭村党委')).toEqual({ kind: 'village', unit: '白鹭村' });
    expect(seat('青桥镇白鹭村党委书记', '青桥镇白鹭村党委')).toEqual({ kind: 'village', unit: '白鹭村' });
    expect(seat('青桥镇党委书记', '青桥镇党委')).toEqual({ kind: 'town', unit: '青桥' });
    expect(seat('镇长', '青桥镇')).toEqual({ kind: 'town', unit: '青桥' });
    expect(seat('副局长', '市经信局')).toEqual({ kind: 'upper', unit: '澄江市经济和信息化局' });
    expect(seat('副市长', R)).toEqual({ kind: 'upper', unit: R });
    expect(seat('市委常委', '市委')).toEqual({ kind: 'upper', unit: R });
  });
  it('gives no seat when the unit is not printed, but keeps the level', () => {
    expect(seat('村主任', R)).toBeNull();
    expect(placeOfPost('村主任', R, R)).toEqual({ kind: 'village', unit: null });
    expect(placeOfPost('镇长', R, R)).toEqual({ kind: 'town', unit: null });
    expect(placeOfPost('副书记', '镇党委', R)).toEqual({ kind: 'town', unit: null });
    expect(placeOfPost('主任', '村委会', R)).toEqual({ kind: 'village', unit: null });
  });
  it('gives no seat to posts held from outside, or that are not posts of office', () => {
    expect(seat('白鹭村党委第一书记', '白鹭村党委')).toBeNull();
    expect(seat('人大代表', R)).toBeNull();
    expect(seat('农业农村局局长', '市农业农村局')?.kind).toBe('upper');
    expect(seat('局长', '市乡村振兴局')?.kind).toBe('upper');
    expect(seat('副局长', '市城乡建设局')?.kind).toBe('upper');
  });
});

describe('which seats exclude each other, and when', () => {
  const v = (unit: string): Seat => ({ kind: 'village', unit });
  const t = (unit: string): Seat => ({ kind: 'town', unit });
  const up: Seat = { kind: 'upper', unit: '澄江市经济和信息化局' };
  const span = (s: Seat, first: string, last = first) => ({ seat: s, first, last, undated: 0 });
  it('two villages, or a village and a city bureau, exclude each other within a year', () => {
    expect(excludes(span(v('白鹭村'), '2020-03-01'), v('石门村'), '2020-11-01')).toBe(true);
    expect(excludes(span(v('白鹭村'), '2020-03-01'), up, '2020-05-01')).toBe(true);
    expect(excludes(span(up, '2020-03-01'), v('白鹭村'), '2020-05-01')).toBe(true);
    expect(excludes(span(v('白鹭村'), '2016-03-01'), v('石门村'), '2020-05-01')).toBe(false);
    expect(excludes(span(v('白鹭村'), '2020-03-01'), v('白鹭村'), '2020-05-01')).toBe(false);
  });
  it('two towns exclude each other only when the tenures interleave', () => {
    // moved from 青桥 to 石湾: not seen in 青桥 again
    expect(excludes(span(t('青桥'), '2019-01-05', '2019-12-20'), t('石湾'), '2020-01-03')).toBe(false);
    // seen in 石湾 in the middle of the 青桥 tenure
    expect(excludes(span(t('青桥'), '2019-01-05', '2019-12-20'), t('石湾'), '2019-06-01')).toBe(true);
    // seen in 青桥 again after 石湾: the 青桥 tenure now spans the 石湾 one
    expect(excludes(span(t('石湾'), '2019-03-01'), t('青桥'), '2019-05-01', span(t('青桥'), '2019-01-01'))).toBe(true);
  });
  it('a town post and a city post never exclude each other (县委常委、镇党委书记)', () => {
    expect(excludes(span(t('青桥'), '2020-01-01'), { kind: 'upper', unit: R }, '2020-01-01')).toBe(false);
  });
});

describe('PersonIndex', () => {
  const m = (article: string, date: string | null, seats: Seat[], levels: PersonMention['levels'] = []): PersonMention =>
    ({ name: '张志军', article, date, seats, levels });
  const resolveAll = (idx: PersonIndex, ms: PersonMention[]) => ms.map((x) => {
    const id = idx.choose(x);
    idx.record(x, id);
    return id;
  });
  const villageA: Seat = { kind: 'village', unit: '白鹭村' };
  const bureau: Seat = { kind: 'upper', unit: '澄江市经济和信息化局' };

  it('keeps a village cadre and a bureau cadre of one name apart, and sends later mentions to the right one', () => {
    const ids = resolveAll(new PersonIndex(R), [
      m('a1', '2020-03-01', [villageA]),
      m('a2', '2020-04-01', [bureau]),
      m('a3', '2020-05-01', [villageA]),
      m('a4', '2020-06-01', [bureau]),
    ]);
    expect(ids[0]).toBe(new PersonIndex(R).baseId('张志军'));
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids).toEqual([ids[0], ids[1], ids[0], ids[1]]);
  });
  it('merges a promotion chain in one town and a mention with no post', () => {
    const town: Seat = { kind: 'town', unit: '青桥' };
    const ids = resolveAll(new PersonIndex(R), [
      m('b1', '2018-01-01', [town]),
      m('b2', '2019-06-01', [town, { kind: 'upper', unit: R }]),
      m('b3', '2020-01-01', []),
      m('b4', '2021-01-01', [{ kind: 'upper', unit: R }]),
    ]);
    expect(new Set(ids).size).toBe(1);
  });
  it('sends a mention whose post names no unit to the person at that level', () => {
    const idx = new PersonIndex(R);
    const [va, bu] = resolveAll(idx, [m('c1', '2020-03-01', [villageA]), m('c2', '2020-03-02', [bureau])]);
    expect(va).not.toBe(bu);
    expect(idx.choose(m('c3', '2020-03-05', [], ['village']))).toBe(va);
    expect(idx.choose(m('c4', '2020-03-05', [], []))).toBe(va); // the base id when nothing tells
  });
  it('gives the same ids whichever of two namesakes comes first, up to which keeps the base id', () => {
    const list = [m('d1', '2020-03-01', [villageA]), m('d2', '2020-04-01', [bureau]), m('d3', '2020-05-01', [villageA])];
    const fwd = resolveAll(new PersonIndex(R), list);
    const back = resolveAll(new PersonIndex(R), [...list].reverse()).reverse();
    expect(fwd[0]).toBe(fwd[2]);
    expect(back[0]).toBe(back[2]);
    expect(back[1]).not.toBe(back[0]);
  });
});

describe('a batch seen whole (PersonIndex.hint)', () => {
  const t = (unit: string): Seat => ({ kind: 'town', unit });
  const m = (article: string, date: string, s: Seat): PersonMention => ({ name: '周海林', article, date, seats: [s], levels: [] });
  const batch = [m('e1', '2020-01-10', t('梅林')), m('e2', '2020-02-10', t('桃源')), m('e3', '2020-03-10', t('梅林')), m('e4', '2020-04-10', t('桃源'))];
  const run = (hinted: boolean) => {
    const idx = new PersonIndex(R);
    if (hinted) for (const x of batch) idx.hint(x);
    return batch.map((x) => {
      const id = idx.choose(x);
      idx.record(x, id);
      return id;
    });
  };
  it('tells apart two town cadres of one name whose tenures interleave, from the first mention on', () => {
    const ids = run(true);
    expect(ids[0]).toBe(ids[2]);
    expect(ids[1]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[1]);
  });
  it('one mention at a time, the first two sightings would be merged (why the hint exists)', () => {
    const ids = run(false);
    expect(ids[0]).toBe(ids[1]);
  });
});

describe('the order a batch is resolved in', () => {
  const ex = (id: string, published: string | null): Extraction =>
    ({ article: { id, title: null, published, source: id, text: '', hash: id }, entities: [], relations: [] });
  it('is by date, then article id, undated last, whatever order the workers finished in', () => {
    const batch = [ex('k3', null), ex('k2', '2020-05-01'), ex('k9', '2020-01-01'), ex('k1', '2020-05-01')];
    expect(chronological(batch).map((i) => batch[i]!.article.id)).toEqual(['k9', 'k1', 'k2', 'k3']);
  });
});
