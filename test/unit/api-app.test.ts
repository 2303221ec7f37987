/**
 * The app factory over real HTTP without a database (nothing here reaches Neo4j):
 * SPA fallback for the built client, JSON errors for the API, security headers, limits.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/api/app.js';
import { Executor } from '../../server/graph/executor.js';

let server: Server;
let base: string;
const executor = new Executor({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' }); // never connected
const clientDir = mkdtempSync(join(tmpdir(), 'baoxun-client-'));

beforeAll(async () => {
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>baoxun</title><div id="app"></div>');
  writeFileSync(join(clientDir, 'app.js'), 'console.log(1)');
  const app = createApp({ executor, config: { clientDir, bodyLimit: 1000 } });
  server = await new Promise<Server>((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await executor.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('createApp', () => {
  it('serves the built client, and index.html for client-side routes', async () => {
    const asset = await fetch(`${base}/app.js`);
    expect(await asset.text()).toBe('console.log(1)');
    for (const path of ['/', '/entity/p1', '/console?q=1']) {
      const r = await fetch(base + path);
      expect(r.status).toBe(200);
      expect(await r.text()).toContain('<div id="app">');
    }
  });
  it('answers unknown API paths with JSON 404, never the SPA page', async () => {
    const r = await fetch(`${base}/api/entity-typo/x`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/json/);
    expect((await r.json()).code).toBe('not_found');
  });
  it('sends security headers (CSP, nosniff, frame options) and no x-powered-by', async () => {
    const r = await fetch(`${base}/`);
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('x-powered-by')).toBeNull();
  });
  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    expect((await fetch(`${base}/api/openapi.json`, { headers: { 'x-request-id': 'abc-123' } })).headers.get('x-request-id')).toBe('abc-123');
    const unsafe = await fetch(`${base}/api/openapi.json`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
  it('rejects malformed JSON (400), oversized bodies (413) and validates before touching the database', async () => {
    const post = (body: string) => fetch(`${base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('{')).status).toBe(400);
    const big = await post(JSON.stringify({ query: 'x'.repeat(2000) }));
    expect(big.status).toBe(413);
    const invalid = await post(JSON.stringify({ query: '' }));
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).issues[0].path).toEqual(['query']);
    const refused = await post(JSON.stringify({ query: 'RETURN 1; RETURN 2' }));
    expect(refused.status).toBe(403);
  });
});
