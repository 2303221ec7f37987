/**
 * The read-only Cypher console over real HTTP against the real test Neo4j: every kind
 * of write, LOAD CSV, procedures outside the allow-list, schema and admin commands and
 * multiple statements are refused, and the graph is unchanged afterwards; slow queries
 * are cut at the timeout; huge results are capped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponse } from '../../model/api.schema.js';
import { makeFixture, removeFixture, snapshot, startApp, writeFixture, type Harness } from './api-fixture.js';

const f = makeFixture();
let h: Harness;
let before: Record<string, unknown>;

async function run(query: string, params: Record<string, unknown> = {}) {
  const res = await fetch(`${h.base}/api/cypher`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  h = await startApp({ cypherTimeoutMs: 20_000, cypherMaxRows: 1000, rateLimitPerMinute: 10_000 });
  await writeFixture(h.executor, f);
  before = await snapshot(h.executor, f);
  expect(before.nodes).toBe(10);
});
afterAll(async () => {
  await removeFixture(h.executor, f);
  await h.close();
});

describe('runs read-only queries', () => {
  it('returns columns, JSON rows, Cytoscape elements and a summary', async () => {
    const r = await run('MATCH (p:Person {id: $id})-[a:ATTENDED]->(m:Meeting) RETURN p, a, m.name AS name ORDER BY m.date', { id: f.ids.p1 });
    expect(r.status).toBe(200);
    const body = CypherResponse.parse(r.body);
    expect(body.columns).toEqual(['p', 'a', 'name']);
    expect(body.rows).toHaveLength(2);
    expect(body.rows[0]![0]).toMatchObject({ labels: expect.arrayContaining(['Person']), properties: { id: f.ids.p1 } });
    expect(body.elements!.nodes.map((n) => n.data.id)).toContain(f.ids.p1);
    expect(body.elements!.edges.every((e) => e.data.type === 'ATTENDED')).toBe(true);
    expect(body.summary).toMatchObject({ queryType: 'r', rows: 2 });
    expect(body.truncated).toBe(false);
  });
  it('turns paths into elements and leaves elements null for scalars', async () => {
    const path = await run('MATCH p = (:Person {id: $id})-[:ATTENDED]->(:Meeting)-[:HELD_IN]->(:Place) RETURN p', { id: f.ids.p1 });
    expect(path.status).toBe(200);
    expect(path.body.elements.nodes.map((n: any) => n.data.id)).toContain(f.ids.pl1);
    const scalar = await run('RETURN 1 + 1 AS two, date("2021-03-05") AS d');
    expect(scalar.body.rows).toEqual([[2, '2021-03-05']]);
    expect(scalar.body.elements).toBeNull();
  });
  it('takes whole-number parameters as integers (LIMIT $n used to fail on a float)', async () => {
    const r = await run('UNWIND range(1, 10) AS x RETURN x LIMIT $n', { n: 3 });
    expect(r.status).toBe(200);
    expect(r.body.rows).toEqual([[1], [2], [3]]);
    const f2 = await run('RETURN $x AS x', { x: 1.5 });
    expect(f2.body.rows).toEqual([[1.5]]);
  });
  it('allows the schema procedures and the full-text index', async () => {
    expect((await run('CALL db.labels() YIELD label RETURN label')).status).toBe(200);
    const ft = await run("CALL db.index.fulltext.queryNodes('search_text', $q) YIELD node RETURN node.id AS id", { q: f.names.p1 });
    expect(ft.status).toBe(200);
    expect(ft.body.rows.flat()).toContain(f.ids.p1);
    expect((await run('SHOW INDEXES YIELD name RETURN name')).status).toBe(200);
  });
  it('caps a huge result and says so', async () => {
    const r = await run('UNWIND range(1, 100000) AS x RETURN x');
    expect(r.status).toBe(200);
    expect(r.body.rows).toHaveLength(1000);
    expect(r.body.truncated).toBe(true);
  });
  it('accepts one trailing semicolon and semicolons inside strings', async () => {
    const r = await run("RETURN 'a;b' AS s;");
    expect(r.status).toBe(200);
    expect(r.body.rows).toEqual([['a;b']]);
  });
});

describe('refuses everything else', () => {
  const refused: Array<[string, string]> = [
    ['CREATE', "CREATE (n:ApiTestIntruder {id: 'x'}) RETURN n"],
    ['MERGE', "MERGE (n:ApiTestIntruder {id: 'x'}) RETURN n"],
    ['SET', 'MATCH (n:Person {id: $id}) SET n.hacked = true RETURN n'],
    ['DELETE', 'MATCH (n:Person {id: $id})-[r]-() DELETE r'],
    ['DETACH DELETE', 'MATCH (n:Person {id: $id}) DETACH DELETE n'],
    ['REMOVE', 'MATCH (n:Person {id: $id}) REMOVE n.name'],
    ['CALL IN TRANSACTIONS', 'MATCH (n:Person {id: $id}) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS'],
    ['read-only CALL IN TRANSACTIONS', 'UNWIND [1] AS x CALL { WITH x RETURN x AS y } IN TRANSACTIONS RETURN y'],
    ['LOAD CSV of a file', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line"],
    ['LOAD CSV of a URL', "LOAD CSV FROM 'http://127.0.0.1:1/x.csv' AS line RETURN line"],
    ['dbms procedure', 'CALL dbms.listConfig()'],
    ['dbms.components', 'CALL dbms.components()'],
    ['apoc procedure', "CALL apoc.cypher.runWrite('CREATE (:X)', {})"],
    ['apoc function', 'RETURN apoc.version()'],
    ['db procedure outside the allow-list', "CALL db.createLabel('ApiTestIntruder')"],
    ['CREATE INDEX', 'CREATE INDEX api_test_idx IF NOT EXISTS FOR (n:ApiTestIntruder) ON (n.x)'],
    ['DROP INDEX', 'DROP INDEX search_text'],
    ['CREATE CONSTRAINT', 'CREATE CONSTRAINT api_test_c IF NOT EXISTS FOR (n:ApiTestIntruder) REQUIRE n.x IS UNIQUE'],
    ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id'],
    ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
    ['SHOW SETTINGS', 'SHOW SETTINGS'],
    ['admin command', 'SHOW USERS'],
    ['two statements', "MATCH (n) RETURN count(n); CREATE (:ApiTestIntruder {id: 'x'})"],
    ['two statements without space', "RETURN 1;RETURN 2"],
    ['PROFILE (runs the query)', "PROFILE CREATE (:ApiTestIntruder {id: 'x'})"],
    ['EXPLAIN prefix', 'EXPLAIN MATCH (n) RETURN n'],
    ['write hidden after a comment', "// just a read\nCREATE (:ApiTestIntruder {id: 'x'})"],
    ['write inside a subquery', "CALL { CREATE (n:ApiTestIntruder {id: 'x'}) RETURN n } RETURN n"],
    ['FOREACH write', "FOREACH (i IN [1] | CREATE (:ApiTestIntruder {id: 'x'}))"],
  ];
  it.each(refused)('refuses %s with a clear 4xx', async (_name, query) => {
    const r = await run(query, { id: f.ids.p1 });
    expect([400, 403]).toContain(r.status);
    expect(typeof r.body.message).toBe('string');
    expect(r.body.code).toMatch(/console_refused|cypher_error/);
    if (r.body.code === 'cypher_error') expect(r.body.message).toMatch(/Neo\.ClientError\./);
  });
  it('left the graph exactly as it was', async () => {
    expect(await snapshot(h.executor, f)).toEqual(before);
    expect(before.intruders).toBe(0);
    expect(before.indexes).toContain('search_text');
    const check = await run('MATCH (n:ApiTestIntruder) RETURN count(n) AS c');
    expect(check.body.rows).toEqual([[0]]);
    const person = await run('MATCH (n:Person {id: $id}) RETURN n.name, n.hacked', { id: f.ids.p1 });
    expect(person.body.rows).toEqual([[f.names.p1, null]]);
  });
});

describe('limits and errors', () => {
  it('cuts a slow query at the timeout with 408', async () => {
    const quick = await startApp({ cypherTimeoutMs: 1500 });
    try {
      const t0 = Date.now();
      const r = await fetch(`${quick.base}/api/cypher`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'UNWIND range(1, 500000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c' }),
      });
      expect(r.status).toBe(408);
      expect((await r.json()).code).toBe('timeout');
      expect(Date.now() - t0).toBeLessThan(8000);
      // The server is still fine afterwards, and the query is no longer running.
      expect((await run('RETURN 1 AS one')).body.rows).toEqual([[1]]);
      const stillRunning = async () => (await h.executor.readWith((tx) =>
        tx.run('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $needle RETURN count(*) AS c',
          { needle: 'range(1, 500000000)' }))).records[0]!.get('c') as number;
      let left = await stillRunning();
      for (let i = 0; i < 20 && left > 0; i++) {
        await new Promise((r) => setTimeout(r, 250));
        left = await stillRunning();
      }
      expect(left).toBe(0);
    } finally {
      await quick.close();
    }
  });
  it('reports Cypher errors with Neo4j code as 400', async () => {
    const r = await run('MATCH (n RETURN n');
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('Neo.ClientError.Statement.SyntaxError');
  });
  it('rejects a missing query, a wrong type and malformed JSON', async () => {
    expect((await run('')).status).toBe(400);
    const wrongType = await fetch(`${h.base}/api/cypher`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 42 }),
    });
    expect(wrongType.status).toBe(400);
    const bad = await fetch(`${h.base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ code: 'malformed_json', message: 'malformed JSON body' });
  });
  it('rejects an oversized body with 413', async () => {
    const query = `RETURN '${'x'.repeat(1_100_000)}' AS big`;
    const r = await fetch(`${h.base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(r.status).toBe(413);
    expect((await r.json()).code).toBe('payload_too_large');
  });
  it('rate-limits the console', async () => {
    const limited = await startApp({ rateLimitPerMinute: 2 });
    try {
      const post = () => fetch(`${limited.base}/api/cypher`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'RETURN 1' }),
      });
      const statuses = [(await post()).status, (await post()).status];
      const third = await post();
      expect(statuses).toEqual([200, 200]);
      expect(third.status).toBe(429);
      expect((await third.json()).code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
