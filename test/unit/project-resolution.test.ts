// One project across articles (issue 13): names printed differently, phases, region prefixes,
// names two projects could be, and the merge/split judgements on top. Names invented.
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../model/graph.schema.js';
import { resolveExtraction, type Judgement } from '../../server/resolve/resolver.js';
import { ProjectIndex } from '../../server/resolve/project-index.js';
import { projectKey, storedProjectIndex } from '../../server/resolve/project-key.js';

const proj = (art: string, name: string): Extraction => ({
  article: { id: art, title: null, published: null, source: 's', text: name, hash: art },
  entities: [{ id: `x_${art}`, type: 'Project', name, props: { kind: 'construction' }, mentions: [[0, name.length]] }],
  relations: [],
});

function resolveAll(names: string[], region: string | null = '青禾县', judgements: Judgement[] = []) {
  const projects = new ProjectIndex();
  return names.map((n, i) => resolveExtraction(proj(`art${i}`, n), { region, projects, judgements }).entities[0]!);
}

describe('project keys', () => {
  it('drop the region, quotes, tails and the phase, and show the whole project', () => {
    expect(projectKey('青禾县滨河绿道建设项目', '青禾县').key).toBe(projectKey('“滨河绿道”工程', '青禾县').key);
    expect(projectKey('青禾滨河绿道项目', '青禾县').key).toBe('滨河绿道');
    expect(projectKey('储能电池产业园（二期）', null)).toEqual({ key: '储能电池产业园', phase: '二期', display: '储能电池产业园' });
  });
});

describe('one project across articles', () => {
  it('gives the signing, start and completion articles of one project one entity, however it is printed', () => {
    const ids = resolveAll(['青禾县储能电池产业园项目', '储能电池产业园', '储能电池产业园一期', '青禾储能电池产业园（二期）']).map((e) => e.id);
    expect(new Set(ids).size).toBe(1);
  });

  it('shows a phase under the whole project\'s name and keeps the printed name as an alias', () => {
    const [e] = resolveAll(['储能电池产业园一期项目']);
    expect(e!.name).toBe('储能电池产业园项目');
    expect(e!.props.aliases).toEqual(['储能电池产业园一期项目']);
  });

  it('does not depend on the order: a short name seen first joins one long name, not two', () => {
    const [short, east, west] = resolveAll(['智慧绿道项目', '东湖片区智慧绿道项目', '西湖片区智慧绿道项目']);
    expect(east!.id).toBe(short!.id);
    expect(west!.id).not.toBe(east!.id);
  });

  it('keeps projects of two regions apart and leaves short keys to exact matches', () => {
    const projects = new ProjectIndex();
    const a = resolveExtraction(proj('a1', '滨河绿道项目'), { region: '青禾县', projects }).entities[0]!;
    const b = resolveExtraction(proj('a2', '滨河绿道项目'), { region: '松岭县', projects }).entities[0]!;
    expect(a.id).not.toBe(b.id);
    const [x, y] = resolveAll(['东湖大桥工程', '大桥工程']);
    expect(y!.id).not.toBe(x!.id);
  });

  it('lets a split judgement take one article off the project and a merge join two, on every later ingest', () => {
    const [a] = resolveAll(['储能电池产业园项目']);
    const split: Judgement = { id: 'j1', kind: 'split', target: a!.id, articles: ['art1'], into: `${a!.id}~x` };
    const out = resolveAll(['储能电池产业园项目', '储能电池产业园一期'], '青禾县', [split]);
    expect(out.map((e) => e.id)).toEqual([a!.id, `${a!.id}~x`]);
    const [p, q] = resolveAll(['东湖大桥工程', '湖东跨江桥工程']);
    const merge: Judgement = { id: 'j2', kind: 'merge', target: q!.id, into: p!.id };
    expect(resolveAll(['东湖大桥工程', '湖东跨江桥工程'], '青禾县', [merge]).map((e) => e.id)).toEqual([p!.id, p!.id]);
  });

  it('reads the names stored in the graph with today\'s keys', () => {
    const stored = storedProjectIndex([{ key: '储能电池产业园一期项目', scope: '青禾县', id: 'prj_1' }]);
    expect(stored.lookup(projectKey('青禾县储能电池产业园', '青禾县').key, '青禾县')).toBe('prj_1');
  });
});
