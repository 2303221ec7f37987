/**
 * Hostile API input over real HTTP against the test Neo4j (issue 16): malformed and deeply
 * nested JSON, prototype-pollution keys, path traversal and NUL bytes in ids, huge and
 * negative limits and depths, Lucene syntax in search, lone surrogates, broken percent
 * encoding, forged Host and X-Forwarded-For headers, a hostile HTML upload. Each answer is
 * a 4xx with the `{code, message}` shape (or a 200 where the input is merely odd), never a
 * 500, and the server keeps answering.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type Harness } from './api-fixture.js';

let h: Harness;
const KEY = 'api-input-test-key';

interface Case {
  name: string;
  method?: string;
  path: string;
  body?: string;
  type?: string;
  headers?: Record<string, string>;
  /** Statuses accepted; a 4xx unless the input is only odd (then 200 too). */
  ok: number[];
}

const json = 'application/json';
const deep = (n: number) => `{"query":"RETURN $x AS x","params":{"x":${'['.repeat(n)}1${']'.repeat(n)}}}`;
const deepObj = (n: number) => `{"query":"RETURN 1","params":{"x":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}}`;
const lucene = ['*', '"', '~', '\\', 'AND', 'OR NOT', '(', ')', '[', '{', 'title:x', 'a~~', '/.*/', '?*', '&&', '||', '^2', '!', '-', '+', ':', '"unclosed', 'a AND (b OR', '\\\\'];

const cases: Case[] = [
  // JSON bodies
  { name: 'malformed JSON', method: 'POST', path: '/api/cypher', body: '{"query": ', type: json, ok: [400] },
  { name: 'JSON with a trailing comma', method: 'POST', path: '/api/cypher', body: '{"query":"RETURN 1",}', type: json, ok: [400] },
  { name: 'a JSON string, not an object', method: 'POST', path: '/api/cypher', body: '"RETURN 1"', type: json, ok: [400] },
  { name: 'JSON null', method: 'POST', path: '/api/cypher', body: 'null', type: json, ok: [400] },
  { name: 'arrays nested 100,000 deep', method: 'POST', path: '/api/cypher', body: deep(100_000), type: json, ok: [400] },
  { name: 'objects nested 20,000 deep', method: 'POST', path: '/api/cypher', body: deepObj(20_000), type: json, ok: [400] },
  { name: 'params nested 65 deep', method: 'POST', path: '/api/cypher', body: deep(65), type: json, ok: [400] },
  { name: '__proto__ key', method: 'POST', path: '/api/cypher', body: '{"query":"RETURN 1","params":{"__proto__":{"polluted":1}}}', type: json, ok: [400] },
  { name: 'constructor.prototype key', method: 'POST', path: '/api/cypher', body: '{"query":"RETURN 1","params":{"constructor":{"prototype":{"polluted":1}}}}', type: json, ok: [400] },
  { name: 'query of the wrong type', method: 'POST', path: '/api/cypher', body: '{"query":["RETURN 1"]}', type: json, ok: [400] },
  { name: 'params of the wrong type', method: 'POST', path: '/api/cypher', body: '{"query":"RETURN 1","params":[1]}', type: json, ok: [400] },
  { name: 'text/plain body to a JSON route', method: 'POST', path: '/api/cypher', body: 'RETURN 1', type: 'text/plain', ok: [400] },
  { name: 'no body', method: 'POST', path: '/api/cypher', ok: [400] },
  { name: 'parameters over 100 kB', method: 'POST', path: '/api/cypher', body: JSON.stringify({ query: 'RETURN $s', params: { s: 'x'.repeat(200_000) } }), type: json, ok: [400] },
  { name: 'a lone surrogate in a query', method: 'POST', path: '/api/cypher', body: '{"query":"RETURN \'\\ud800\' AS s"}', type: json, ok: [200, 400] },
  { name: 'a lone surrogate in a parameter name', method: 'POST', path: '/api/cypher', body: '{"query":"RETURN 1","params":{"\\udc00":1}}', type: json, ok: [200, 400] },
  // ids
  { name: 'path traversal in an entity id', path: '/api/entities/..%2F..%2F..%2Fetc%2Fpasswd', ok: [400, 404] },
  { name: 'path traversal in an article id', path: '/api/articles/..%2F..%2Fetc%2Fpasswd', ok: [400, 404] },
  { name: 'dot segments in the path', path: '/api/entities/../../etc/passwd', ok: [400, 404] },
  { name: 'a NUL byte in an id', path: '/api/entities/abc%00def', ok: [400, 404] },
  { name: 'a NUL byte in a timeline id', path: '/api/people/%00/timeline', ok: [400, 404] },
  { name: 'broken percent-encoding in an id', path: '/api/entities/%E0%A4%A', ok: [400] },
  { name: 'a lone surrogate (as UTF-8 bytes) in an id', path: '/api/entities/%ED%A0%80', ok: [400, 404] },
  { name: 'a 300-character id', path: `/api/entities/${'x'.repeat(300)}`, ok: [400] },
  { name: 'an id in an export', path: '/api/export?format=json&id=%00', ok: [400, 404] },
  // limits and depths
  { name: 'a huge search limit', path: '/api/search?q=x&limit=99999999999', ok: [400] },
  { name: 'a negative search limit', path: '/api/search?q=x&limit=-1', ok: [400] },
  { name: 'a limit of 1e400', path: '/api/search?q=x&limit=1e400', ok: [400] },
  { name: 'a limit that is not a number', path: '/api/search?q=x&limit=abc', ok: [400] },
  { name: 'a fractional limit', path: '/api/search?q=x&limit=2.5', ok: [400] },
  { name: 'two limits', path: '/api/search?q=x&limit=1&limit=2', ok: [400] },
  { name: 'a negative neighbourhood depth', path: '/api/graph/neighborhood?id=x&depth=-1', ok: [400] },
  { name: 'a huge neighbourhood depth', path: '/api/graph/neighborhood?id=x&depth=1000000', ok: [400] },
  { name: 'a huge neighbourhood limit', path: '/api/graph/neighborhood?id=x&limit=1000000000', ok: [400] },
  { name: 'a huge path length', path: '/api/graph/paths?from=a&to=b&max=100000', ok: [400] },
  { name: 'a negative overview limit', path: '/api/graph/overview?limit=-5', ok: [400] },
  { name: 'a huge attendance limit', path: '/api/meetings/attendance?limit=1e12', ok: [400] },
  { name: 'a negative article offset or limit', path: '/api/articles?limit=-1', ok: [400] },
  { name: 'a huge export depth', path: '/api/export?id=x&depth=99', ok: [400] },
  { name: 'an unknown export format', path: '/api/export?format=xml', ok: [400] },
  // search text
  ...lucene.map((q): Case => ({ name: `Lucene syntax ${q}`, path: `/api/search?q=${encodeURIComponent(q)}`, ok: [200, 400] })),
  { name: 'an empty search', path: '/api/search?q=', ok: [400] },
  { name: 'a 1,500-character search (13.5 kB of URL)', path: `/api/search?q=${encodeURIComponent('检'.repeat(1_500))}`, ok: [200, 400] },
  { name: 'a lone surrogate in search (as UTF-8 bytes)', path: '/api/search?q=%ED%A0%80', ok: [200, 400] },
  { name: 'broken percent-encoding in search', path: '/api/search?q=%E0%A4%A', ok: [200, 400] },
  { name: 'a search key with bracket syntax', path: '/api/search?q[__proto__][x]=1', ok: [200, 400] },
  // routes and headers
  { name: 'an unknown route', path: '/api/nope', ok: [404] },
  { name: 'a wrong method', method: 'DELETE', path: '/api/search?q=x', ok: [404, 405] },
  { name: 'a write without a key', method: 'POST', path: '/api/articles', body: '{"text":"x"}', type: json, ok: [401] },
  { name: 'a write with a wrong key', method: 'POST', path: '/api/articles', body: '{"text":"x"}', type: json, headers: { 'x-api-key': 'nope' }, ok: [401] },
  { name: 'a foreign Host (DNS rebinding)', path: '/api/stats', headers: { host: 'evil.example:80' }, ok: [421] },
  { name: 'a foreign Host on the console', method: 'POST', path: '/api/cypher', body: '{"query":"RETURN 1"}', type: json, headers: { host: 'attacker.test' }, ok: [421] },
  { name: 'a Host that starts like localhost', path: '/api/stats', headers: { host: '127.0.0.1.attacker.test:3000' }, ok: [421] },
];

/** node:http, so that Host and odd paths go out exactly as written (fetch normalises them). */
function send(c: Case): Promise<{ status: number; body: string }> {
  const url = new URL(h.base);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(c.type ? { 'content-type': c.type } : {}), ...c.headers };
    if (c.body !== undefined) headers['content-length'] = String(Buffer.byteLength(c.body));
    const req = httpRequest({ host: url.hostname, port: url.port, method: c.method ?? 'GET', path: c.path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    if (c.body !== undefined) req.write(c.body);
    req.end();
  });
}

beforeAll(async () => {
  h = await startApp({ apiKey: KEY, rateLimitPerMinute: 10_000 });
  await fetch(`${h.base}/api/entities/warm-up`); // the first query of a fresh test database can be slow
});
afterAll(async () => {
  await h.close();
});

describe('hostile input gets a 4xx with {code, message}, never a 500', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const r = await send(c);
    expect(c.ok, `${c.name}: ${r.status} ${r.body.slice(0, 200)}`).toContain(r.status);
    if (r.status >= 400) {
      const body = JSON.parse(r.body) as Record<string, unknown>;
      expect(typeof body.code).toBe('string');
      expect(typeof body.message).toBe('string');
      expect(r.body).not.toMatch(/\n\s+at |node_modules/); // no stack trace
    }
  });
  it('polluted nothing and still answers', async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${h.base}/api/health`)).status).toBe(200);
  });
  it(`tried ${cases.length} kinds of input`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });
});

describe('rate limit and proxies', () => {
  it('a forged X-Forwarded-For does not give a local client a fresh rate-limit bucket', async () => {
    const limited = await startApp({ rateLimitPerMinute: 2 });
    try {
      const post = (xff: string) => fetch(`${limited.base}/api/cypher`, {
        method: 'POST', headers: { 'content-type': json, 'x-forwarded-for': xff }, body: JSON.stringify({ query: 'RETURN 1' }),
      });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(`203.0.113.${i + 1}`)).status);
      expect(statuses).toEqual([200, 200, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('a hostile HTML upload', () => {
  it('fails alone in well under a second while /api/health keeps answering', async () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}本报讯 青溪县召开会议。${'</div>'.repeat(100_000)}</body></html>`;
    const form = new FormData();
    form.set('file', new Blob([html], { type: 'text/html' }), 'deep.html');
    const t0 = performance.now();
    const upload = fetch(`${h.base}/api/articles`, { method: 'POST', headers: { 'x-api-key': KEY }, body: form });
    const health: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = performance.now();
      expect((await fetch(`${h.base}/api/health`)).status).toBe(200);
      health.push(performance.now() - s);
    }
    const r = await upload;
    const ms = performance.now() - t0;
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ code: 'unreadable_input', message: 'cannot read the upload: HTML elements nested more than 256 levels deep; not parsed' });
    expect(ms).toBeLessThan(5_000);
    expect(Math.max(...health)).toBeLessThan(2_000);
  });
});
