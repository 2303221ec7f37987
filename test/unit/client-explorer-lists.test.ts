/**
 * What the explorer's lists hold (pure parts): a meeting's attendees from its neighbourhood
 * (a chair stays a chair), paths as names, ranked rows and search hits as CSV rows, the
 * corrections list's lines. Names are invented.
 */
import { describe, expect, it } from 'vitest';
import { attendeesOf } from '../../client/views/details-loader.js';
import { pathNames } from '../../client/views/path-list.js';
import { rankedRows } from '../../client/views/ranked-view.js';
import { hitRows } from '../../client/views/search-view.js';
import { correctionText } from '../../client/views/audit-view.js';
import type { Correction, TopEntities } from '../../model/api.schema.js';

describe('attendeesOf', () => {
  it('lists who attended the meeting and as what, a chair staying a chair', () => {
    const g = {
      nodes: [{ data: { id: 'm', label: '县长办公会' } }, { data: { id: 'p1', label: '柳青' } }, { data: { id: 'p2', label: '郑一' } }],
      edges: [
        { data: { type: 'ATTENDED', source: 'p1', target: 'm', as: 'attendee' } },
        { data: { type: 'ATTENDED', source: 'p1', target: 'm', as: 'chair' } },
        { data: { type: 'ATTENDED', source: 'p2', target: 'm' } },
        { data: { type: 'HELD_IN', source: 'm', target: 'x' } },
      ],
    };
    expect(attendeesOf(g, 'm')).toEqual([{ id: 'p1', name: '柳青', as: 'chair' }, { id: 'p2', name: '郑一', as: null }]);
  });
});

describe('list rows', () => {
  it('gives each path as the names along it', () => {
    const found = {
      paths: [{ length: 2, nodes: ['a', 'm', 'b'], edges: ['e1', 'e2'] }],
      elements: { nodes: ['a', 'm', 'b'].map((id) => ({ data: { id, label: id.toUpperCase(), type: 'Person' } })), edges: [] },
    };
    expect(pathNames(found)).toEqual([['A', 'M', 'B']]);
  });
  it('writes the ranked lists type by type, with rank, counts and brief', () => {
    const e = (id: string, type: string, degree: number) => ({ id, type, name: id, degree, mentions: 10 - degree, brief: null });
    const top: TopEntities = {
      byDegree: { Meeting: [e('m1', 'Meeting', 2)], Person: [e('p1', 'Person', 5), e('p2', 'Person', 3)] },
      byMentions: { Person: [e('p2', 'Person', 3)] }, elements: { nodes: [], edges: [] },
    };
    expect(rankedRows(top, 'degree')).toEqual([
      ['人物', 1, 'p1', 5, 5, '', 'p1'], ['人物', 2, 'p2', 3, 7, '', 'p2'], ['会议', 1, 'm1', 2, 8, '', 'm1'],
    ]);
    expect(rankedRows(top, 'mentions')).toHaveLength(1);
  });
  it('writes search hits with their brief', () => {
    const brief = { id: 'p', post: '副县长', post_of: null, post_seen: null, date: null, organiser: null, place: null, chair: null };
    expect(hitRows([{ id: 'p', type: 'Person', name: '柳青', score: 1, context: null, brief }])).toEqual([['柳青', '人物', '副县长', '', 'p']]);
  });
  it('says what each correction did', () => {
    const base: Correction = {
      id: 'j', kind: 'merge', target: 'a', target_name: '柳青', into: 'b', into_name: '柳清', articles: [], from_name: null, name: null,
      note: null, by: null, created: null, undone: null, undone_by: null,
    };
    expect(correctionText(base, 'zh')).toBe('合并：柳青 → 柳清');
    expect(correctionText({ ...base, kind: 'rename', from_name: '柳清', name: '柳青' }, 'en')).toBe('Rename: 柳清 → 柳青');
    expect(correctionText({ ...base, kind: 'split', articles: ['x', 'y'], into: 'a~1' }, 'zh')).toBe('拆分：柳青（2 篇文章） → a~1');
  });
});
