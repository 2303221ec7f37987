/** Driver values → JSON and Cytoscape elements (objects shaped like neo4j-driver 5's classes). */
import { describe, expect, it } from 'vitest';
import { ElementCollector, toJson } from '../../server/api/console/values.js';
import { nodeLabel, nodeType, toElements } from '../../server/api/graph-elements.js';

const node = (elementId: string, labels: string[], properties: Record<string, unknown>) => ({ elementId, identity: 1, labels, properties });
const rel = (elementId: string, type: string, s: string, e: string, properties: Record<string, unknown> = {}) =>
  ({ elementId, identity: 2, type, start: 1, end: 2, startNodeElementId: s, endNodeElementId: e, properties });

describe('toJson', () => {
  it('converts nodes, relationships and paths, and collects them as elements', () => {
    const a = node('4:x:1', ['Entity', 'Person'], { id: 'p1', name: '张三' });
    const b = node('4:x:2', ['Entity', 'Meeting'], { id: 'm1', name: '常委会', text: 'long' });
    const r = rel('5:x:9', 'ATTENDED', '4:x:1', '4:x:2', { as: 'chair' });
    const path = { start: a, end: b, segments: [{ start: a, relationship: r, end: b }], length: 1 };
    const c = new ElementCollector();
    const json = toJson([path], c) as any[];
    expect(json[0].nodes.map((n: any) => n.properties.id)).toEqual(['p1', 'm1']);
    expect(json[0].relationships[0]).toMatchObject({ type: 'ATTENDED', start: '4:x:1', end: '4:x:2' });
    const el = c.elements()!;
    expect(el.nodes.map((n) => [n.data.id, n.data.type, n.data.label])).toEqual([['p1', 'Person', '张三'], ['m1', 'Meeting', '常委会']]);
    expect(el.nodes[1]!.data.text).toBeUndefined();
    expect(el.edges).toEqual([{ group: 'edges', data: { as: 'chair', id: '5:x:9', source: 'p1', target: 'm1', type: 'ATTENDED' } }]);
  });
  it('gives a relationship without its nodes stub end nodes', () => {
    const c = new ElementCollector();
    toJson(rel('5:x:1', 'OF', '4:x:7', '4:x:8'), c);
    const el = c.elements()!;
    expect(el.nodes.map((n) => n.data.type)).toEqual(['Unknown', 'Unknown']);
    expect(el.edges[0]!.data.source).toBe('4:x:7');
  });
  it('returns null elements for scalars and keeps maps, lists and temporal strings', () => {
    const c = new ElementCollector();
    class DateLike { toString() { return '2021-03-05'; } }
    expect(toJson({ a: [1, 'x', null], d: new DateLike(), n: 10n }, c)).toEqual({ a: [1, 'x', null], d: '2021-03-05', n: 10 });
    expect(c.elements()).toBeNull();
  });
});

describe('graph elements', () => {
  it('picks the type label and a display label', () => {
    expect(nodeType(['Entity', 'Place'])).toBe('Place');
    expect(nodeType(['Article'])).toBe('Article');
    expect(nodeLabel({ title: '标题' }, 'Article')).toBe('标题');
    expect(nodeLabel({ text: '本报讯 一二三四五六七八九十一二三四五六七八九十' }, 'Article')).toMatch(/^本报讯.*…$/);
    expect(nodeLabel({ id: 'x1' }, 'Person')).toBe('x1');
  });
  it('drops duplicate nodes, edges with a missing end, and bulky properties', () => {
    const n = (id: string) => ({ id, labels: ['Entity', 'Person'], props: { id, name: id, text: 'x', evidence: 'y' } });
    const el = toElements([n('a'), n('b'), n('a')], [
      { id: 'e1', type: 'X', source: 'a', target: 'b', props: { evidence: 'long' } },
      { id: 'e2', type: 'X', source: 'a', target: 'zzz', props: {} },
    ]);
    expect(el.nodes.map((x) => x.data.id)).toEqual(['a', 'b']);
    expect(el.edges.map((x) => x.data.id)).toEqual(['e1']);
    expect(el.nodes[0]!.data.text).toBeUndefined();
    expect(el.edges[0]!.data.evidence).toBeUndefined();
  });
});
