import { describe, expect, it } from 'vitest';
import { countByType, elementDate, inDateRange, newElements, toElements } from '../../client/graph/to-cytoscape.js';
import type { GraphElements } from '../../model/api.schema.js';

const g: GraphElements = {
  nodes: [
    { data: { id: 'p1', label: '王晓明', type: 'Person' } },
    { data: { id: 'm1', label: '常务会议', type: 'Meeting', date: '2021-03-02' } },
    { data: { id: 'p1', label: '王晓明', type: 'Person' } },
  ],
  edges: [
    { data: { id: 'e1', source: 'p1', target: 'm1', type: 'ATTENDED' } },
    { data: { id: 'e2', source: 'p1', target: 'gone', type: 'HOLDS_ROLE' } },
  ],
};

describe('toElements', () => {
  it('puts nodes before edges, each id once, and drops edges to unknown nodes', () => {
    const els = toElements(g);
    expect(els.map((e) => e.data.id)).toEqual(['p1', 'm1', 'e1']);
    expect(els.map((e) => e.group)).toEqual(['nodes', 'nodes', 'edges']);
  });
  it('keeps edges whose end is already drawn', () => {
    expect(toElements(g, new Set(['gone'])).map((e) => e.data.id)).toContain('e2');
  });
});

describe('newElements', () => {
  it('returns only what is not drawn yet', () => {
    const ids = newElements(g, new Set(['p1'])).map((e) => e.data.id);
    expect(ids).toEqual(['m1', 'e1']);
  });
});

describe('countByType', () => {
  it('counts per data.type', () => {
    expect(countByType(g.nodes)).toEqual({ Person: 2, Meeting: 1 });
  });
});

describe('date filter', () => {
  it('reads the first date-like property', () => {
    expect(elementDate({ published: '2020-12-28' })).toBe('2020-12-28');
    expect(elementDate({ last_seen: '2021-01-02T00:00:00Z' })).toBe('2021-01-02');
    expect(elementDate({ name: 'x' })).toBeNull();
  });
  it('keeps undated elements and applies inclusive bounds', () => {
    expect(inDateRange(null, '2021-01-01', '2021-12-31')).toBe(true);
    expect(inDateRange('2021-01-01', '2021-01-01', null)).toBe(true);
    expect(inDateRange('2020-12-31', '2021-01-01', null)).toBe(false);
    expect(inDateRange('2022-01-01', null, '2021-12-31')).toBe(false);
  });
});
