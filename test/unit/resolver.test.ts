/**
 * Entity resolution across articles (pure): post, organisation, place and project names,
 * same-name people kept apart in one article, and judgements. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { normalizeOrgName, normalizeRole, placeKey, projectKey } from '../../server/resolve/normalize-names.js';
import { judgedId, resolveExtraction, type Judgement } from '../../server/resolve/resolver.js';
import type { Extraction } from '../../model/graph.schema.js';

describe('normalizeRole', () => {
  it('reads 组织部长 as 市委组织部部长 of the region', () => {
    const short = normalizeRole('组织部长', '平湖市');
    const full = normalizeRole('市委组织部部长', '平湖市');
    expect(full).toEqual({ canonical: '组织部部长', kind_of: null, scope: '平湖市' });
    expect(short.canonical).toBe(full.canonical);
  });
  it('makes 常务副市长 a kind of 副市长, scoped to the city', () => {
    expect(normalizeRole('常务副市长', '平湖市')).toEqual({ canonical: '常务副市长', kind_of: '副市长', scope: '平湖市' });
    expect(normalizeRole('副市长', '平湖市').scope).toBe('平湖市');
  });
  it('scopes 市委常委 to the city, but not a town post', () => {
    expect(normalizeRole('市委常委', '平湖市').scope).toBe('平湖市');
    expect(normalizeRole('镇党委书记', '平湖市').scope).toBeNull();
  });
});

describe('names of organisations, places, projects', () => {
  it('expands 市经信局 to the region’s full bureau name', () => {
    expect(normalizeOrgName('市经信局', '平湖市')).toBe('平湖市经济和信息化局');
    expect(normalizeOrgName('平湖市经济和信息化局', '平湖市')).toBe('平湖市经济和信息化局');
  });
  it('gives 林埭 and 林埭镇 one key, and keeps towns of other regions apart', () => {
    expect(placeKey('林埭', '平湖市')).toBe(placeKey('林埭镇', '平湖市'));
    expect(placeKey('林埭镇', '平湖市')).not.toBe(placeKey('林埭镇', '海盐县'));
    expect(placeKey('平湖市', null)).toBe('平湖市');
  });
  it('keys a project the same in full and short', () => {
    expect(projectKey('平湖市滨河绿道建设项目', '平湖市')).toBe(projectKey('“滨河绿道”工程', '平湖市'));
  });
});

const ex = (persons: Array<[string, string]>): Extraction => ({
  article: { id: 'art1', title: null, published: '2020-01-01', source: 's', text: 'x'.repeat(40), hash: 'h' },
  entities: persons.map(([id, name], i) => ({ id, type: 'Person' as const, name, props: {}, mentions: [[i, i + 2] as [number, number]] })),
  relations: [],
});

describe('resolveExtraction', () => {
  it('gives the same person the same id in two articles', () => {
    const a = resolveExtraction(ex([['x1', '张明']]), { region: '平湖市' });
    const b = resolveExtraction({ ...ex([['other', '张明']]), article: { ...ex([]).article, id: 'art2' } }, { region: '平湖市' });
    expect(a.entities[0]!.id).toBe(b.entities[0]!.id);
  });
  it('keeps two people of one name apart when the article itself tells them apart', () => {
    const r = resolveExtraction(ex([['p_a', '王伟'], ['p_b', '王伟']]), { region: '平湖市' });
    expect(r.entities.map((e) => e.id)).toEqual(['p_a', 'p_b']);
  });
  it('collapses 林埭 and 林埭镇 in one article into one place with both names', () => {
    const e: Extraction = {
      ...ex([]),
      entities: [
        { id: 'a', type: 'Place', name: '林埭', props: {}, mentions: [[0, 2]] },
        { id: 'b', type: 'Place', name: '林埭镇', props: {}, mentions: [[5, 8]] },
      ],
      relations: [{ type: 'PART_OF', from: 'a', to: 'b', props: {}, evidence: { start: 0, end: 8, text: 't' } }],
    };
    const r = resolveExtraction(e, { region: '平湖市' });
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]!.name).toBe('林埭镇');
    expect(r.entities[0]!.props.aliases).toEqual(['林埭']);
    expect(r.entities[0]!.mentions).toEqual([[0, 2], [5, 8]]);
    expect(r.relations[0]!.from).toBe(r.entities[0]!.id);
  });
  it('applies splits for the named articles, then merges, following chains', () => {
    const js: Judgement[] = [
      { id: 'j1', kind: 'split', target: 'A', articles: ['art9'], into: 'A2' },
      { id: 'j2', kind: 'merge', target: 'B', into: 'A' },
      { id: 'j3', kind: 'merge', target: 'C', into: 'B' },
    ];
    expect(judgedId('C', 'art1', js)).toBe('A');
    expect(judgedId('A', 'art9', js)).toBe('A2');
    expect(judgedId('A', 'art1', js)).toBe('A');
  });
});

describe('projects named in full and short', () => {
  const proj = (id: string, art: string, name: string): Extraction => ({
    article: { id: art, title: null, published: null, source: 's', text: name, hash: art },
    entities: [{ id, type: 'Project', name, props: {}, mentions: [[0, name.length]] }],
    relations: [],
  });
  it('joins a short name to the one known project whose name contains it', async () => {
    const { ProjectIndex } = await import('../../server/resolve/project-index.js');
    const projects = new ProjectIndex();
    const full = resolveExtraction(proj('a', 'art1', '平湖市钟埭街道滨河智慧绿道建设项目'), { region: '平湖市', projects });
    const short = resolveExtraction(proj('b', 'art2', '滨河智慧绿道项目'), { region: '平湖市', projects });
    expect(short.entities[0]!.id).toBe(full.entities[0]!.id);
  });
  it('keeps a short name apart when two known projects contain it', async () => {
    const { ProjectIndex } = await import('../../server/resolve/project-index.js');
    const projects = new ProjectIndex();
    const a = resolveExtraction(proj('a', 'art1', '东湖片区智慧绿道项目'), { region: '平湖市', projects });
    const b = resolveExtraction(proj('b', 'art2', '西湖片区智慧绿道项目'), { region: '平湖市', projects });
    const s = resolveExtraction(proj('c', 'art3', '智慧绿道项目'), { region: '平湖市', projects });
    expect(a.entities[0]!.id).not.toBe(b.entities[0]!.id);
    expect([a.entities[0]!.id, b.entities[0]!.id]).not.toContain(s.entities[0]!.id);
  });
});

describe('posts scoped relative to the city', () => {
  it('reads the scope 市委 or 市政协 as the region itself', () => {
    expect(normalizeRole('市委常委', '平湖市', '市委').scope).toBe('平湖市');
    expect(normalizeRole('市政协副主席', '平湖市', '市政协').scope).toBe('平湖市');
    expect(normalizeRole('林埭镇党委委员', '平湖市', '林埭镇党委').scope).toBe('林埭镇党委');
  });
});
