// The bundled sample page (data/samples/, 平湖日报, late December 2020) ingested as `baoxun start`
// does, and every view of one official counted over distinct facts (issue 12): 吴金华 holds two
// posts (市委常委, 组织部长) and attended two meetings, whatever number of articles and sentences
// report them — in GET /api/entities/:id, the attendance matrix (and its "#" column, the cells
// per person), the timeline and console example 05. The career and attendance tables (CSV)
// load in pandas with typed dates (or, without pandas, are checked for shape and ISO dates).
// The page prints no date in its file name: it is ingested with the paper's date as the default
// (`--published`), so posts and meetings carry 2020 dates.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleDetail, AttendanceMatrix, CareerRow, CypherExamples, CypherResponse, EntityDetail, PersonTimeline, SearchResponse } from '../../model/api.schema.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { ingestPaths } from '../../server/ingest.js';
import { ATTENDANCE_COLUMNS, CAREER_COLUMNS } from '../../server/export/research-csv.js';
import { startApp, type Harness } from './api-fixture.js';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../..');
const PAGE = join(repo, 'data/samples/000_691d5f5d717d77e3.txt');
let h: Harness;
let ids: string[] = [];
let person: string;
let dir: string;

beforeAll(async () => {
  h = await startApp({ rateLimitPerMinute: 100_000, cypherTimeoutMs: 30_000 });
  dir = mkdtempSync(join(tmpdir(), 'baoxun-sample-facts-'));
  const sum = await ingestPaths(h.executor, [PAGE], { region: '平湖市', published: '2020-12-28', workers: 0, force: true });
  expect(sum.failed).toEqual([]);
  const res = await h.executor.readWith((tx) => tx.run('MATCH (a:Article {source: $s}) RETURN collect(a.id) AS ids', { s: PAGE }));
  ids = res.records[0]!.get('ids') as string[];
  const hits = SearchResponse.parse(await (await fetch(`${h.base}/api/search?q=${encodeURIComponent('吴金华')}&types=Person`)).json()).hits;
  // The 吴金华 of these articles (another suite's leftovers in a shared database must not be picked).
  const mine = await h.executor.readWith((tx) => tx.run(
    "MATCH (a:Article)-[:MENTIONS]->(p:Person {name: '吴金华'}) WHERE a.id IN $ids RETURN DISTINCT p.id AS id", { ids }));
  person = String(mine.records[0]!.get('id'));
  expect(hits.map((x) => x.id)).toContain(person);
}, 300_000);

afterAll(async () => {
  if (ids.length) await deleteArticles(h.executor, ids);
  await h.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = async (path: string) => (await fetch(`${h.base}${path}`)).json();

describe('credits of the sample page', () => {
  it('a credit no article could claim reaches every article of the page, marked as the page\'s', async () => {
    const arts = await Promise.all(ids.map(async (id) => ArticleDetail.parse(await get(`/api/articles/${id}`))));
    // 记者 冯思家 is printed on the page apart from any article (the reader warns about three such lines).
    for (const a of arts) expect(a.bylines.some((b) => b.name === '冯思家'), a.title ?? a.id).toBe(true);
    expect(arts.filter((a) => a.bylines.some((b) => b.name === '冯思家' && b.page === true)).length).toBeGreaterThan(arts.length / 2);
    // An article's own credit is not marked as the page's.
    expect(arts.some((a) => a.bylines.some((b) => b.page === false))).toBe(true);
  });
});

describe('吴金华 on the sample page: HOLDS_ROLE 2 and ATTENDED 2 everywhere', () => {
  it('entity details count distinct facts', async () => {
    const d = EntityDetail.parse(await get(`/api/entities/${person}`));
    const count = (type: string) => d.counts.find((c) => c.type === type && c.direction === 'out')?.count;
    expect(count('HOLDS_ROLE')).toBe(2);
    expect(count('ATTENDED')).toBe(2);
    // Each fact keeps its evidence: the sentences of both articles are there.
    expect(new Set(d.evidence.filter((e) => e.relType === 'HOLDS_ROLE').map((e) => e.article?.id)).size).toBe(2);
  });

  it('the attendance matrix has one cell per meeting attended (its "#" column)', async () => {
    const m = AttendanceMatrix.parse(await get('/api/meetings/attendance?limit=500'));
    const cells = m.cells.filter((c) => c.person === person);
    expect(cells).toHaveLength(2);
    expect(new Set(m.cells.map((c) => `${c.person}|${c.meeting}`)).size).toBe(m.cells.length);
    // Attendee and speaker at one meeting: one cell, both ways of taking part. He speaks at both:
    // 会上，…吴金华强调 at the 推进会 and 吴金华在致辞中指出 at the 联谊会.
    expect(cells.map((c) => c.roles?.join('/')).sort()).toEqual(['attendee/speaker', 'attendee/speaker']);
    const red = m.meetings.find((x) => x.name.includes('红色嘉园'));
    expect(red?.date).toBe('2020-12-25');
  });

  it('the timeline lists two posts with 2020 tenure and two meetings', async () => {
    const t = PersonTimeline.parse(await get(`/api/people/${person}/timeline`));
    expect(t.roles.map((r) => r.role.name).sort()).toEqual(['市委常委', '组织部长']);
    for (const r of t.roles) {
      expect(r.first_seen).toMatch(/^2020-/);
      expect(['day', 'month', 'year']).toContain(r.first_precision);
      expect(r.count).toBe(2);
    }
    expect(t.meetings).toHaveLength(2);
    expect(t.events).toHaveLength(4);
  });

  it('console example 05 lists two meetings and two posts', async () => {
    const { examples } = CypherExamples.parse(await get('/api/examples'));
    const ex = examples.find((e) => e.name === '05-busiest-people')!;
    const res = await fetch(`${h.base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ex.query, params: ex.params }) });
    const body = CypherResponse.parse(await res.json());
    const row = body.rows.find((r) => r[body.columns.indexOf('person')] === '吴金华')!;
    expect(row[body.columns.indexOf('meetings')]).toBe(2);
    expect(row[body.columns.indexOf('posts')]).toEqual(['市委常委', '组织部长']);
  });
});

/** The first python3 that has pandas, else null. */
async function pandasPython(): Promise<string | null> {
  for (const py of ['/usr/bin/python3', 'python3']) {
    try {
      await run(py, ['-c', 'import pandas']);
      return py;
    } catch {
      // not this one
    }
  }
  return null;
}

describe('research exports of the sample page', () => {
  it('careers and attendance CSVs have one row per spell and per attendance, with ISO dates that pandas reads as dates', async () => {
    const careers = await (await fetch(`${h.base}/api/export/careers`)).text();
    const attendance = await (await fetch(`${h.base}/api/export/attendance`)).text();
    const [cHead, ...cRows] = careers.trimEnd().split('\r\n');
    const [aHead, ...aRows] = attendance.trimEnd().split('\r\n');
    expect(cHead).toBe(CAREER_COLUMNS.join(','));
    expect(aHead).toBe(ATTENDANCE_COLUMNS.join(','));
    const mine = (rows: string[]) => rows.filter((r) => r.includes(`,${person},`));
    expect(mine(cRows)).toHaveLength(2);
    expect(mine(aRows)).toHaveLength(2);
    const iso = /^(\d{4}-\d{2}-\d{2})?$/;
    for (const r of mine(cRows)) {
      const cells = r.split(',');
      const at = (c: string) => cells[CAREER_COLUMNS.indexOf(c as keyof CareerRow)]!;
      expect(at('first_seen')).toMatch(/^2020-\d{2}-\d{2}$/);
      expect(at('last_seen')).toMatch(iso);
      expect(at('articles')).toBe('2');
      expect(at('evidence_articles').split('|')).toHaveLength(2);
    }
    const cFile = join(dir, 'careers.csv');
    const aFile = join(dir, 'attendance.csv');
    writeFileSync(cFile, careers);
    writeFileSync(aFile, attendance);
    const py = await pandasPython();
    if (!py) {
      console.log('pandas is not installed: checked the CSV shape and ISO dates only');
      return;
    }
    const script = [
      'import json, sys, pandas as pd',
      `c = pd.read_csv(sys.argv[1], parse_dates=['first_seen', 'last_seen'])`,
      `a = pd.read_csv(sys.argv[2], parse_dates=['date'])`,
      `print(json.dumps({'careers': len(c), 'attendance': len(a), 'first_seen': str(c['first_seen'].dtype), 'last_seen': str(c['last_seen'].dtype),`,
      `  'date': str(a['date'].dtype), 'wu_posts': sorted(c[c.person == '吴金华'].post.tolist()), 'wu_meetings': int((a.person == '吴金华').sum()),`,
      `  'years': sorted({int(y) for y in c['first_seen'].dt.year.dropna()})}))`,
    ].join('\n');
    const out = JSON.parse((await run(py, ['-c', script, cFile, aFile])).stdout);
    expect(out).toMatchObject({
      careers: cRows.length, attendance: aRows.length,
      first_seen: 'datetime64[ns]', last_seen: 'datetime64[ns]', date: 'datetime64[ns]',
      wu_posts: ['市委常委', '组织部长'], wu_meetings: 2,
    });
    expect(out.years).toContain(2020);
  }, 120_000);
});
