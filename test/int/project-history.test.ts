/**
 * Issue 13 end to end on the real Neo4j: the bundled project series (data/samples/, five invented
 * articles printed five different ways) ingested as `baoxun start` ingests it gives one project,
 * whose history (GET /api/projects/:id/history) lists its steps in date order with stage, date,
 * precision and amount where printed, the people and bodies of each step, and the place once.
 * The console example's default parameter finds it. Cleans up by deleting the series' articles.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherResponse, ProjectHistory, type ProjectStep } from '../../model/api.schema.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { ingestPaths } from '../../server/ingest.js';
import { startApp, type Harness } from './api-fixture.js';

const SERIES = 'data/samples/jiashan-project-series.jsonl';
const region = (JSON.parse(readFileSync('data/samples/samples.json', 'utf8')) as { samples: Array<{ path: string; region: string }> })
  .samples.find((s) => SERIES.endsWith(s.path))!.region;
const articleIds = readFileSync(SERIES, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);

let h: Harness;
let projectId: string;

beforeAll(async () => {
  h = await startApp();
  await deleteArticles(h.executor, articleIds);
  const sum = await ingestPaths(h.executor, [SERIES], { region, workers: 1, schemaApplied: true });
  expect(sum.written).toBe(5);
});
afterAll(async () => {
  await deleteArticles(h.executor, articleIds);
  await h.close();
});

describe('the bundled project series', () => {
  it('comes out as one project, named for the whole project, with every printed name as an alias', async () => {
    const rows = (await h.executor.readWith((tx) => tx.run(
      'MATCH (p:Project)-[:STEP]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT p.id AS id, p.name AS name, p.aliases AS aliases',
      { ids: articleIds },
    ))).records;
    expect(rows.map((r) => r.get('name'))).toEqual(['嘉善县新能源汽车零部件产业园项目']);
    projectId = rows[0]!.get('id') as string;
    expect(rows[0]!.get('aliases')).toEqual(expect.arrayContaining(['新能源汽车零部件产业园一期项目', '驰远新能源汽车零部件产业园（一期）']));
  });

  it('shows its steps in date order, each with stage, date and precision, amount where printed, article and sentence', async () => {
    const res = await fetch(`${h.base}/api/projects/${encodeURIComponent(projectId)}/history`);
    expect(res.status).toBe(200);
    const body = ProjectHistory.parse(await res.json());
    const events = body.steps.filter((s) => !s.planned);
    expect(events.map((s) => [s.stage, s.date, s.date_precision])).toEqual([
      ['签约', '2022-03-17', 'day'],
      ['开工', '2022-09-28', 'day'],
      ['施工', '2023-06-15', 'day'],
      ['封顶', '2023-06-15', 'day'],
      ['竣工', '2023-11-01', 'month'],
      ['验收', '2023-12-27', 'day'],
      ['投产', '2024-03-20', 'day'],
    ]);
    const byStage: Record<string, ProjectStep> = Object.fromEntries(events.map((s) => [s.stage ?? '', s] as const));
    expect(byStage['签约']!.amount_yuan).toBe(2_500_000_000);
    expect(byStage['开工']!.amount_yuan).toBe(1_200_000_000);
    expect(byStage['开工']!.phase).toBe('一期');
    // the start was reported by the start article and again by the acceptance article (去年9月开工)
    expect(byStage['开工']!.sources.map((x) => x.article.id)).toEqual([articleIds[1], articleIds[3]]);
    for (const s of events) {
      expect(articleIds).toContain(s.article.id);
      expect(s.evidence && s.evidence.length).toBeGreaterThan(5);
      const text = (await (await fetch(`${h.base}/api/articles/${encodeURIComponent(s.article.id)}`)).json()) as { text: string };
      expect(text.text.slice(s.sources[0]!.start!, s.sources[0]!.end!)).toBe(s.evidence);
    }
    expect(byStage['开工']!.people.map((p) => `${p.name}:${p.as}`).sort()).toEqual(['许文博:主持', '陆振华:宣布开工']);
    expect(byStage['开工']!.organizations.map((o) => `${o.name}:${o.as}`)).toEqual(['浙江华厦建设集团有限公司:承建']);
    expect(byStage['签约']!.organizations.map((o) => `${o.name}:${o.as}`)).toEqual(['浙江驰远新能源科技有限公司:投资']);
    // plans are kept apart and marked: the second phase's start, planned in the production article
    expect(body.steps.filter((s) => s.planned).map((s) => [s.stage, s.phase])).toContainEqual(['开工', '二期']);
  });

  it('lists the project\'s place once and its bodies and people with what they did', async () => {
    const body = ProjectHistory.parse(await (await fetch(`${h.base}/api/projects/${encodeURIComponent(projectId)}/history`)).json());
    const places = body.related.filter((r) => r.rel === 'LOCATED_IN');
    expect(places.map((p) => p.name)).toEqual(['嘉善县']);
    expect(body.related).toContainEqual(expect.objectContaining({ name: '陆振华', rel: 'INVOLVED_IN', as: ['出席', '宣布开工'] }));
    expect(body.related).toContainEqual(expect.objectContaining({ name: '浙江驰远新能源科技有限公司', rel: 'RUN_BY', as: ['投资'] }));
  });

  it('is found by the console example with its default parameter', async () => {
    const ex = ((await (await fetch(`${h.base}/api/examples`)).json()) as { examples: Array<{ name: string; query: string; params: Record<string, unknown> }> })
      .examples.find((e) => e.name === '02-project-history')!;
    const res = await fetch(`${h.base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ex.query, params: ex.params }) });
    const body = CypherResponse.parse(await res.json());
    const stages = body.rows.filter((r) => r[0] === '嘉善县新能源汽车零部件产业园项目').map((r) => r[2]);
    expect(stages).toEqual(expect.arrayContaining(['签约', '开工', '封顶', '竣工', '验收', '投产']));
  });
});
