/**
 * Pure helpers of the explorer: label level of detail, node sizes on a log scale, captions
 * and labels that tell namesakes apart, briefs as text, saved views, error messages for
 * every server code, URL state of explorations, console result modes. Names are invented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLabels, labelWidth, type LabelBox } from '../../client/graph/label-lod.js';
import { edgeCaption, nodeLabel, nodeSize, relName } from '../../client/graph/captions.js';
import { briefText, postText } from '../../client/lib/brief-text.js';
import { addSavedView, parseSavedViews, removeSavedView } from '../../client/lib/saved-views.js';
import { errorText, KNOWN_ERROR_CODES } from '../../client/lib/error-text.js';
import { EMPTY_STATE, parseUrlState, serializeUrlState } from '../../client/lib/url-state.js';
import { hasGraph } from '../../client/lib/cypher-cells.js';
import { RelationType } from '../../model/graph.schema.js';

const box = (id: string, x: number, y: number, rank: number, w = 40): LabelBox => ({ id, x, y, w, h: 14, rank });

describe('label level of detail', () => {
  it('keeps the label of the bigger node where two overlap, and both where they do not', () => {
    const shown = chooseLabels([box('small', 100, 100, 1), box('hub', 110, 102, 50), box('far', 300, 300, 0)], 800, 600);
    expect([...shown].sort()).toEqual(['far', 'hub']);
  });
  it('skips labels outside the viewport, so they do not block the visible ones', () => {
    const shown = chooseLabels([box('out', -200, 100, 99), box('in', 50, 100, 1)], 400, 300);
    expect([...shown]).toEqual(['in']);
  });
  it('shows more labels when zoomed in (the same nodes further apart)', () => {
    const at = (scale: number) => Array.from({ length: 20 }, (_, i) => box(`n${i}`, 20 + i * 12 * scale, 100, i));
    expect(chooseLabels(at(1), 2000, 600).size).toBeLessThan(chooseLabels(at(4), 2000, 600).size);
    expect(chooseLabels(at(4), 2000, 600).size).toBe(20);
  });
  it('measures Chinese characters square and Latin ones narrower, capped', () => {
    expect(labelWidth('县委书记', 12)).toBe(48);
    expect(labelWidth('abcd', 12)).toBeCloseTo(28.8);
    expect(labelWidth('很'.repeat(40), 12)).toBe(160);
  });
});

describe('captions and labels', () => {
  it('sizes nodes by degree on a log scale, capped', () => {
    expect(nodeSize(0)).toBe(18);
    expect(nodeSize(1)).toBeLessThan(nodeSize(10));
    expect(nodeSize(10) - nodeSize(1)).toBeGreaterThan(nodeSize(1000) - nodeSize(100) - 10);
    expect(nodeSize(100_000)).toBe(64);
    expect(nodeSize(undefined)).toBe(18);
  });
  it('names every relationship type in both languages, and a chair as such', () => {
    for (const type of RelationType.options) {
      expect(relName(type, 'zh')).not.toBe(type);
      expect(relName(type, 'en')).not.toBe('');
    }
    expect(edgeCaption({ type: 'ATTENDED', as: 'chair' }, 'zh')).toBe('主持');
    expect(edgeCaption({ type: 'HOLDS_ROLE', count: 12 }, 'en')).toBe('holds ×12');
  });
  it('labels a meeting with its date, so namesakes differ', () => {
    expect(nodeLabel({ label: '座谈会', type: 'Meeting', date: '2021-05-06' })).toBe('座谈会（2021-05-06）');
    expect(nodeLabel({ label: '座谈会', type: 'Meeting' })).toBe('座谈会');
    expect(nodeLabel({ label: '柳青', type: 'Person', date: '2021-05-06' })).toBe('柳青');
  });
  it('writes briefs: a person\'s latest post, a meeting\'s date, organiser, place and chair', () => {
    const b = { id: 'x', post: '副县长', post_of: '云栖县', post_seen: '2022-03-01', date: null, organiser: null, place: null, chair: null };
    expect(postText(b)).toBe('副县长（云栖县）');
    expect(postText({ post: '云栖县委书记', post_of: '云栖县' })).toBe('云栖县委书记');
    expect(briefText(b, 'zh')).toBe('副县长（云栖县） · 见于 2022-03-01');
    expect(briefText({ ...b, post: null, post_of: null, post_seen: null, date: '2022-03-01', organiser: '县政府', place: '青石镇', chair: '柳青' }, 'zh'))
      .toBe('2022-03-01 · 县政府 · @青石镇 · 主持：柳青');
    expect(briefText({ ...b, post: null }, 'en')).toBeNull();
  });
});

describe('saved views', () => {
  it('adds by name (newest first, a name once), removes, and survives bad storage', () => {
    let list = addSavedView([], { name: 'a', url: '/?start=1', saved: 't1' });
    list = addSavedView(list, { name: 'b', url: '/?start=2', saved: 't2' });
    list = addSavedView(list, { name: 'a', url: '/?start=3', saved: 't3' });
    expect(list.map((v) => `${v.name}${v.url}`)).toEqual(['a/?start=3', 'b/?start=2']);
    expect(removeSavedView(list, 'a').map((v) => v.name)).toEqual(['b']);
    expect(parseSavedViews(JSON.stringify(list))).toEqual(list);
    expect(parseSavedViews('{not json')).toEqual([]);
    expect(parseSavedViews('[{"name": 3}]')).toEqual([]);
  });
});

describe('error messages', () => {
  it('has a message for every error code the server answers with', () => {
    const codes = new Set<string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts')) {
          const src = readFileSync(p, 'utf8');
          // Codes given to AppError and its subclasses: super(status, 'code', …), new X(…, 'code'), a default
          // `code = 'x'`, `code: 'x'`, and the body-parser mapping (`=== 413 ? 'x'`, `'entity.parse.failed' ? 'x'`).
          const re = /(?:super\(\d+, |new (?:AppError|BadRequest|Forbidden)\([^;]*?, |code = |=== 413 \? |'entity\.parse\.failed' \? )'([a-z_]+)'/g;
          for (const m of src.matchAll(re)) codes.add(m[1]!);
          for (const m of src.matchAll(/code: '([a-z_]+)'/g)) codes.add(m[1]!);
        }
      }
    };
    walk(join(import.meta.dirname, '../../server/api'));
    expect(codes.size).toBeGreaterThanOrEqual(20);
    expect([...codes].filter((c) => !KNOWN_ERROR_CODES.includes(c))).toEqual([]);
  });
  it('says the code\'s message in the interface language, then the server\'s detail', () => {
    expect(errorText({ code: 'cypher_error', message: 'Invalid input' }, 'zh')).toBe('Cypher 查询出错：Invalid input');
    expect(errorText({ code: 'rate_limited', message: 'too many' }, 'en')).toBe('Too many requests, try again in a minute: too many');
    expect(errorText({ code: 'something_new', message: 'as the server says' }, 'zh')).toBe('as the server says');
  });
});

describe('URL state of explorations', () => {
  it('round-trips an empty canvas and a saved view\'s name', () => {
    const s = { ...EMPTY_STATE, blank: true, title: '常委会 2021' };
    expect(serializeUrlState(s)).toBe(`?name=${encodeURIComponent('常委会 2021').replace(/%20/g, '+')}&blank=1`);
    expect(parseUrlState(serializeUrlState(s))).toMatchObject({ blank: true, title: '常委会 2021', start: null });
    // A start entity wins over blank.
    expect(serializeUrlState({ ...s, start: 'per_1', title: null })).toBe('?start=per_1');
    expect(parseUrlState('?view=audit').view).toBe('audit');
  });
});

describe('console result modes', () => {
  it('draws a result only when it holds nodes', () => {
    expect(hasGraph({ elements: null })).toBe(false);
    expect(hasGraph({ elements: { nodes: [] } })).toBe(false);
    expect(hasGraph({ elements: { nodes: [{}] } })).toBe(true);
  });
});

describe('attendance roles', () => {
  it('are named in the interface language', async () => {
    const { asName } = await import('../../client/graph/captions.js');
    expect(asName('chair', 'zh')).toBe('主持');
    expect(asName('observer', 'en')).toBe('observer');
    expect(asName('guest', 'zh')).toBe('guest');
  });
});
