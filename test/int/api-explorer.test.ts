/**
 * The explorer's endpoints over real HTTP against the real test Neo4j: corrections (merge,
 * split, rename) behind the API key, their audit list and undo, each surviving a re-ingest of
 * the same articles; briefs; search in traditional characters; the landing view's ranked
 * lists. Articles written for this test (invented people of an invented county), ingested
 * through POST /api/articles so the real extraction and resolution run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Briefs, CorrectionResult, Corrections, CreateArticleResponse, EntityDetail, SearchResponse, TopEntities,
} from '../../model/api.schema.js';
import { hanVariants } from '../../server/api/explorer/han-variants.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { startApp, type Harness } from './api-fixture.js';

const KEY = `explorer-key-${Math.random().toString(36).slice(2)}`;
const pick = (pool: string, n: number): string => Array.from({ length: n }, () => pool[Math.floor(Math.random() * pool.length)]).join('');
// Per run: names and a county nobody else uses (person ids are per name and region).
const region = `栖${pick('霞云川岚峰', 2)}县`;
const chen = `陈${pick('华强远明伟军平志', 2)}`;
const liu = `刘${pick('国庆振兴家宝春', 2)}`;
const wu = `吴${pick('文武德才光辉', 2)}`;
const texts = [
  { title: '县政府常务会议召开', published: '2023-05-06', text: `本报讯 5月6日，县长${chen}主持召开县政府常务会议，副县长${liu}出席会议。会议研究了城东污水处理厂建设项目。` },
  { title: '副县长调研污水处理厂项目', published: '2023-06-08', text: `本报讯 6月8日，副县长${liu}到城东污水处理厂建设项目现场调研，县发改局局长${wu}陪同。` },
];

let h: Harness;
const articleIds: string[] = [];
const judgementIds = new Set<string>();
const auth = { 'content-type': 'application/json', authorization: `Bearer ${KEY}` };

async function ingest(): Promise<void> {
  for (const t of texts) {
    const res = await fetch(`${h.base}/api/articles`, { method: 'POST', headers: auth, body: JSON.stringify({ ...t, region }) });
    expect(res.status).toBe(201);
    for (const a of CreateArticleResponse.parse(await res.json()).articles) if (!articleIds.includes(a.article.id)) articleIds.push(a.article.id);
  }
}
async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`${h.base}${path}`);
  return { status: res.status, body: await res.json() };
}
async function post(path: string, body: unknown, headers: Record<string, string> = auth): Promise<{ status: number; body: any }> {
  const res = await fetch(`${h.base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}
/** The id of the person of this name in our articles, or null. */
async function personId(name: string): Promise<string | null> {
  const { body } = await get(`/api/search?q=${encodeURIComponent(name)}&types=Person&limit=20`);
  for (const hit of SearchResponse.parse(body).hits) {
    if (hit.name !== name) continue;
    const d = EntityDetail.parse((await get(`/api/entities/${encodeURIComponent(hit.id)}`)).body);
    if (d.articles.some((a) => articleIds.includes(a.id))) return hit.id;
  }
  return null;
}
const detail = async (id: string) => EntityDetail.parse((await get(`/api/entities/${encodeURIComponent(id)}`)).body);
function made(body: unknown): CorrectionResult {
  const r = CorrectionResult.parse(body);
  for (const c of r.corrections) judgementIds.add(c.id);
  return r;
}

beforeAll(async () => {
  h = await startApp({ apiKey: KEY, rateLimitPerMinute: 10_000 });
  await ingest();
});
afterAll(async () => {
  if (articleIds.length) await deleteArticles(h.executor, articleIds);
  await h.executor.writeWith((tx) => tx.run('MATCH (j:Judgement) WHERE j.id IN $ids DETACH DELETE j', { ids: [...judgementIds] }));
  await h.close();
});

describe('corrections', () => {
  it('refuses writes without the key, and checks a key', async () => {
    expect((await post('/api/corrections/rename', { id: 'x', name: 'y' }, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await fetch(`${h.base}/api/key`, { headers: { 'x-api-key': 'wrong' } })).status).toBe(401);
    expect((await fetch(`${h.base}/api/key`, { headers: { 'x-api-key': KEY } })).status).toBe(200);
  });

  it('merges two people, keeps it through a re-ingest, and undoes it (also through a re-ingest)', async () => {
    const keep = (await personId(chen))!;
    const other = (await personId(liu))!;
    expect(keep && other).toBeTruthy();
    const merged = await post('/api/corrections/merge', { keep, others: [other], by: '测试员', note: 'same person' });
    expect(merged.status).toBe(201);
    const j = made(merged.body).corrections[0]!;
    expect(j).toMatchObject({ kind: 'merge', target: other, into: keep, by: '测试员', target_name: liu, undone: null });
    expect((await get(`/api/entities/${other}`)).status).toBe(404);
    expect((await detail(keep)).props.aliases).toContain(liu);
    await ingest();
    expect((await get(`/api/entities/${other}`)).status).toBe(404);
    expect((await detail(keep)).articles.map((a) => a.id).sort()).toEqual([...articleIds].sort());

    const undone = await post(`/api/corrections/${j.id}/undo`, { by: '审校' });
    expect(undone.status).toBe(200);
    const u = made(undone.body);
    expect(u.rederived).toBe(2);
    expect(u.corrections[0]).toMatchObject({ id: j.id, undone_by: '审校' });
    expect(u.corrections[0]!.undone).toMatch(/^\d{4}-/);
    expect((await get(`/api/entities/${other}`)).status).toBe(200);
    expect((await detail(keep)).props.aliases ?? []).not.toContain(liu);
    expect((await detail(other)).articles).toHaveLength(2);
    await ingest();
    expect(await personId(liu)).toBe(other);
    expect((await post(`/api/corrections/${j.id}/undo`, {})).status).toBe(409);
    const audit = Corrections.parse((await get('/api/corrections')).body).corrections.find((c) => c.id === j.id);
    expect(audit).toMatchObject({ kind: 'merge', by: '测试员', undone_by: '审校', note: 'same person' });
  });

  it('renames, keeps the name through a re-ingest, and undoes the rename', async () => {
    const id = (await personId(wu))!;
    const name = `${wu}（更正）`;
    const r = await post('/api/corrections/rename', { id, name, by: '测试员' });
    expect(r.status).toBe(201);
    const j = made(r.body).corrections[0]!;
    expect(j).toMatchObject({ kind: 'rename', from_name: wu, name });
    expect((await detail(id)).name).toBe(name);
    await ingest();
    expect((await detail(id)).name).toBe(name);
    expect((await post(`/api/corrections/${j.id}/undo`, { by: '测试员' })).status).toBe(200);
    expect((await detail(id)).name).toBe(wu);
    await ingest();
    expect((await detail(id)).name).toBe(wu);
  });

  it('splits a person by article and undoes the split', async () => {
    const id = (await personId(liu))!;
    const second = articleIds[1]!;
    const r = await post('/api/corrections/split', { id, articles: [second], by: '测试员' });
    expect(r.status).toBe(201);
    const j = made(r.body).corrections[0]!;
    expect(j.kind).toBe('split');
    expect((await detail(j.into)).articles.map((a) => a.id)).toEqual([second]);
    expect((await detail(id)).articles.map((a) => a.id)).not.toContain(second);
    await ingest();
    expect((await detail(j.into)).articles.map((a) => a.id)).toEqual([second]);
    const u = await post(`/api/corrections/${j.id}/undo`, {});
    expect(u.status).toBe(200);
    expect((await get(`/api/entities/${encodeURIComponent(j.into)}`)).status).toBe(404);
    expect((await detail(id)).articles).toHaveLength(2);
  });

  it('answers bad corrections in words', async () => {
    const person = (await personId(chen))!;
    const bad = await post('/api/corrections/merge', { keep: person, others: ['no-such-entity'] });
    expect(bad).toMatchObject({ status: 400, body: { code: 'invalid_correction' } });
    expect(bad.body.message).toContain('no-such-entity');
    expect((await post('/api/corrections/nope/undo', {})).status).toBe(404);
    expect((await post('/api/corrections/split', { id: person, articles: [] })).status).toBe(400);
  });
});

describe('reading', () => {
  it('gives briefs: a person\'s latest post', async () => {
    const id = (await personId(chen))!;
    const b = Briefs.parse((await get(`/api/briefs?ids=${id},unknown-id`)).body).briefs;
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ id, post: '县长' });
  });

  it('finds a simplified name searched in traditional characters, with the post', async () => {
    const id = (await personId(chen))!;
    const traditional = hanVariants(chen).find((v) => v !== chen)!;
    expect(traditional).toBeTruthy();
    const hits = SearchResponse.parse((await get(`/api/search?q=${encodeURIComponent(traditional)}&types=Person`)).body).hits;
    const hit = hits.find((x) => x.id === id);
    expect(hit?.brief?.post).toBe('县长');
  });

  it('ranks entities by ties and mentions and draws the strongest ties among them', async () => {
    const top = TopEntities.parse((await get('/api/graph/top?types=Person,Meeting&limit=5&ties=50')).body);
    expect(Object.keys(top.byDegree).sort()).toEqual(['Meeting', 'Person']);
    const people = top.byDegree.Person!;
    expect(people.length).toBeGreaterThan(0);
    expect(people.length).toBeLessThanOrEqual(5);
    expect(people.map((p) => p.degree)).toEqual([...people.map((p) => p.degree)].sort((a, b) => b - a));
    const mentions = top.byMentions.Person!.map((p) => p.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
    const ids = new Set(top.elements.nodes.map((n) => n.data.id));
    for (const e of top.elements.edges) {
      expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
      expect(Number(e.data.count)).toBeGreaterThan(0);
    }
    expect(top.elements.edges.length).toBeLessThanOrEqual(50);
  });
});
