import { describe, expect, it } from 'vitest';
import { toCsv } from '../../client/lib/csv.js';
import { cellText, parseParams, pushHistory } from '../../client/lib/cypher-cells.js';
import { buildMatrix, heat, tenureBars } from '../../client/lib/timeline.js';
import { tenure, visibleProps } from '../../client/lib/format.js';
import type { AttendanceMatrix } from '../../model/api.schema.js';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and starts with a BOM', () => {
    expect(toCsv(['名称', 'n'], [['a,b', 1], ['say "hi"', null], ['x\ny', { k: 1 }]]))
      .toBe('\uFEFF名称,n\r\n"a,b",1\r\n"say ""hi""",\r\n"x\ny","{""k"":1}"\r\n');
  });
});

describe('toCsv and spreadsheet formulas (issue 16)', () => {
  it('neutralises cells a spreadsheet would run, and leaves others alone', () => {
    const rows = [["=cmd|' /c calc'!A1"], ['+1'], ['-2'], ['@SUM(A1)'], ['\t=1'], ['  =HYPERLINK("x")'], ['a=b'], [-3]];
    const lines = toCsv(['v'], rows).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(1, -1)).toEqual([
      "'=cmd|' /c calc'!A1", "'+1", "'-2", "'@SUM(A1)", "'\t=1", `"'  =HYPERLINK(""x"")"`, 'a=b', "'-3",
    ]);
  });
});

describe('console cells', () => {
  it('shows nodes by name and label, relationships by type, paths by length', () => {
    expect(cellText({ id: '1', labels: ['Entity', 'Person'], properties: { name: '王晓明' } })).toBe('(王晓明:Person)');
    expect(cellText({ id: '2', type: 'ATTENDED', start: '1', end: '3', properties: {} })).toBe('[:ATTENDED]');
    expect(cellText({ nodes: [{}, {}], relationships: [{}] })).toBe('path(1)');
    expect(cellText([1, 'a'])).toBe('[1, a]');
    expect(cellText(null)).toBe('');
  });
  it('keeps history most recent first without repeats', () => {
    expect(pushHistory(['b', 'a'], ' a ')).toEqual(['a', 'b']);
    expect(pushHistory(['a'], '  ')).toEqual(['a']);
    expect(pushHistory(['c', 'b'], 'a', 2)).toEqual(['a', 'c']);
  });
  it('parses parameters as a JSON object and says plainly what is wrong', () => {
    expect(parseParams('')).toEqual({});
    expect(parseParams('{"name":"王"}')).toEqual({ name: '王' });
    expect(() => parseParams('[1]')).toThrow(/JSON object/);
    expect(() => parseParams('{name}')).toThrow(/^parameters:/);
  });
});

describe('timeline helpers', () => {
  const ref = (id: string, name: string) => ({ id, type: 'Role', name });
  it('places tenure bars on a shared axis', () => {
    const { bars, min, max } = tenureBars([
      { role: ref('r1', '县长'), of: null, first_seen: '2020-01-01', last_seen: '2020-12-31', articles: [] },
      { role: ref('r2', '副县长'), of: ref('o', '县政府'), first_seen: '2020-12-31', last_seen: '2020-12-31', articles: [] },
      { role: ref('r3', '委员'), of: null, first_seen: null, last_seen: null, articles: [] },
    ]);
    expect([min, max]).toEqual(['2020-01-01', '2020-12-31']);
    expect(bars[0]).toMatchObject({ leftPct: 0, widthPct: 100 });
    expect(bars[1]!.label).toBe('副县长（县政府）');
    expect(bars[1]!.leftPct + bars[1]!.widthPct).toBeLessThanOrEqual(100);
    expect(bars[1]!.widthPct).toBeGreaterThan(0);
    expect(bars[2]).toMatchObject({ leftPct: 0, widthPct: 100 });
  });
  it('sorts the attendance matrix by count or name, meetings by date', () => {
    const m: AttendanceMatrix = {
      people: [{ id: 'a', type: 'Person', name: '李建国' }, { id: 'b', type: 'Person', name: '王晓明' }],
      meetings: [{ id: 'm2', type: 'Meeting', name: '二', date: '2021-02-01' }, { id: 'm1', type: 'Meeting', name: '一', date: '2021-01-01' }],
      cells: [{ person: 'b', meeting: 'm1', as: 'chair' }, { person: 'b', meeting: 'm2', as: null }, { person: 'a', meeting: 'm2', as: 'attendee' }],
      coAttendance: [], truncated: false,
    };
    const byCount = buildMatrix(m, 'count');
    expect(byCount.people.map((p) => p.id)).toEqual(['b', 'a']);
    expect(byCount.meetings.map((x) => x.id)).toEqual(['m1', 'm2']);
    expect(byCount.cells.get('b\u0000m1')).toBe('chair');
    expect(byCount.cells.get('a\u0000m1')).toBeUndefined();
    expect(buildMatrix(m, 'name').people.map((p) => p.name)).toEqual(['李建国', '王晓明']);
    expect(heat('chair')).toBeGreaterThan(heat('attendee'));
    expect(heat(undefined)).toBe(0);
  });
});

describe('format', () => {
  it('writes tenures and hides internal properties', () => {
    expect(tenure('2020-01-01', '2020-01-01')).toBe('2020-01-01');
    expect(tenure(null, '2021-01-01')).toBe('? – 2021-01-01');
    expect(visibleProps({ id: 'x', name: 'n', aliases: ['甲', '乙'], level: 'county', code: null })).toEqual([['aliases', '甲、乙'], ['level', 'county']]);
  });
});
