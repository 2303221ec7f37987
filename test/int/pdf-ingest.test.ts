/**
 * PDF pages through ingest and the API, against the real test Neo4j: `ingestPaths` on a
 * directory with good and bad PDFs, the multipart upload of a PDF, the stored layout in
 * GET /api/articles/:id and the page image from GET /api/pages/:name. The pages are the
 * invented fixtures of test/fixtures/pdf/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleDetail, CreateArticleResponse, EntityDetail } from '../../model/api.schema.js';
import { extractArticle } from '../../extractors/pipeline.js';
import { makeArticle } from '../../extractors/readers/make-article.js';
import { writeBatch } from '../../server/graph/writer.js';
import { ingestPaths } from '../../server/ingest.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { MEETING, SECOND } from '../../scripts/pdf-fixtures/invented-page.js';
import { startApp, type Harness } from './api-fixture.js';

const fixtures = resolve(import.meta.dirname, '../fixtures/pdf');
const KEY = `pdf-key-${Math.random().toString(36).slice(2)}`;
const work = mkdtempSync(join(tmpdir(), 'baoxun-pdf-int-'));
const store = join(work, 'pages');
let h: Harness;
const created = new Set<string>();

beforeAll(async () => {
  h = await startApp({ apiKey: KEY, pagesDir: store, rateLimitPerMinute: 10_000 });
});
afterAll(async () => {
  if (created.size) await deleteArticles(h.executor, [...created]);
  await h.close();
  rmSync(work, { recursive: true, force: true });
});

async function detail(id: string): Promise<ArticleDetail> {
  const res = await fetch(`${h.base}/api/articles/${encodeURIComponent(id)}`);
  expect(res.status).toBe(200);
  return ArticleDetail.parse(await res.json());
}

describe('ingest of PDF pages', () => {
  it('stores the articles of every page with their layout, and reports the bad PDFs beside them', async () => {
    const dir = join(work, 'inputs');
    mkdirSync(dir);
    for (const f of ['two-pages.pdf', 'encrypted.pdf', 'damaged.pdf']) copyFileSync(join(fixtures, f), join(dir, f));
    const sum = await ingestPaths(h.executor, [dir], { workers: 0, region: '清河县', pageImages: store, force: true });
    expect(sum.inputErrors.map((e) => [e.source.split('/').pop(), e.error.split(':')[0]])).toEqual([
      ['damaged.pdf', 'damaged PDF'], ['encrypted.pdf', 'encrypted PDF'],
    ]);
    expect(sum.articles).toBe(6);
    expect(sum.failed).toEqual([]);
    const list = await (await fetch(`${h.base}/api/articles?q=${encodeURIComponent(SECOND.title)}`)).json() as { articles: Array<{ id: string; title: string }> };
    const second = list.articles.find((a) => a.title === SECOND.title);
    expect(second).toBeDefined();
    created.add(second!.id);
    const a = await detail(second!.id);
    expect(a.published).toBe('2025-03-14');
    expect(a.layout).toMatchObject({ page: 2, page_label: 'A03版', paper: '清河日报', ocr: false });
    expect(a.bylines.map((b) => [b.name, b.as])).toEqual([['唐雅琴', '记者']]);
    const img = await fetch(`${h.base}/api/pages/${a.layout!.image}`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await img.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });
});

describe('POST /api/articles with a PDF', () => {
  it('reads the uploaded page into its articles and keeps the page image', async () => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(join(fixtures, '2025-03-14_A02.pdf'))], { type: 'application/pdf' }), '2025-03-14_A02.pdf');
    form.append('region', '清河县');
    const res = await fetch(`${h.base}/api/articles`, { method: 'POST', body: form, headers: { 'x-api-key': KEY } });
    expect(res.status).toBe(201);
    const body = CreateArticleResponse.parse(await res.json());
    for (const a of body.articles) created.add(a.article.id);
    expect(body.articles.map((a) => a.article.title)).toContain(MEETING.title);
    const meeting = body.articles.find((a) => a.article.title === MEETING.title)!;
    expect(meeting.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['罗振华', '季文涛']));
    const stored = await detail(meeting.article.id);
    expect(stored.layout?.regions.length).toBeGreaterThan(3);
    expect((await fetch(`${h.base}/api/pages/${stored.layout!.image}`)).status).toBe(200);
  });

  it('answers 400 with the reason for an encrypted PDF', async () => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(join(fixtures, 'encrypted.pdf'))]), 'secret.pdf');
    const res = await fetch(`${h.base}/api/articles`, { method: 'POST', body: form, headers: { 'x-api-key': KEY } });
    expect(res.status).toBe(400);
    expect((await res.json()).message).toBe('cannot read the upload: encrypted PDF: it opens only with a password; decrypt it first');
  });
});

describe('facts read from text OCR was unsure of', () => {
  it('come with low_confidence in the evidence of GET /api/entities/:id, the others without', async () => {
    const [chair, deputy] = ['褚文渊', '蒯晓岚'];
    const text = `本报讯 近日，县长${chair}主持召开县政府常务会议。副县长${deputy}出席会议。`;
    const raw = makeArticle({ title: null, text, published: '2025-03-14', source: 'ocr-int.png', credits: [] });
    const at = text.indexOf(deputy);
    raw.article.layout = { page: 1, page_label: null, paper: null, image: null, ocr: true, box: [0, 0, 1000, 1000], regions: [], low_confidence: [[at, at + 3]] };
    const ex = extractArticle(raw, { region: '清河县' });
    created.add(ex.article.id);
    await writeBatch(h.executor, [{ ex }], { force: true });
    const evidenceOf = async (name: string) => {
      const id = ex.entities.find((e) => e.type === 'Person' && e.name === name)!.id;
      return EntityDetail.parse(await (await fetch(`${h.base}/api/entities/${encodeURIComponent(id)}`)).json()).evidence;
    };
    const unsure = await evidenceOf(deputy);
    expect(unsure.length).toBeGreaterThan(0);
    expect(unsure.every((e) => e.low_confidence === true)).toBe(true);
    const sure = (await evidenceOf(chair)).filter((e) => !e.text.includes(deputy));
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.every((e) => e.low_confidence === false)).toBe(true);
  });
});

describe('GET /api/pages/:name', () => {
  it('serves page images by their names only', async () => {
    expect((await fetch(`${h.base}/api/pages/0000000000000000-p1.jpg`)).status).toBe(404);
    expect((await fetch(`${h.base}/api/pages/..%2Fneo4j-password`)).status).toBe(400);
    expect((await fetch(`${h.base}/api/pages/notes.txt`)).status).toBe(400);
  });
});
