/**
 * Every ready-made console query in cypher/examples/ is listed by GET /api/examples
 * and passes the console's guard and runs (real Neo4j, real HTTP), on the API tests'
 * small graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherExamples, CypherResponse } from '../../model/api.schema.js';
import { makeFixture, removeFixture, startApp, writeFixture, type Harness } from './api-fixture.js';

const f = makeFixture();
let h: Harness;

beforeAll(async () => {
  h = await startApp({ cypherTimeoutMs: 30_000, rateLimitPerMinute: 10_000 });
  await writeFixture(h.executor, f);
});
afterAll(async () => {
  await removeFixture(h.executor, f);
  await h.close();
});

describe('console examples', () => {
  it('lists at least ten examples, each with a title, description and query', async () => {
    const body = CypherExamples.parse(await (await fetch(`${h.base}/api/examples`)).json());
    expect(body.examples.length).toBeGreaterThanOrEqual(10);
    for (const ex of body.examples) {
      expect(ex.title).not.toBe(ex.name);
      expect(ex.description.length).toBeGreaterThan(10);
      expect(ex.query).not.toMatch(/^\/\/ (title|description|params):/m);
    }
  });

  it('runs every example through the console', async () => {
    const { examples } = CypherExamples.parse(await (await fetch(`${h.base}/api/examples`)).json());
    for (const ex of examples) {
      const res = await fetch(`${h.base}/api/cypher`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ex.query, params: ex.params }),
      });
      const body = await res.json();
      expect({ name: ex.name, status: res.status, body: res.status === 200 ? null : body }).toEqual({ name: ex.name, status: 200, body: null });
      CypherResponse.parse(body);
    }
  });

  it('finds the fixture in the examples that take names', async () => {
    const res = await fetch(`${h.base}/api/cypher`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: (await (await fetch(`${h.base}/api/examples`)).json()).examples.find((e: { name: string }) => e.name === '02-project-history').query,
        params: { project: f.names.pr1 },
      }),
    });
    const body = CypherResponse.parse(await res.json());
    expect(body.rows.map((r) => r[2])).toEqual(['开工', '竣工']);
  });
});
