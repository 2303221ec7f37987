/**
 * A small graph for the API's integration tests, written through the real
 * writer (server/graph/writer.ts) and removed again with deleteArticles.
 * Texts written for these tests (not from any newspaper); every id carries a
 * per-file prefix so test files never touch each other's data.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Extraction, ExtractedRelation } from '../../model/graph.schema.js';
import { closeApp, createApp } from '../../server/api/app.js';
import type { ApiConfigOverrides } from '../../server/api/config.js';
import { Executor } from '../../server/graph/executor.js';
import { applySchema } from '../../server/graph/schema.js';
import { deleteArticles, writeBatch } from '../../server/graph/writer.js';

export interface Fixture {
  p: string;
  ids: Record<'a1' | 'a2' | 'p1' | 'p2' | 'r1' | 'o1' | 'pl1' | 'm1' | 'm2' | 'pr1', string>;
  names: { p1: string; p2: string; pr1: string };
}

/** Ids and names unique to one test file (the names carry the prefix's letters as Chinese digits). */
export function makeFixture(): Fixture {
  const p = `apit_${randomBytes(4).toString('hex')}`;
  const digits = '零一二三四五六七八九';
  const tag = [...randomBytes(3)].map((b) => digits[b % 10]).join('');
  const ids = {
    a1: `${p}_a1`, a2: `${p}_a2`, p1: `${p}_p1`, p2: `${p}_p2`, r1: `${p}_r1`, o1: `${p}_o1`,
    pl1: `${p}_pl1`, m1: `${p}_m1`, m2: `${p}_m2`, pr1: `${p}_pr1`,
  };
  return { p, ids, names: { p1: `诸葛${tag}云`, p2: `欧阳${tag}雪`, pr1: `${tag}号东湖大桥工程` } };
}

function rel(type: ExtractedRelation['type'], from: string, to: string, text: string, props = {}): ExtractedRelation {
  return { type, from, to, props, evidence: { start: 0, end: text.length, text }, extractor: 'api-test' };
}

/** Two articles: a project start meeting, and its completion (with `<script>` in the text). */
export function extractions(f: Fixture): Extraction[] {
  const { ids, names } = f;
  const t1 = `本报讯 3月5日，${names.p1}市长主持召开${names.pr1}推进会，${names.p2}参加会议。会议在平湖市举行。`;
  const t2 = `本报讯 6月10日，${names.pr1}竣工。${names.p1}、${names.p2}出席验收会。<script>alert("x")</script>`;
  const at = (t: string, s: string): [number, number] => [t.indexOf(s), t.indexOf(s) + s.length];
  const person = (id: string, name: string, t: string) => ({ id, type: 'Person' as const, name, props: {}, mentions: [at(t, name)] });
  const common1: Extraction['entities'] = [
    person(ids.p1, names.p1, t1), person(ids.p2, names.p2, t1),
    { id: ids.r1, type: 'Role' as const, name: '市长', props: { scope: '平湖市' }, mentions: [at(t1, '市长')] },
    { id: ids.o1, type: 'Organization' as const, name: '平湖市人民政府', props: { kind: 'government' }, mentions: [] },
    { id: ids.pl1, type: 'Place' as const, name: '平湖市', props: { level: 'county' }, mentions: [at(t1, '平湖市')] },
    { id: ids.m1, type: 'Meeting' as const, name: `${names.pr1}推进会`, props: { date: '2021-03-05' }, mentions: [at(t1, '推进会')] },
    { id: ids.pr1, type: 'Project' as const, name: names.pr1, props: {}, mentions: [at(t1, names.pr1)] },
  ];
  return [
    {
      article: { id: ids.a1, title: `${names.pr1}推进会召开`, published: '2021-03-05', source: `${f.p}/a1.txt`, text: t1 },
      entities: common1,
      relations: [
        rel('HOLDS_ROLE', ids.p1, ids.r1, t1), rel('OF', ids.r1, ids.o1, t1),
        rel('ATTENDED', ids.p1, ids.m1, t1, { as: 'chair' }), rel('ATTENDED', ids.p2, ids.m1, t1, { as: 'attendee' }),
        rel('HELD_IN', ids.m1, ids.pl1, t1), rel('ABOUT', ids.m1, ids.pr1, t1), rel('LOCATED_IN', ids.pr1, ids.pl1, t1),
        rel('STEP', ids.pr1, ids.a1, t1, { stage: '开工', date: '2021-03-05' }),
      ],
    },
    {
      article: { id: ids.a2, title: null, published: '2021-06-10', source: `${f.p}/a2.txt`, text: t2 },
      entities: [
        person(ids.p1, names.p1, t2), person(ids.p2, names.p2, t2),
        { id: ids.m2, type: 'Meeting', name: `${names.pr1}验收会`, props: { date: '2021-06-10' }, mentions: [at(t2, '验收会')] },
        { id: ids.pr1, type: 'Project', name: names.pr1, props: {}, mentions: [at(t2, names.pr1)] },
        { id: ids.r1, type: 'Role', name: '市长', props: { scope: '平湖市' }, mentions: [] },
      ],
      relations: [
        rel('HOLDS_ROLE', ids.p1, ids.r1, t2), // the same post seen again: tenure grows to 2021-06-10
        rel('ATTENDED', ids.p1, ids.m2, t2, { as: 'attendee' }), rel('ATTENDED', ids.p2, ids.m2, t2, { as: 'attendee' }),
        rel('ABOUT', ids.m2, ids.pr1, t2),
        rel('STEP', ids.pr1, ids.a2, t2, { stage: '竣工', date: '2021-06-10', amount_yuan: 12000000 }),
      ],
    },
  ];
}

export interface Harness {
  base: string;
  executor: Executor;
  server: Server;
  close(): Promise<void>;
}

/** The real app on a real port (0 → any free one) against the test Neo4j. */
export async function startApp(config: ApiConfigOverrides = {}): Promise<Harness> {
  const executor = new Executor({
    uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '',
  });
  await applySchema(executor);
  const app = createApp({ executor, config: { neo4jUri: process.env.NEO4J_URI, ...config } });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`, executor, server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeApp(app);
      await executor.close();
    },
  };
}

export async function writeFixture(executor: Executor, f: Fixture): Promise<void> {
  const stats = await writeBatch(executor, extractions(f).map((ex) => ({ ex })), { force: true });
  if (stats.failed.length) throw new Error(`fixture write failed: ${JSON.stringify(stats.failed)}`);
}

export async function removeFixture(executor: Executor, f: Fixture): Promise<void> {
  await deleteArticles(executor, [f.ids.a1, f.ids.a2]);
}

/**
 * What the console must not change: the fixture's nodes and relationships (other test
 * files write to the same database at the same time, so global totals would race),
 * intruder nodes, and the schema (indexes and constraints by name).
 */
export async function snapshot(executor: Executor, f: Fixture): Promise<Record<string, unknown>> {
  return executor.readWith(async (tx) => {
    const r = await tx.run(
      `MATCH (n) WHERE n.id STARTS WITH $p
       OPTIONAL MATCH (n)-[r]-()
       WITH count(DISTINCT n) AS nodes, count(DISTINCT r) AS rels,
            collect(DISTINCT n {.*, labels: labels(n)}) AS props
       RETURN nodes, rels, props, COUNT { (:ApiTestIntruder) } AS intruders`,
      { p: f.p },
    );
    const idx = await tx.run('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    const con = await tx.run('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    const rec = r.records[0]!;
    const byId = (xs: Array<Record<string, unknown>>) => [...xs].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    return {
      nodes: rec.get('nodes'), rels: rec.get('rels'), props: byId(rec.get('props')), intruders: rec.get('intruders'),
      indexes: [...(idx.records[0]!.get('names') as string[])].sort(),
      constraints: [...(con.records[0]!.get('names') as string[])].sort(),
    };
  });
}
