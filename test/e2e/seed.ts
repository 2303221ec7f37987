/**
 * The graph the e2e tests look at: the sample page ingested with the real
 * pipeline when server/ingest.ts exists, else a small hand-made graph with
 * ids under a unique prefix. Cleanup removes only what this run created.
 */
import type { Executor } from '../../server/graph/executor.js';
import { samplePage } from './harness.js';

export interface Seeded {
  /** A person name that search must find, and whose node the tests focus. */
  personName: string;
  /** The ids of the seeded articles (other suites may share the database: look only at these). */
  articleIds: string[];
  /** How the graph was filled (for the report / debugging). */
  how: 'ingest' | 'hand-made';
  cleanup(): Promise<void>;
}

type IngestFn = (ex: Executor, paths: string[], opts?: Record<string, unknown>) => Promise<unknown>;
type SchemaFn = (ex: Executor) => Promise<unknown>;

async function optionalImport<T>(path: string): Promise<T | null> {
  try {
    return (await import(/* @vite-ignore */ path)) as T;
  } catch {
    return null;
  }
}

export async function seedGraph(ex: Executor): Promise<Seeded> {
  const ingest = await optionalImport<{ ingestPaths?: IngestFn }>('../../server/ingest.js');
  const schema = await optionalImport<{ applySchema?: SchemaFn }>('../../server/graph/schema.js');
  if (ingest?.ingestPaths && schema?.applySchema) return ingestSample(ex, schema.applySchema, ingest.ingestPaths);
  return handMade(ex);
}

async function sampleArticleIds(ex: Executor): Promise<string[]> {
  return ex.readWith(async (tx) => {
    const res = await tx.run('MATCH (a:Article) WHERE a.source ENDS WITH $name RETURN a.id AS id', { name: '000_691d5f5d717d77e3.txt' });
    return res.records.map((r) => String(r.get('id')));
  });
}

async function ingestSample(ex: Executor, applySchema: SchemaFn, ingestPaths: IngestFn): Promise<Seeded> {
  await applySchema(ex);
  // When the sample is already in this database (another suite's), it is not ours to delete.
  const before = await sampleArticleIds(ex);
  // Extract in this thread: worker threads buy nothing for one page on a shared 2-core machine.
  const summary = await ingestPaths(ex, [samplePage], { workers: 0 }) as { articles?: number; failed?: unknown[] };
  if (!summary.articles || (summary.failed ?? []).length > 0) throw new Error(`ingesting the sample failed: ${JSON.stringify(summary)}`);
  const after = await sampleArticleIds(ex);
  const ours = after.filter((id) => !before.includes(id));
  const person = await ex.readWith(async (tx) => {
    const res = await tx.run(
      // The person with the most distinct ties (LINK summaries): an official with posts, meetings and evidence
      // sentences inside article bodies, not a reporter credited on every article of the page.
      'MATCH (a:Article)-[:MENTIONS]->(p:Person) WHERE a.id IN $ids WITH DISTINCT p RETURN p.name AS name, COUNT { (p)-[:LINK]-() } AS deg ORDER BY deg DESC, p.id LIMIT 1',
      { ids: after },
    );
    return String(res.records[0]?.get('name') ?? '');
  });
  return { personName: person, articleIds: after, how: 'ingest', cleanup: () => removeArticles(ex, ours) };
}

/**
 * Deletes the articles as the product does (server/graph/writer.ts deleteArticles): their facts,
 * the LINK summaries' share of them, and entities left with nothing. Deleting facts and articles
 * by hand left every entity tied to another by a LINK summary behind, and a later suite's search
 * found those leftovers first.
 */
async function removeArticles(ex: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const { deleteArticles } = await import('../../server/graph/writer.js');
  await deleteArticles(ex, ids);
}

/** A small graph in the shape of docs/graph-model.md, every id under a unique prefix. */
async function handMade(ex: Executor): Promise<Seeded> {
  const p = `e2e-${Date.now().toString(36)}-`;
  const art = `${p}art`;
  // Written for this test: a made-up short news item in the style of a county paper.
  const text = '本报讯 3月2日，县长王晓明主持召开县政府常务会议，副县长李建国出席会议。会议研究了滨河公园建设项目。';
  await ex.writeWith(async (tx) => {
    await tx.run(
      `CREATE (a:Article {id: $art, title: '县政府常务会议', published: '2021-03-02', source: 'e2e', text: $text})
       CREATE (w:Entity:Person {id: $p + 'wang', name: '王晓明', aliases: []})
       CREATE (l:Entity:Person {id: $p + 'li', name: '李建国', aliases: []})
       CREATE (r1:Entity:Role {id: $p + 'r1', name: '县长', canonical: '县长', scope: null})
       CREATE (r2:Entity:Role {id: $p + 'r2', name: '副县长', canonical: '副县长', scope: null})
       CREATE (m:Entity:Meeting {id: $p + 'm', name: '县政府常务会议', date: '2021-03-02', kind: 'meeting'})
       CREATE (pr:Entity:Project {id: $p + 'pr', name: '滨河公园建设项目', kind: 'construction'})
       CREATE (w)-[:HOLDS_ROLE {article: $art, first_seen: '2021-03-02', last_seen: '2021-03-02', articles: [$art], evidence: $text, start: 11, end: 28}]->(r1)
       CREATE (l)-[:HOLDS_ROLE {article: $art, first_seen: '2021-03-02', last_seen: '2021-03-02', articles: [$art], evidence: $text, start: 29, end: 40}]->(r2)
       CREATE (w)-[:ATTENDED {as: 'chair', article: $art, evidence: $text, start: 11, end: 28}]->(m)
       CREATE (l)-[:ATTENDED {as: 'attendee', article: $art, evidence: $text, start: 29, end: 40}]->(m)
       CREATE (m)-[:ABOUT {article: $art, evidence: $text, start: 41, end: 55}]->(pr)
       WITH a, w, l, r1, r2, m, pr
       UNWIND [w, l, r1, r2, m, pr] AS e
       CREATE (a)-[:MENTIONS {count: 1, spans: []}]->(e)`,
      { p, art, text },
    );
  });
  return {
    personName: '王晓明', articleIds: [art], how: 'hand-made',
    cleanup: async () => {
      await ex.writeWith((tx) => tx.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p }));
    },
  };
}
