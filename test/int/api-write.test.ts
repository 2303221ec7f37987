/**
 * Writes over real HTTP against the real test Neo4j: POST /api/articles (JSON, text/plain,
 * multipart file) and DELETE /api/articles/:id behind the API key, and the 4xx answers
 * for missing keys, wrong keys, wrong types, unsupported media and oversized bodies.
 * The article texts are written for this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateArticleResponse, DeleteArticleResponse, Health } from '../../model/api.schema.js';
import { Executor } from '../../server/graph/executor.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { createApp } from '../../server/api/app.js';
import { startApp, type Harness } from './api-fixture.js';

const KEY = `test-key-${Math.random().toString(36).slice(2)}`;
let h: Harness;
let readOnly: Harness;
const created: string[] = [];
const tag = `${Date.now() % 100000}`;

async function post(base: string, body: BodyInit, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/api/articles`, { method: 'POST', body, headers });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as any };
}
const json = { 'content-type': 'application/json' };
const auth = { authorization: `Bearer ${KEY}` };

beforeAll(async () => {
  h = await startApp({ apiKey: KEY, uploadLimit: 64 * 1024, rateLimitPerMinute: 10_000 });
  readOnly = await startApp({ apiKey: undefined });
});
afterAll(async () => {
  if (created.length) await deleteArticles(h.executor, created);
  await h.close();
  await readOnly.close();
});

describe('API key', () => {
  const body = JSON.stringify({ text: '本报讯 测试文本。' });
  it('refuses writes with 403 while BAOXUN_API_KEY is unset', async () => {
    const r = await post(readOnly.base, body, { ...json, ...auth });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('writes_disabled');
    const del = await fetch(`${readOnly.base}/api/articles/whatever`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(403);
  });
  it('answers 401 without a key and with a wrong key', async () => {
    expect((await post(h.base, body, json)).status).toBe(401);
    const wrong = await post(h.base, body, { ...json, authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ code: 'unauthorized', message: 'wrong API key' });
    expect((await post(h.base, body, { ...json, 'x-api-key': 'nope' })).status).toBe(401);
  });
});

describe('POST /api/articles', () => {
  it('extracts and stores a JSON article, and returns what was found', async () => {
    const text = `本报讯 3月8日，县委书记王${tag}强主持召开县委常委会会议，研究部署春耕工作。`;
    const r = await post(h.base, JSON.stringify({ text, title: `常委会${tag}`, published: '2022-03-08', region: '平湖市' }), { ...json, 'x-api-key': KEY });
    expect(r.status).toBe(201);
    const body = CreateArticleResponse.parse(r.body);
    expect(body.articles).toHaveLength(1);
    const a = body.articles[0]!;
    created.push(a.article.id);
    expect(a.article).toMatchObject({ title: `常委会${tag}`, published: '2022-03-08' });
    expect(a.entities.length).toBeGreaterThan(0);
    const stored = await fetch(`${h.base}/api/articles/${a.article.id}`);
    expect(stored.status).toBe(200);
    expect((await stored.json()).text).toBe(text);
  });
  it('accepts text/plain and a multipart file upload', async () => {
    const plain = await post(h.base, `本报讯 纯文本上传测试${tag}，内容为测试用。`, { 'content-type': 'text/plain', ...auth });
    expect(plain.status).toBe(201);
    created.push(...plain.body.articles.map((a: any) => a.article.id));
    const form = new FormData();
    form.append('file', new Blob([`本报讯 文件上传测试${tag}，内容为测试用。`], { type: 'text/plain' }), `upload-${tag}.txt`);
    form.append('published', '2022-04-01');
    const file = await post(h.base, form, auth);
    expect(file.status).toBe(201);
    const a = CreateArticleResponse.parse(file.body).articles[0]!;
    created.push(a.article.id);
    expect(a.article.published).toBe('2022-04-01');
  });
  it('answers 400 for wrong types and bad dates, 415 for other media', async () => {
    const wrong = await post(h.base, JSON.stringify({ text: 42 }), { ...json, ...auth });
    expect(wrong.status).toBe(400);
    expect(wrong.body.issues[0].path).toEqual(['text']);
    expect((await post(h.base, JSON.stringify({ text: 'x', published: '2022-02-30' }), { ...json, ...auth })).status).toBe(400);
    expect((await post(h.base, '<a>x</a>', { 'content-type': 'application/xml', ...auth })).status).toBe(415);
    expect((await post(h.base, '{"text": "x"', { ...json, ...auth })).status).toBe(400);
  });
  it('answers 413 for an oversized JSON body and an oversized file', async () => {
    const big = await post(h.base, JSON.stringify({ text: '字'.repeat(600_000) }), { ...json, ...auth });
    expect(big.status).toBe(413);
    const form = new FormData();
    form.append('file', new Blob(['字'.repeat(40_000)]), 'big.txt');
    const file = await post(h.base, form, auth);
    expect(file.status).toBe(413);
    expect(file.body.code).toBe('payload_too_large');
  });
});

describe('DELETE /api/articles/:id', () => {
  it('deletes an article and reports what went with it; 404 the second time', async () => {
    const r = await post(h.base, JSON.stringify({ text: `本报讯 删除测试（${tag}）：副县长赵立明出席活动。`, title: `删除${tag}` }), { ...json, ...auth });
    const id = r.body.articles[0].article.id as string;
    created.push(id);
    const del = await fetch(`${h.base}/api/articles/${id}`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(200);
    const body = DeleteArticleResponse.parse(await del.json());
    expect(body.id).toBe(id);
    expect(body.relationshipsDeleted).toBeGreaterThan(0);
    expect((await fetch(`${h.base}/api/articles/${id}`)).status).toBe(404);
    expect((await fetch(`${h.base}/api/articles/${id}`, { method: 'DELETE', headers: auth })).status).toBe(404);
  });
});

describe('database down', () => {
  it('health answers 503 with the reason; data routes answer 503 {code, message}', async () => {
    const dead = new Executor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const app = createApp({ executor: dead, config: { neo4jUri: 'bolt://127.0.0.1:1' } });
    const server = await new Promise<import('node:http').Server>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
    const base = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}`;
    try {
      const health = await fetch(`${base}/api/health`);
      expect(health.status).toBe(503);
      const body = Health.parse(await health.json());
      expect(body.status).toBe('unavailable');
      expect(body.reason).toMatch(/ServiceUnavailable/);
      const stats = await fetch(`${base}/api/stats`);
      expect(stats.status).toBe(503);
      const err = await stats.json();
      expect(err.code).toBe('database_unavailable');
      expect(JSON.stringify(err)).not.toMatch(/at .*\.js:\d+/); // no stack trace
      // Once the outage is known, the next requests answer at once instead of retrying.
      const t0 = Date.now();
      const again = await fetch(`${base}/api/search?q=x`);
      expect(again.status).toBe(503);
      expect(Date.now() - t0).toBeLessThan(3000);
    } finally {
      await new Promise((r) => server.close(r));
      await dead.close();
    }
  });
});
