/**
 * Helpers for the graph-store integration tests: small hand-made extractions (invented
 * names and texts, written for these tests) with a unique token per test run, so the
 * tests never touch anyone else's data, and queries that count what a test made.
 */
import { randomBytes } from 'node:crypto';
import type { Extraction, ExtractedEntity, ExtractedRelation } from '../../model/graph.schema.js';
import { Executor } from '../../server/graph/executor.js';

export function testExecutor(): Executor {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: run with the int project (test/setup/neo4j.global.ts)');
  return new Executor({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE || undefined });
}

/** A token unique to this run, as ASCII letters (ids) and as a region name (`测abcd市`). */
export function runToken() {
  const tok = randomBytes(4).toString('hex');
  return { tok, region: `测${tok}市`, prefix: `t_${tok}_` };
}

export interface PersonSpec { name: string; posts?: string[]; attends?: string }

/**
 * An extraction of one article: people with posts (HOLDS_ROLE), a place, optionally a
 * meeting they attend. Entity ids are the extractor's (the resolver rewrites them).
 */
export function article(id: string, published: string | null, text: string, people: PersonSpec[], region: string, meeting?: { name: string; date: string }): Extraction {
  const entities: ExtractedEntity[] = [];
  const relations: ExtractedRelation[] = [];
  const ev = { start: 0, end: Math.min(text.length, 20), text: text.slice(0, 20) };
  entities.push({ id: `x_place_${region}`, type: 'Place', name: region, props: { level: 'county' }, mentions: [[0, region.length]] });
  let mtgId: string | null = null;
  if (meeting) {
    mtgId = `x_mtg_${meeting.name}_${meeting.date}`;
    entities.push({ id: mtgId, type: 'Meeting', name: meeting.name, props: { date: meeting.date }, mentions: [[1, 3]] });
    relations.push({ type: 'HELD_IN', from: mtgId, to: `x_place_${region}`, props: {}, evidence: ev, extractor: 'test' });
  }
  people.forEach((p, i) => {
    const pid = `x_per_${p.name}`;
    entities.push({ id: pid, type: 'Person', name: p.name, props: {}, mentions: [[i + 2, i + 5]] });
    for (const post of p.posts ?? []) {
      const rid = `x_rol_${post}`;
      if (!entities.some((e) => e.id === rid)) entities.push({ id: rid, type: 'Role', name: post, props: { scope: region }, mentions: [[i, i + 2]] });
      relations.push({ type: 'HOLDS_ROLE', from: pid, to: rid, props: {}, evidence: ev, extractor: 'test' });
    }
    if (mtgId && p.attends) relations.push({ type: 'ATTENDED', from: pid, to: mtgId, props: { as: p.attends }, evidence: ev, extractor: 'test' });
  });
  return { article: { id, title: text.slice(0, 8), published, source: `test/${id}.txt`, text, hash: `h_${text}` }, entities, relations };
}

/** Nodes and relationships that belong to articles whose id starts with `prefix`, by kind. */
export async function countsFor(ex: Executor, prefix: string): Promise<Record<string, number>> {
  const res = await ex.readWith((tx) =>
    tx.run(
      `MATCH (a:Article) WHERE a.id STARTS WITH $prefix
       OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
       WITH collect(DISTINCT a) AS arts, collect(DISTINCT e) AS ents
       CALL (ents) { UNWIND ents AS e MATCH (e)-[r]->() WHERE r.article STARTS WITH $prefix RETURN count(r) AS facts }
       CALL (arts) { UNWIND arts AS a MATCH (a)-[m]-() RETURN count(m) AS articleRels }
       RETURN size(arts) AS articles, size(ents) AS entities, facts, articleRels`,
      { prefix },
    ),
  );
  const r = res.records[0]!;
  return { articles: Number(r.get('articles')), entities: Number(r.get('entities')), facts: Number(r.get('facts')), articleRels: Number(r.get('articleRels')) };
}

/** Properties of every node and relationship of the test's articles, for exact comparisons. */
export async function snapshot(ex: Executor, prefix: string): Promise<string[]> {
  const res = await ex.readWith((tx) =>
    tx.run(
      `MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id STARTS WITH $prefix
       WITH DISTINCT e
       OPTIONAL MATCH (e)-[r]->(x) WHERE r.article STARTS WITH $prefix
       RETURN e.id AS id, labels(e) AS labels, properties(e) AS props,
              collect([type(r), x.id, properties(r)]) AS rels`,
      { prefix },
    ),
  );
  const norm = (v: unknown): string => JSON.stringify(v, (_k, val) => (val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort()) : val));
  return res.records.map((r) => norm([r.get('id'), r.get('labels'), r.get('props'), (r.get('rels') as unknown[]).map(norm).sort()])).sort();
}

/** Removes everything a test made: its articles (and so their facts and orphaned entities), its judgements. */
export async function cleanup(ex: Executor, prefix: string, entityIds: string[] = []): Promise<void> {
  await ex.writeWith(async (tx) => {
    await tx.run(
      `MATCH (a:Article) WHERE a.id STARTS WITH $prefix
       OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
       DETACH DELETE a, e`,
      { prefix },
    );
    await tx.run('UNWIND $ids AS id MATCH (e:Entity {id: id}) DETACH DELETE e', { ids: entityIds });
    await tx.run('MATCH (j:Judgement) WHERE j.target IN $ids OR j.into IN $ids DETACH DELETE j', { ids: entityIds });
  });
}
