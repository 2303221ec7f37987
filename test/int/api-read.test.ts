/**
 * The read endpoints over real HTTP against the real test Neo4j, on a small graph of
 * two articles written through the real writer (api-fixture.ts), including bad parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleDetail, ArticleList, AttendanceMatrix, EntityDetail, ExportJson, Health, Neighborhood, Overview, Paths,
  PersonTimeline, ProjectHistory, SearchResponse, Stats,
} from '../../model/api.schema.js';
import { makeFixture, removeFixture, startApp, writeFixture, type Harness } from './api-fixture.js';

const f = makeFixture();
const { ids, names } = f;
let h: Harness;

async function get(path: string): Promise<{ status: number; body: any; headers: Headers; text: string }> {
  const res = await fetch(h.base + path);
  const text = await res.text();
  let body: unknown = null;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body, headers: res.headers, text };
}
const q = encodeURIComponent;

beforeAll(async () => {
  h = await startApp();
  await writeFixture(h.executor, f);
});
afterAll(async () => {
  await removeFixture(h.executor, f);
  await h.close();
});

describe('health and stats', () => {
  it('reports the Neo4j version', async () => {
    const r = await get('/api/health');
    expect(r.status).toBe(200);
    const body = Health.parse(r.body);
    expect(body.status).toBe('ok');
    expect(body.neo4j.version).toMatch(/^5\./);
  });
  it('counts nodes per label and relationships per type', async () => {
    const r = await get('/api/stats');
    const body = Stats.parse(r.body);
    expect(body.nodes.Person).toBeGreaterThanOrEqual(2);
    expect(body.nodes.Article).toBeGreaterThanOrEqual(2);
    expect(body.relationships.ATTENDED).toBeGreaterThanOrEqual(4);
  });
  it('sets helmet headers and a request id', async () => {
    const r = await get('/api/health');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-request-id')).toMatch(/\S+/);
    expect(r.headers.get('x-powered-by')).toBeNull();
  });
});

describe('search', () => {
  it('finds a person by exact name first', async () => {
    const body = SearchResponse.parse((await get(`/api/search?q=${q(names.p1)}`)).body);
    expect(body.hits[0]).toMatchObject({ id: ids.p1, type: 'Person', name: names.p1 });
  });
  it('finds by name prefix and filters by type', async () => {
    const prefix = names.pr1.slice(0, 4);
    const body = SearchResponse.parse((await get(`/api/search?q=${q(prefix)}&types=Project&limit=5`)).body);
    expect(body.hits.map((x) => x.id)).toContain(ids.pr1);
    expect(body.hits.every((x) => x.type === 'Project')).toBe(true);
  });
  it('finds articles by their text, with a snippet as context', async () => {
    const body = SearchResponse.parse((await get(`/api/search?q=${q(`${names.pr1}竣工`)}&types=Article`)).body);
    const hit = body.hits.find((x) => x.id === ids.a2);
    expect(hit?.context).toContain('竣工');
  });
  it('searches Lucene syntax as plain text', async () => {
    const r = await get(`/api/search?q=${q('名字 AND (x OR "y" ~2) * ? \\')}`);
    expect(r.status).toBe(200);
  });
  it.each([
    ['no q', '/api/search'],
    ['empty q', '/api/search?q='],
    ['unknown type', '/api/search?q=x&types=Dragon'],
    ['limit not a number', '/api/search?q=x&limit=many'],
    ['limit too big', '/api/search?q=x&limit=100000'],
  ])('answers 400 with zod issues for %s', async (_name, path) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('invalid_request');
    expect(Array.isArray(r.body.issues)).toBe(true);
  });
});

describe('entities', () => {
  it('gives properties, counts per relationship type and evidence with articles', async () => {
    const body = EntityDetail.parse((await get(`/api/entities/${ids.p1}`)).body);
    expect(body).toMatchObject({ id: ids.p1, type: 'Person', name: names.p1 });
    expect(body.counts).toContainEqual({ type: 'ATTENDED', direction: 'out', count: 2 });
    expect(body.counts).toContainEqual({ type: 'MENTIONS', direction: 'in', count: 2 });
    const chair = body.evidence.find((e) => e.relType === 'ATTENDED' && e.other.id === ids.m1);
    expect(chair?.article?.id).toBe(ids.a1);
    expect(chair?.text).toContain('主持');
    expect(body.articles.map((a) => a.id)).toEqual([ids.a2, ids.a1]);
  });
  it('answers 404 for an unknown id', async () => {
    const r = await get(`/api/entities/${f.p}_nobody`);
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ code: 'not_found', message: expect.stringContaining('nobody') });
  });
});

describe('graph views', () => {
  it('neighbourhood: Cytoscape elements around a node', async () => {
    const body = Neighborhood.parse((await get(`/api/graph/neighborhood?id=${ids.p1}`)).body);
    const nodeIds = body.elements.nodes.map((n) => n.data.id);
    expect(nodeIds).toEqual(expect.arrayContaining([ids.p1, ids.r1, ids.m1, ids.m2, ids.a1, ids.a2]));
    for (const e of body.elements.edges) {
      expect(nodeIds).toContain(e.data.source);
      expect(nodeIds).toContain(e.data.target);
    }
    expect(body.elements.nodes.find((n) => n.data.id === ids.a1)?.data.text).toBeUndefined();
    expect(body.truncated).toBe(false);
  });
  it('neighbourhood: parallel facts (one per article) come as one edge with a count', async () => {
    const body = Neighborhood.parse((await get(`/api/graph/neighborhood?id=${ids.p1}&relTypes=HOLDS_ROLE`)).body);
    expect(body.elements.edges).toHaveLength(1);
    expect(body.elements.edges[0]!.data).toMatchObject({ source: ids.p1, target: ids.r1, type: 'HOLDS_ROLE', count: 2 });
    expect([...(body.elements.edges[0]!.data.article_ids as string[])].sort()).toEqual([ids.a1, ids.a2].sort());
  });
  it('neighbourhood: counts what the limit left out, per type', async () => {
    const body = Neighborhood.parse((await get(`/api/graph/neighborhood?id=${ids.p1}&limit=2`)).body);
    expect(body.elements.nodes).toHaveLength(3);
    expect(Object.values(body.hidden).reduce((a, b) => a + b, 0)).toBe(3);
    expect(body.truncated).toBe(true);
  });
  it('neighbourhood: filters by type, relationship type and date', async () => {
    const meetings = Neighborhood.parse((await get(`/api/graph/neighborhood?id=${ids.p1}&types=Meeting`)).body);
    expect(meetings.elements.nodes.map((n) => n.data.id).sort()).toEqual([ids.p1, ids.m1, ids.m2].sort());
    const late = Neighborhood.parse((await get(`/api/graph/neighborhood?id=${ids.p1}&relTypes=ATTENDED&from=2021-05-01`)).body);
    expect(late.elements.nodes.map((n) => n.data.id).sort()).toEqual([ids.p1, ids.m2].sort());
  });
  it('neighbourhood: depth 2 reaches the place through the meeting', async () => {
    const body = Neighborhood.parse((await get(`/api/graph/neighborhood?id=${ids.p1}&depth=2&relTypes=ATTENDED,HELD_IN`)).body);
    expect(body.elements.nodes.map((n) => n.data.id)).toContain(ids.pl1);
  });
  it('neighbourhood: 404 for unknown ids, 400 for bad depth or dates', async () => {
    expect((await get(`/api/graph/neighborhood?id=${f.p}_none`)).status).toBe(404);
    expect((await get(`/api/graph/neighborhood?id=${ids.p1}&depth=3`)).status).toBe(400);
    expect((await get(`/api/graph/neighborhood?id=${ids.p1}&from=2021-02-30`)).status).toBe(400);
    expect((await get(`/api/graph/neighborhood?id=${ids.p1}&relTypes=LOVES`)).status).toBe(400);
    expect((await get('/api/graph/neighborhood')).status).toBe(400);
  });
  it('overview: the busiest entities with their degree', async () => {
    const body = Overview.parse((await get('/api/graph/overview?limit=300')).body);
    expect(body.elements.nodes.length).toBeGreaterThan(0);
    expect(typeof body.elements.nodes[0]?.data.degree).toBe('number');
    expect((await get('/api/graph/overview?limit=0')).status).toBe(400);
  });
  it('paths: shortest paths between two entities', async () => {
    const body = Paths.parse((await get(`/api/graph/paths?from=${ids.p2}&to=${ids.pl1}&max=3`)).body);
    expect(body.paths.length).toBeGreaterThan(0);
    expect(body.paths[0]!.nodes[0]).toBe(ids.p2);
    expect(body.paths[0]!.nodes.at(-1)).toBe(ids.pl1);
    expect(body.elements.nodes.map((n) => n.data.id)).toContain(ids.pl1);
    expect((await get(`/api/graph/paths?from=${ids.p2}&to=${f.p}_none`)).status).toBe(404);
    expect((await get(`/api/graph/paths?from=${ids.p2}`)).status).toBe(400);
  });
});

describe('timelines', () => {
  it('a person: posts with tenure and meetings in date order', async () => {
    const body = PersonTimeline.parse((await get(`/api/people/${ids.p1}/timeline`)).body);
    expect(body.roles).toEqual([expect.objectContaining({
      role: { id: ids.r1, type: 'Role', name: '市长' }, first_seen: '2021-03-05', last_seen: '2021-06-10',
      of: expect.objectContaining({ id: ids.o1 }),
    })]);
    expect(body.meetings.map((m) => [m.meeting.id, m.as])).toEqual([[ids.m1, 'chair'], [ids.m2, 'attendee']]);
    expect(body.meetings[0]!.place?.id).toBe(ids.pl1);
    expect(body.meetings[0]!.article?.id).toBe(ids.a1);
    expect(body.events.map((e) => e.date)).toEqual(['2021-03-05', '2021-03-05', '2021-06-10']);
  });
  it('a project: dated steps with their articles', async () => {
    const body = ProjectHistory.parse((await get(`/api/projects/${ids.pr1}/history`)).body);
    expect(body.steps.map((s) => [s.stage, s.date, s.article.id])).toEqual([
      ['开工', '2021-03-05', ids.a1], ['竣工', '2021-06-10', ids.a2],
    ]);
    expect(body.steps[1]!.amount_yuan).toBe(12000000);
    expect(body.related).toContainEqual(expect.objectContaining({ id: ids.m1, rel: 'ABOUT' }));
  });
  it('404 for unknown or wrong-type ids', async () => {
    expect((await get(`/api/people/${ids.pr1}/timeline`)).status).toBe(404);
    expect((await get(`/api/projects/${ids.p1}/history`)).status).toBe(404);
  });
});

describe('attendance', () => {
  it('person × meeting matrix and co-attendance, by place', async () => {
    const body = AttendanceMatrix.parse((await get(`/api/meetings/attendance?place=${ids.pl1}&from=2021-01-01&to=2021-12-31`)).body);
    expect(body.meetings.map((m) => m.id)).toEqual([ids.m1]); // m2 has no HELD_IN
    expect(body.cells).toContainEqual({ person: ids.p1, meeting: ids.m1, as: 'chair', roles: ['chair'] });
    expect(body.coAttendance).toEqual([{ a: [ids.p1, ids.p2].sort()[0], b: [ids.p1, ids.p2].sort()[1], count: 1 }]);
  });
  it('co-attendance counts both meetings in the window', async () => {
    const body = AttendanceMatrix.parse((await get('/api/meetings/attendance?from=2021-03-05&to=2021-06-10&limit=500')).body);
    const pair = body.coAttendance.find((c) => [c.a, c.b].sort().join() === [ids.p1, ids.p2].sort().join());
    expect(pair?.count).toBe(2);
    expect((await get('/api/meetings/attendance?from=yesterday')).status).toBe(400);
  });
});

describe('articles', () => {
  it('lists articles in a window containing a text', async () => {
    const body = ArticleList.parse((await get(`/api/articles?q=${q(names.pr1)}&from=2021-06-01`)).body);
    expect(body.articles.map((a) => a.id)).toEqual([ids.a2]);
    expect(body.total).toBe(1);
  });
  it('an article with <script> in its text comes back as plain JSON data', async () => {
    const r = await get(`/api/articles/${ids.a2}`);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const body = ArticleDetail.parse(r.body);
    expect(body.text).toContain('<script>alert("x")</script>');
    expect(r.text).not.toMatch(/^\s*</);
    const project = body.mentions.find((m) => m.entity.id === ids.pr1);
    const [s, e] = project!.spans[0]!;
    expect(body.text.slice(s, e)).toBe(names.pr1);
  });
  it('pages with limit and offset', async () => {
    const page = (o: number) => get(`/api/articles?q=${q(names.pr1)}&limit=1&offset=${o}`);
    const [p0, p1] = [ArticleList.parse((await page(0)).body), ArticleList.parse((await page(1)).body)];
    expect([p0.total, p1.total]).toEqual([2, 2]);
    expect([...p0.articles, ...p1.articles].map((a) => a.id)).toEqual([ids.a2, ids.a1]);
  });
  it('404 for an unknown article, 400 for a bad date', async () => {
    expect((await get(`/api/articles/${f.p}_none`)).status).toBe(404);
    expect((await get('/api/articles?from=2021-13-01')).status).toBe(400);
  });
});

describe('export, examples, OpenAPI, unknown routes', () => {
  it('exports a subgraph as JSON, GraphML and CSV', async () => {
    const json = ExportJson.parse((await get(`/api/export?format=json&id=${ids.pr1}&depth=1`)).body);
    expect(json.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([ids.pr1, ids.m1, ids.a1, ids.pl1]));
    expect(json.nodes.find((n) => n.id === ids.a1)?.properties.text).toBeUndefined();
    const graphml = await get(`/api/export?format=graphml&id=${ids.pr1}`);
    expect(graphml.headers.get('content-type')).toMatch(/graphml/);
    expect(graphml.text).toContain(`<node id="${ids.pr1}">`);
    const csv = await get(`/api/export?format=csv&id=${ids.pr1}`);
    expect(csv.text.split('\r\n')[0]).toMatch(/^kind,id,label,source,target/);
    expect(csv.text).toContain(`edge,`);
    expect((await get('/api/export?format=xls')).status).toBe(400);
    expect((await get(`/api/export?id=${f.p}_none`)).status).toBe(404);
  });
  it('exports the whole graph, capped by limit', async () => {
    const all = ExportJson.parse((await get('/api/export?format=json&limit=3')).body);
    expect(all.nodes).toHaveLength(3);
    expect(all.truncated).toBe(true);
    const ids3 = new Set(all.nodes.map((n) => n.id));
    for (const e of all.edges) expect([ids3.has(e.source), ids3.has(e.target)]).toEqual([true, true]);
  });
  it('serves the OpenAPI document generated from the schemas', async () => {
    const r = await get('/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/search', '/api/cypher', '/api/graph/neighborhood']));
  });
  it('answers unknown API routes with a JSON 404', async () => {
    const r = await get('/api/no-such-thing');
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('not_found');
  });
});
