/**
 * The console as an attacker sees it (issue 16), over real HTTP against the test Neo4j:
 * escape attempts (writes hidden in subqueries, UNION branches and CALL {}, IN TRANSACTIONS,
 * LOAD CSV, procedures outside the allow-list, admin commands, USE system, several
 * statements, comments and Unicode look-alikes hiding keywords, CYPHER hints, EXPLAIN and
 * PROFILE) are all refused; resource abuse is refused or cut by the timeout while other
 * requests keep answering; the graph is unchanged afterwards.
 */
import { availableParallelism, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFixture, removeFixture, snapshot, startApp, writeFixture, type Harness } from './api-fixture.js';

const f = makeFixture();
let h: Harness;
let before: Record<string, unknown>;
const TIMEOUT_MS = 3_000;

async function run(query: string, params: Record<string, unknown> = {}, base = h.base) {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/cypher`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, params }),
  });
  return { status: res.status, body: (await res.json()) as { code?: string; message?: string; rows?: unknown[][] }, ms: performance.now() - t0 };
}

beforeAll(async () => {
  h = await startApp({ cypherTimeoutMs: TIMEOUT_MS, rateLimitPerMinute: 10_000, limits: { consolePerClient: 2, consoleConcurrency: 3 } });
  await writeFixture(h.executor, f);
  before = await snapshot(h.executor, f);
  await run('RETURN 1'); // starts a console worker
  // Plans of the probes' queries are compiled before the clock matters.
  for (const path of ['/api/health', '/api/stats', `/api/search?q=${encodeURIComponent(f.names.p1)}`]) await fetch(`${h.base}${path}`);
});
afterAll(async () => {
  await removeFixture(h.executor, f);
  await h.close();
});

const X = "(:ApiTestIntruder {id: 'x'})";
/** [what, query]: every one must be refused (403 console_refused, or 400 from Neo4j's own parser). */
const escapes: Array<[string, string]> = [
  // writes hidden in subqueries, UNION branches and CALL {}
  ['CREATE in CALL {}', `CALL { CREATE ${X} } RETURN 1 AS x`],
  ['CREATE in a nested CALL {}', `CALL { CALL { CREATE ${X} } RETURN 1 AS y } RETURN y`],
  ['SET in CALL {} with an imported variable', 'MATCH (n:Person {id: $id}) CALL { WITH n SET n.hacked = true } RETURN n'],
  ['CREATE in a UNION branch', `RETURN 1 AS x UNION CREATE ${X} RETURN 2 AS x`],
  ['MERGE in a UNION ALL branch', `RETURN 1 AS x UNION ALL MERGE (n:ApiTestIntruder {id: 'y'}) RETURN 2 AS x`],
  ['DETACH DELETE after a WITH', 'MATCH (n:Person {id: $id}) WITH n LIMIT 1 DETACH DELETE n'],
  ['SET += a map', 'MATCH (n:Person {id: $id}) SET n += {hacked: true}'],
  ['REMOVE a label', 'MATCH (n:Person {id: $id}) REMOVE n:Person'],
  ['MERGE … ON CREATE SET', "MERGE (n:ApiTestIntruder {id: 'z'}) ON CREATE SET n.at = 1 RETURN n"],
  ['FOREACH inside CALL {}', `CALL { FOREACH (i IN [1] | CREATE ${X}) } RETURN 1 AS x`],
  ['CREATE inside COLLECT {}', `RETURN COLLECT { CREATE ${X} RETURN 1 } AS c`],
  // IN TRANSACTIONS
  ['CALL {} IN TRANSACTIONS with a write', `UNWIND [1] AS i CALL { CREATE ${X} } IN TRANSACTIONS`],
  ['CALL {} IN TRANSACTIONS OF 1 ROW, read only', 'UNWIND [1, 2] AS i CALL { WITH i RETURN i AS j } IN TRANSACTIONS OF 1 ROW RETURN j'],
  ['IN CONCURRENT TRANSACTIONS', 'UNWIND [1] AS i CALL { WITH i RETURN i AS j } IN 2 CONCURRENT TRANSACTIONS RETURN j'],
  // LOAD CSV
  ['LOAD CSV of /etc/passwd', "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l"],
  ['LOAD CSV WITH HEADERS of an http URL', "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS l RETURN l"],
  ['load csv in lower case', "load csv from 'https://example.invalid/x.csv' as l return l"],
  ['LOAD CSV split by a comment', "LOAD/* x */CSV FROM 'file:///etc/hosts' AS l RETURN l"],
  ['LOAD CSV split by a no-break space', "LOAD\u00a0CSV FROM 'file:///etc/hosts' AS l RETURN l"],
  ['LOAD CSV inside CALL {}', "CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l"],
  // procedures and functions outside the allow-list
  ['dbms.listConfig', 'CALL dbms.listConfig() YIELD name RETURN name'],
  ['dbms.security.createUser', "CALL dbms.security.createUser('x', 'password1', false)"],
  ['dbms.setConfigValue', "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')"],
  ['db.createLabel', "CALL db.createLabel('ApiTestIntruder')"],
  ['db.clearQueryCaches', 'CALL db.clearQueryCaches()'],
  ['tx.setMetaData', "CALL tx.setMetaData({app: 'x'})"],
  ['dbms.killQuery', "CALL dbms.killQuery('query-1')"],
  ['a backticked dbms procedure', 'CALL `dbms`.`listConfig`() YIELD name RETURN name'],
  ['an allowed procedure name as a prefix', 'CALL db.labels.x()'],
  ['apoc.periodic.iterate', "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})"],
  ['an unknown function', 'RETURN gds.util.asNode(1)'],
  // admin and schema commands
  ['CREATE USER', "CREATE USER intruder SET PASSWORD 'password1'"],
  ['ALTER USER', "ALTER USER neo4j SET PASSWORD 'password1'"],
  ['CREATE DATABASE', 'CREATE DATABASE intruder'],
  ['STOP DATABASE', 'STOP DATABASE neo4j'],
  ['SHOW USERS', 'SHOW USERS'],
  ['SHOW DATABASES', 'SHOW DATABASES'],
  ['SHOW TRANSACTIONS', 'SHOW TRANSACTIONS'],
  ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"],
  ['DROP INDEX', 'DROP INDEX search_text'],
  ['CREATE CONSTRAINT', 'CREATE CONSTRAINT intruder IF NOT EXISTS FOR (n:ApiTestIntruder) REQUIRE n.id IS UNIQUE'],
  // USE and several statements
  ['USE system with SHOW USERS', 'USE system SHOW USERS'],
  ['USE system with a MATCH', 'USE system MATCH (n) RETURN n'],
  ['USE in a subquery', 'CALL { USE system RETURN 1 AS x } RETURN x'],
  ['two statements', `MATCH (n) RETURN count(n); CREATE ${X}`],
  ['a statement after a comment holding ;', `RETURN 1 // ;\n; CREATE ${X}`],
  ['a statement after a string holding ;', `RETURN ';' AS s; CREATE ${X}`],
  // comments and Unicode look-alikes hiding keywords
  ['CREATE after a line comment', `// read only\nCREATE ${X}`],
  ['CREATE split by a comment', `CRE/**/ATE ${X}`],
  ['CREATE with a zero-width space', `CRE\u200bATE ${X}`],
  ['CREATE in full-width letters', `ＣＲＥＡＴＥ ${X}`],
  ['CREATE with a Cyrillic С', `\u0421REATE ${X}`],
  ['DELETE with a Greek Ε', 'MATCH (n:Person {id: $id}) D\u0395LETE n'],
  // CYPHER hints, EXPLAIN and PROFILE
  ['CYPHER runtime=interpreted', `CYPHER runtime=interpreted CREATE ${X}`],
  ['CYPHER runtime=slotted on a read', 'CYPHER runtime=slotted MATCH (n) RETURN count(n)'],
  ['CYPHER expressionEngine=compiled', 'CYPHER expressionEngine=compiled RETURN 1'],
  ['CYPHER 5 prefix', 'CYPHER 5 RETURN 1'],
  ['EXPLAIN prefix', 'EXPLAIN MATCH (n) RETURN n'],
  ['PROFILE of a write', `PROFILE CREATE ${X}`],
  ['PROFILE in lower case after spaces', '   profile MATCH (n) RETURN n'],
];

describe(`${escapes.length} escape attempts`, () => {
  it.each(escapes)('refuses %s', async (_what, query) => {
    const r = await run(query, { id: f.ids.p1 });
    expect([400, 403], `${r.status} ${JSON.stringify(r.body)}`).toContain(r.status);
    expect(r.body.code).toMatch(/^(console_refused|cypher_error)$/);
    expect(typeof r.body.message).toBe('string');
  });
  it('are at least 40', () => expect(escapes.length).toBeGreaterThanOrEqual(40));
});

/** [what, query, params, how it must end]: refused outright, cut by the timeout, or too big for the console. */
const abuse: Array<[string, string, Record<string, unknown>, RegExp]> = [
  ['a list of 300 million elements (took Neo4j down)', 'RETURN size([x IN range(1, 300000000) | x]) AS n', {}, /console_refused/],
  ['a catastrophic regex', `RETURN '${'a'.repeat(40)}!' =~ '(.*a){12}' AS m`, {}, /console_refused/],
  ['a catastrophic regex as a parameter', 'RETURN $s =~ $re AS m', { s: `${'a'.repeat(40)}!`, re: '(a|aa)+$' }, /console_refused/],
  ['reduce() building a string', "RETURN size(reduce(s = '', x IN range(1, 300000) | s + 'aaaaaaaaaa')) AS n", {}, /console_refused/],
  ['a doubling string chain', `WITH 'aaaaaaaaaa' AS s ${'WITH s + s + s + s AS s '.repeat(8)}RETURN size(s)`, {}, /console_refused/],
  ['replace() blowing up', "RETURN size(replace(replace(replace('aaaaaaaaaa', 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa')) AS n", {}, /console_refused/],
  ['nested comprehensions', 'RETURN size([x IN range(1, 1000) | [y IN range(1, 1000) | x * y]]) AS n', {}, /console_refused/],
  ['UNWIND range(1, 10^9)', 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c', {}, /timeout/],
  ['a cartesian product of 2.7e10 rows', 'UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 3000) AS c RETURN count(*) AS n', {}, /timeout/],
  ['an unbounded variable-length path over the whole graph', 'MATCH p = (a)-[*]-(b) RETURN count(p) AS n', {}, /timeout|^ok$/],
  ['collect() of 20 million numbers', 'UNWIND range(1, 20000000) AS x RETURN size(collect(x)) AS n', {}, /query_memory|timeout/],
  ['a 200 MB row', 'WITH [x IN range(1, 1000) | $s] AS l RETURN [l, l, l, l, l, l, l, l, l, l] AS big', { s: 'x'.repeat(20_000) }, /result_too_large|timeout/],
];

/**
 * Other requests must keep answering in under 200 ms (median) while an attack runs. On a
 * machine shared with other work (load average above twice its cores: CI runs alone, a
 * developer's box may not) the bound is 1 s, and the figures are printed either way.
 */
const busyMachine = loadavg()[0]! > 2 * availableParallelism();
const PROBE_MEDIAN_MS = busyMachine ? 1_000 : 200;

describe('resource abuse', () => {
  it.each(abuse)('%s: ends as it should while other requests keep answering', async (_what, query, params, expected) => {
    const probes: Record<'health' | 'stats' | 'search', number[]> = { health: [], stats: [], search: [] };
    let done = false;
    const attack = run(query, params).finally(() => (done = true));
    await new Promise((r) => setTimeout(r, 200));
    while (!done) {
      for (const [name, path] of [['health', '/api/health'], ['stats', '/api/stats'], ['search', `/api/search?q=${encodeURIComponent(f.names.p1)}`]] as const) {
        const t0 = performance.now();
        const res = await fetch(`${h.base}${path}`);
        probes[name].push(performance.now() - t0);
        expect(res.status).toBe(200);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const r = await attack;
    const outcome = r.status === 200 ? 'ok' : String(r.body.code);
    expect(outcome, JSON.stringify(r.body).slice(0, 300)).toMatch(expected);
    expect(r.ms).toBeLessThan(TIMEOUT_MS + 5_000);
    for (const [name, ms] of Object.entries(probes)) {
      if (!ms.length) continue;
      const sorted = [...ms].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      console.log(`${_what}: ${name} during the attack: median ${median.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms, n ${sorted.length}${busyMachine ? ' (busy machine)' : ''}`);
      expect(median, name).toBeLessThan(PROBE_MEDIAN_MS);
    }
  }, 60_000);

  it('leaves no console query running in Neo4j', async () => {
    const running = async () => (await h.executor.readWith((tx) => tx.run(
      "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.app = 'baoxun-console' RETURN count(*) AS c"))).records[0]!.get('c') as number;
    let left = await running();
    for (let i = 0; i < 40 && left > 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      left = await running();
    }
    expect(left).toBe(0);
  }, 30_000);

  it('caps console queries per client: a third slow one at once gets 429 console_busy', async () => {
    const slow = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c';
    // Both of this client's slots must be free: earlier queries give theirs back only once Neo4j
    // has let go, and a slot is given back just after its answer. One free slot was not enough
    // (the second slow query then got the 429 meant for the third).
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const bothFree = async () => (await Promise.all([run('RETURN 1 AS one'), run('RETURN 1 AS one')])).every((x) => x.status === 200);
    let free = await bothFree();
    for (let i = 0; i < 60 && !free; i++) {
      await sleep(250);
      free = await bothFree();
    }
    expect(free).toBe(true);
    await sleep(300);
    const a = run(slow);
    const b = run(slow);
    await new Promise((r) => setTimeout(r, 300));
    const c = await run('RETURN 1 AS one');
    expect(c.status).toBe(429);
    expect(c.body.code).toBe('console_busy');
    expect((await a).status).toBe(408);
    expect((await b).status).toBe(408);
    // The slots come back once Neo4j has let go of the queries.
    let again = await run('RETURN 1 AS one');
    for (let i = 0; i < 20 && again.status === 429; i++) {
      await new Promise((r) => setTimeout(r, 250));
      again = await run('RETURN 1 AS one');
    }
    expect(again.body.rows).toEqual([[1]]);
  }, 60_000);
});

describe('afterwards', () => {
  it('the graph is exactly as it was', async () => {
    expect(await snapshot(h.executor, f)).toEqual(before);
    expect(before.intruders).toBe(0);
    const person = await run('MATCH (n:Person {id: $id}) RETURN n.name, n.hacked, labels(n)', { id: f.ids.p1 });
    expect(person.body.rows).toEqual([[f.names.p1, null, expect.arrayContaining(['Person'])]]);
  });
});
