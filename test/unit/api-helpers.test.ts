/** Pure helpers of the API: errors, auth, validation, search text, spans, co-attendance, timelines, exports, examples, OpenAPI. */
import type { NextFunction, Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { requireApiKey } from '../../server/api/auth.js';
import { AppError, toAppError } from '../../server/api/errors.js';
import { parseExample } from '../../server/api/examples.js';
import { csvCell, graphWriter, toCsv, toGraphml } from '../../server/api/export-formats.js';
import { openApiDocument } from '../../server/api/openapi.js';
import { toSpans } from '../../server/api/routes/articles.routes.js';
import { coAttendance } from '../../server/api/routes/meetings.routes.js';
import { escapeLucene, hitContext } from '../../server/api/routes/search.routes.js';
import { datePart, postLabel, timelineEvents } from '../../server/api/routes/timeline.routes.js';
import { handle } from '../../server/api/validate.js';
import { GraphError } from '../../server/graph/executor.js';

describe('toAppError', () => {
  it('maps Neo4j errors: unavailable → 503, timeouts → 408, client errors → 400 with the code', () => {
    expect(toAppError(new GraphError('down', 'ServiceUnavailable', true))).toMatchObject({ status: 503, code: 'database_unavailable' });
    expect(toAppError(new GraphError('t', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', false))).toMatchObject({ status: 408 });
    const syntax = toAppError(new GraphError('bad', 'Neo.ClientError.Statement.SyntaxError', false));
    expect(syntax).toMatchObject({ status: 400, code: 'cypher_error' });
    expect(syntax!.message).toContain('Neo.ClientError.Statement.SyntaxError');
    expect(toAppError(new GraphError('x', 'Neo.DatabaseError.General.UnknownError', false))).toBeNull();
  });
  it('maps body-parser errors and zod errors', () => {
    expect(toAppError(Object.assign(new Error('x'), { status: 413, type: 'entity.too.large' }))).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(toAppError(Object.assign(new Error('x'), { status: 400, type: 'entity.parse.failed' }))).toMatchObject({ code: 'malformed_json' });
    const zerr = z.object({ a: z.string() }).safeParse({}).error!;
    expect(toAppError(zerr)).toMatchObject({ status: 400, issues: zerr.issues });
    expect(toAppError(new TypeError('boom'))).toBeNull();
  });
});

function call(mw: (req: Request, res: Response, next: NextFunction) => unknown, headers: Record<string, string>) {
  const req = { get: (h: string) => headers[h.toLowerCase()] } as unknown as Request;
  let passed = false;
  try {
    mw(req, {} as Response, () => { passed = true; });
  } catch (err) {
    return err as AppError;
  }
  return passed ? 'next' : 'stuck';
}

describe('requireApiKey', () => {
  it('403 while no key is configured, 401 without or with a wrong key, next with the right one', () => {
    expect(call(requireApiKey(undefined), { authorization: 'Bearer k' })).toMatchObject({ status: 403 });
    expect(call(requireApiKey('k'), {})).toMatchObject({ status: 401 });
    expect(call(requireApiKey('k'), { authorization: 'Bearer kk' })).toMatchObject({ status: 401 });
    expect(call(requireApiKey('k'), { 'x-api-key': 'k' })).toBe('next');
    expect(call(requireApiKey('k'), { authorization: 'Bearer k' })).toBe('next');
  });
});

describe('handle (validation)', () => {
  it('passes parsed data to the handler and throws 400 with issues before it runs', async () => {
    let seen: unknown = null;
    const h = handle({ query: z.object({ n: z.coerce.number().int() }) }, ({ query }) => { seen = query; });
    await h({ params: {}, query: { n: '7' } } as unknown as Request, {} as Response, () => undefined);
    expect(seen).toEqual({ n: 7 });
    seen = null;
    await expect(h({ params: {}, query: { n: 'x' } } as unknown as Request, {} as Response, () => undefined))
      .rejects.toMatchObject({ status: 400, code: 'invalid_request', issues: expect.any(Array) });
    expect(seen).toBeNull();
  });
});

describe('query schemas', () => {
  it('take lists comma-separated or repeated, and coerce numbers', async () => {
    const { SearchQuery } = await import('../../model/api.schema.js');
    expect(SearchQuery.parse({ q: 'x', types: 'Person, Place', limit: '5' })).toEqual({ q: 'x', types: ['Person', 'Place'], limit: 5 });
    expect(SearchQuery.parse({ q: 'x', types: ['Person', 'Place'] }).types).toEqual(['Person', 'Place']);
    expect(SearchQuery.safeParse({ q: 'x', types: ['Person', 'Dragon'] }).success).toBe(false);
  });
});

describe('search helpers', () => {
  it('escapes Lucene syntax', () => {
    expect(escapeLucene('a+b (c) "d" e*? AND f:g/h\\')).toBe('a\\+b \\(c\\) \\"d\\" e\\*\\? and f\\:g\\/h\\\\');
  });
  it('builds a short context', () => {
    expect(hitContext('Person', { name: '张三', aliases: ['张三', '老张'] }, null)).toBe('又名 老张');
    expect(hitContext('Role', { name: '市长', scope: '平湖市' }, null)).toBe('平湖市');
    expect(hitContext('Article', { published: '2021-03-05' }, '……开工……')).toBe('2021-03-05 · ……开工……');
  });
});

describe('toSpans', () => {
  it('reads flat lists, pairs and strings', () => {
    expect(toSpans([1, 3, 5, 8])).toEqual([[1, 3], [5, 8]]);
    expect(toSpans([[1, 3]])).toEqual([[1, 3]]);
    expect(toSpans(['1-3', '5:8', 'junk'])).toEqual([[1, 3], [5, 8]]);
    expect(toSpans(null)).toEqual([]);
  });
});

describe('coAttendance and timelines', () => {
  it('counts each pair once per meeting, most first', () => {
    const m = (id: string, ...people: string[]) => ({ id, name: id, date: null, attendees: people.map((p) => ({ id: p, name: p, as: null })) });
    expect(coAttendance([m('m1', 'a', 'b', 'c'), m('m2', 'b', 'a', 'a')])).toEqual([
      { a: 'a', b: 'b', count: 2 }, { a: 'a', b: 'c', count: 1 }, { a: 'b', b: 'c', count: 1 },
    ]);
  });
  it('merges posts and meetings in date order, undated last', () => {
    const ev = timelineEvents(
      [{ role: { id: 'r', type: 'Role', name: '市长' }, of: null, first_seen: '2021-02-01', last_seen: '2021-05-01', articles: [] }],
      [
        { meeting: { id: 'm2', type: 'Meeting', name: 'B' }, date: null, as: null, place: null, article: null },
        { meeting: { id: 'm1', type: 'Meeting', name: 'A' }, date: '2021-01-01', as: 'chair', place: null, article: null },
      ],
    );
    expect(ev.map((e) => e.id)).toEqual(['m1', 'r', 'm2']);
    expect(ev[1]!.detail).toBe('2021-02-01 – 2021-05-01');
  });
  it('shows tenure as far as its dates are known, and every way a person took part', () => {
    const ev = timelineEvents(
      [
        { role: { id: 'r1', type: 'Role', name: '副县长' }, of: null, first_seen: '2020-12-01', last_seen: '2021-03-09',
          first_precision: 'month', last_precision: 'day', articles: [] },
        { role: { id: 'r2', type: 'Role', name: '县长' }, of: null, first_seen: '2022-01-01', last_seen: '2022-01-01',
          first_precision: 'year', last_precision: 'year', articles: [] },
      ],
      [{ meeting: { id: 'm', type: 'Meeting', name: 'A' }, date: '2021-01-01', as: 'chair', roles: ['chair', 'speaker'], place: null, article: null }],
    );
    expect(ev.find((e) => e.id === 'r1')!.detail).toBe('2020-12 – 2021-03-09');
    expect(ev.find((e) => e.id === 'r2')!.detail).toBeNull();
    expect(ev.find((e) => e.id === 'm')!.detail).toBe('chair/speaker');
    expect(datePart('2020-12-01', 'year')).toBe('2020');
    expect(datePart('2020-12-25', undefined)).toBe('2020-12-25');
    expect(datePart(null, 'day')).toBeNull();
  });
});

describe('export formats', () => {
  const g = {
    nodes: [{ id: 'a<1>', labels: ['Entity', 'Person'], properties: { id: 'a<1>', name: '张"三"', aliases: ['x', 'y'] } }],
    edges: [{ id: 'e1', type: 'OF', source: 'a<1>', target: 'b', properties: { note: '=cmd|x' } }],
    truncated: false,
  };
  it('writes escaped GraphML', () => {
    const xml = toGraphml(g);
    expect(xml).toContain('<node id="a&lt;1&gt;">');
    expect(xml).toContain('张&quot;三&quot;');
    expect(xml).toContain('<data key="n_aliases">x|y</data>');
  });
  it('streams JSON piece by piece that parses whole, with or without nodes and edges', () => {
    const w = () => graphWriter('json', [], []);
    const empty = w();
    expect(JSON.parse(empty.header() + empty.footer(false))).toEqual({ nodes: [], edges: [], truncated: false });
    const a = w();
    const text = a.header() + a.node(g.nodes[0]!) + a.node({ ...g.nodes[0]!, id: 'n2' }) + a.edge(g.edges[0]!) + a.footer(true);
    expect(JSON.parse(text)).toEqual({ nodes: [g.nodes[0], { ...g.nodes[0], id: 'n2' }], edges: g.edges, truncated: true });
    const b = w();
    expect(JSON.parse(b.header() + b.edge(g.edges[0]!) + b.footer(false)).edges).toHaveLength(1);
  });
  it('GraphML and CSV declare their columns up front (the streamed export knows them before any row)', () => {
    const x = graphWriter('graphml', ['name', 'aliases'], ['note']);
    const xml = x.header() + x.node(g.nodes[0]!) + x.edge(g.edges[0]!) + x.footer(false);
    expect(xml).toContain('<key id="e_note" for="edge"');
    expect(xml.endsWith('</graphml>')).toBe(true);
    const c = graphWriter('csv', ['name'], ['note']);
    expect(c.header()).toBe('kind,id,label,source,target,name,note\r\n');
    expect(c.node(g.nodes[0]!)).toBe('node,a<1>,Entity:Person,,,"张""三""",\r\n');
  });
  it('writes CSV with quoting and neutralised formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    const lines = toCsv(g).trim().split('\r\n');
    expect(lines[0]).toBe('kind,id,label,source,target,aliases,name,note');
    expect(lines[2]).toContain("'=cmd|x");
  });
});

describe('examples and OpenAPI', () => {
  it('parses the comment header of an example', () => {
    const ex = parseExample('x', '// title: T\n// description: D1\n// description: D2\n// params: {"a": 1}\n\nMATCH (n)\n// a comment in the query\nRETURN n\n');
    expect(ex).toEqual({ name: 'x', title: 'T', description: 'D1 D2', params: { a: 1 }, query: 'MATCH (n)\n// a comment in the query\nRETURN n' });
  });
  it('documents every endpoint with its error answers', () => {
    const doc = openApiDocument('0.0.0');
    const paths = doc.paths as Record<string, Record<string, { responses: Record<string, unknown>; parameters?: Array<{ name: string }> }>>;
    expect(Object.keys(paths)).toHaveLength(26);
    const careers = (paths['/api/export/careers']!.get!.responses['200'] as { content: Record<string, { schema: { description: string } }> }).content;
    expect(careers['text/csv']!.schema.description).toContain('person, person_id, post, role_id');
    expect(paths['/api/articles']!.post!.responses).toHaveProperty('401');
    expect(paths['/api/cypher']!.post!.responses).toHaveProperty('408');
    const upload = (paths['/api/articles']!.post as unknown as { requestBody: { content: Record<string, unknown> } }).requestBody.content;
    expect(Object.keys(upload).sort()).toEqual(['application/json', 'multipart/form-data', 'text/plain']);
    expect(paths['/api/graph/neighborhood']!.get!.parameters!.map((p) => p.name)).toEqual(['id', 'depth', 'types', 'relTypes', 'from', 'to', 'limit']);
  });
});

describe('postLabel (timeline post labels)', () => {
  it('does not repeat a body the title already names (was "市委市委常委")', () => {
    expect(postLabel('市委常委', '市委')).toBe('市委常委');
    expect(postLabel('县人大常委会副主任', '县人大常委会')).toBe('县人大常委会副主任');
  });
  it('puts the body before a bare title, with a space', () => {
    expect(postLabel('副县长', '县政府')).toBe('县政府 副县长');
    expect(postLabel('主任', null)).toBe('主任');
  });
});
