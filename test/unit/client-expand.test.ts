import { describe, expect, it } from 'vitest';
import { ExpandHistory, collapsible } from '../../client/graph/expand-history.js';
import { BUSY_THRESHOLD, busyThreshold, defaultChosen, isBusy, relChoices } from '../../client/graph/expand-plan.js';

describe('relChoices', () => {
  it('sums both directions per type, busiest first', () => {
    const choices = relChoices([
      { type: 'ATTENDED', direction: 'out', count: 30 },
      { type: 'HOLDS_ROLE', direction: 'out', count: 3 },
      { type: 'MENTIONS', direction: 'in', count: 12 },
      { type: 'ATTENDED', direction: 'in', count: 2 },
    ]);
    expect(choices).toEqual([{ type: 'ATTENDED', count: 32 }, { type: 'MENTIONS', count: 12 }, { type: 'HOLDS_ROLE', count: 3 }]);
  });
  it('is busy above the threshold and presets the small types that fit', () => {
    const choices = [{ type: 'A', count: 30 }, { type: 'B', count: 12 }, { type: 'C', count: 3 }];
    expect(isBusy(choices, 25)).toBe(true);
    expect(isBusy([{ type: 'C', count: 3 }], 25)).toBe(false);
    expect(defaultChosen(choices, 25)).toEqual(['C', 'B']);
  });
  it('reads the threshold setting, falling back to the default on nonsense', () => {
    expect(busyThreshold('3')).toBe(3);
    expect(busyThreshold(null)).toBe(BUSY_THRESHOLD);
    expect(busyThreshold('-1')).toBe(BUSY_THRESHOLD);
    expect(busyThreshold('x')).toBe(BUSY_THRESHOLD);
  });
});

describe('ExpandHistory', () => {
  it('undoes the last expansion and ignores empty ones', () => {
    const h = new ExpandHistory();
    h.push({ nodeId: 'a', added: ['x', 'y'] });
    h.push({ nodeId: 'b', added: [] });
    h.push({ nodeId: 'c', added: ['z'] });
    expect(h.expandedIds()).toEqual(['a', 'c']);
    expect(h.pop()).toEqual({ nodeId: 'c', added: ['z'] });
    expect(h.size).toBe(1);
  });
});

describe('collapsible', () => {
  it('removes only leaves hanging on the node, never kept ones', () => {
    const edges = [['a', 'x'], ['a', 'y'], ['y', 'z'], ['w', 'a'], ['a', 'k']] as const;
    expect(collapsible('a', edges, new Set(['k'])).sort()).toEqual(['w', 'x']);
  });
  it('counts parallel edges to the node as hanging on it', () => {
    expect(collapsible('a', [['a', 'x'], ['x', 'a']], new Set())).toEqual(['x']);
  });
});
