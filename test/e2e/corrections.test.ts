/**
 * Corrections and uploads through the UI, behind the API key, against the real API and
 * Neo4j with the sample page: the key dialog; a merge made in the details panel changes the
 * graph and survives a re-ingest of the sample; its undo from the corrections list restores
 * the graph and survives a re-ingest too; an upload adds an article (and a bad file gets its
 * one-line reason). Screenshots of every view of the sample graph at 1440×900 and 390×844.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { Corrections } from '../../model/api.schema.js';
import { ingestPaths } from '../../server/ingest.js';
import { deleteArticles } from '../../server/graph/writer.js';
import { openPage, samplePage, waitReady } from './harness.js';
import { useExplorerFixture } from './explorer-fixture.js';
import { E2E_API_KEY } from './app-under-test.js';
import { settled } from './page-helpers.js';
import { shootViews } from './screens.js';

const fx = useExplorerFixture();
let page: Page;
let errors: string[] = [];
const uploaded: string[] = [];
const touched: string[] = [];

afterEach(async () => {
  await page?.close();
  expect(errors).toEqual([]);
});
afterAll(async () => {
  if (uploaded.length) await deleteArticles(fx.executor, uploaded);
  if (touched.length) {
    await fx.executor.writeWith((tx) => tx.run('MATCH (j:Judgement) WHERE j.target IN $ids OR j.into IN $ids DETACH DELETE j', { ids: touched }));
  }
});

async function signedIn(path: string): Promise<Page> {
  errors = [];
  page = await openPage(fx.browser, errors);
  await page.addInitScript((key) => sessionStorage.setItem('baoxun.apiKey', key), E2E_API_KEY);
  await page.goto(`${fx.app.baseUrl}${path}`);
  await waitReady(page);
  return page;
}
const status = async (path: string): Promise<number> => (await fetch(`${fx.app.baseUrl}${path}`)).status;
const reingest = async (): Promise<void> => {
  const s = await ingestPaths(fx.executor, [samplePage], { workers: 0, force: true });
  expect(s.failed).toEqual([]);
};

/** Two people of the sample: A (the busiest) and B, who holds a post A does not. */
async function twoPeople(): Promise<{ a: string; b: string; bName: string; bRole: string }> {
  const rows = await fx.executor.readWith(async (tx) => (await tx.run(
    `MATCH (art:Article)-[:MENTIONS]->(p:Person) WHERE art.id IN $ids
     WITH DISTINCT p
     MATCH (p)-[l:LINK]->(r:Role) WHERE l.type = 'HOLDS_ROLE'
     RETURN p.id AS id, p.name AS name, collect(r.id) AS roles, COUNT { (p)-[:LINK]-() } AS deg ORDER BY deg DESC, id`,
    { ids: fx.seeded.articleIds },
  )).records.map((r) => ({ id: String(r.get('id')), name: String(r.get('name')), roles: r.get('roles') as string[] })));
  const a = rows[0]!;
  const b = rows.find((x) => x.name !== a.name && x.roles.some((r) => !a.roles.includes(r)))!;
  return { a: a.id, b: b.id, bName: b.name, bRole: b.roles.find((r) => !a.roles.includes(r))! };
}

describe('corrections in the UI', () => {
  it('checks the API key in the key dialog', async () => {
    errors = [];
    page = await openPage(fx.browser, errors);
    await page.goto(fx.app.baseUrl);
    await waitReady(page);
    await page.locator('#btn-key').click();
    await page.getByTestId('api-key').fill('wrong');
    await page.locator('[data-action="sign-in"]').click();
    await expect(page.locator('#key-dialog .error').textContent()).resolves.toContain('wrong API key');
    await page.getByTestId('api-key').fill(E2E_API_KEY);
    await page.getByTestId('author-name').fill('e2e 测试');
    await page.locator('[data-action="sign-in"]').click();
    await page.waitForSelector('body.has-key');
    expect(await page.locator('#btn-upload').isVisible()).toBe(true);
    errors = errors.filter((e) => !/status of 401/.test(e));
  });

  it('merges two people in the details panel, keeps it through a re-ingest, and undoes it from the corrections list', async () => {
    const { a, b, bName, bRole } = await twoPeople();
    touched.push(a, b);
    await signedIn(`/?start=${encodeURIComponent(a)}&focus=${encodeURIComponent(a)}`);
    await page.waitForSelector(`#details[data-entity="${a}"] [data-testid="corrections"]`);
    expect(await page.evaluate((r) => window.cy!.getElementById(r).empty(), bRole)).toBe(true);
    await page.getByTestId('merge-search').fill(bName);
    await page.locator(`.merge-candidates [data-id="${b}"]`).click();
    await page.locator('[data-action="merge-confirm"]:visible').click();
    await page.waitForSelector('.correction-status .done');
    // The graph changed: A now holds B's post, B is gone.
    await page.waitForFunction((r) => window.cy!.getElementById(r).nonempty(), bRole, { timeout: 30_000 });
    expect(await status(`/api/entities/${encodeURIComponent(b)}`)).toBe(404);
    await reingest();
    expect(await status(`/api/entities/${encodeURIComponent(b)}`)).toBe(404);

    const list = Corrections.parse(await (await fetch(`${fx.app.baseUrl}/api/corrections`)).json()).corrections;
    const merge = list.find((c) => c.kind === 'merge' && c.target === b && c.into === a && !c.undone)!;
    expect(merge.by).toBeNull(); // signed in without a name through sessionStorage
    await page.getByRole('tab', { name: '更正记录' }).click();
    const row = page.locator(`#view-audit tr[data-correction="${merge.id}"]`);
    await row.waitFor();
    await row.locator('[data-action="undo-correction"]').click();
    await page.waitForSelector(`#view-audit tr.undone[data-correction="${merge.id}"]`, { timeout: 60_000 });
    expect(await status(`/api/entities/${encodeURIComponent(b)}`)).toBe(200);
    await page.getByRole('tab', { name: '图谱' }).click();
    await settled(page);
    await page.waitForFunction((r) => window.cy!.getElementById(r).empty(), bRole, { timeout: 30_000 });
    await reingest();
    expect(await status(`/api/entities/${encodeURIComponent(b)}`)).toBe(200);
  });

  it('uploads a file: the article is added, a bad file gets its reason', async () => {
    await signedIn('/');
    await page.locator('#btn-upload').click();
    const pick = (pool: string) => pool[Math.floor(Math.random() * pool.length)]!;
    const name = `${pick('赵钱孙李周')}${pick('春夏秋冬')}${pick('明亮光辉')}`;
    // An invented county news item.
    const text = `上传测试稿\n\n本报讯 4月9日，副县长${name}到青石镇调研春耕生产工作，察看了高标准农田建设项目进展情况。\n`;
    await page.getByTestId('upload-files').setInputFiles([
      { name: 'e2e-upload.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('   ') },
    ]);
    await page.locator('[data-action="upload-send"]').click();
    await page.waitForSelector('[data-testid="upload-progress"] li[data-state="done"]', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="upload-progress"] li[data-state="error"]');
    const bad = await page.locator('[data-testid="upload-progress"] li[data-state="error"]').textContent();
    expect(bad).toContain('empty.txt');
    const link = page.locator('[data-testid="upload-progress"] li[data-state="done"] a[data-article]').first();
    const id = (await link.getAttribute('data-article'))!;
    uploaded.push(id);
    expect(await status(`/api/articles/${encodeURIComponent(id)}`)).toBe(200);
    await link.click();
    await page.waitForFunction((x) => window.cy!.getElementById(x).nonempty(), id);
    expect(await page.evaluate(() => window.cy!.nodes('[type = "Person"]').map((n) => String(n.data('label'))))).toContain(name);
    errors = errors.filter((e) => !/status of 400/.test(e));
  });

  it('writes screenshots of every view of the sample graph at 1440×900 and 390×844', async () => {
    const ids = await fx.executor.readWith(async (tx) => {
      // A project with reported steps first, so its history view shows some.
      const one = async (label: string) => (await tx.run(
        `MATCH (a:Article)-[:MENTIONS]->(n:${label}) WHERE a.id IN $ids RETURN DISTINCT n.id AS id ORDER BY COUNT { (n)-[:STEP]->() } DESC, COUNT { (n)-[:LINK]-() } DESC, n.id LIMIT 1`,
        { ids: fx.seeded.articleIds })).records[0]?.get('id') as string | undefined;
      return { person: (await one('Person'))!, meeting: (await one('Meeting')) ?? null, project: (await one('Project')) ?? null };
    });
    const files = await shootViews(fx.browser, fx.app.baseUrl, 'sample', ids);
    expect(files.length).toBeGreaterThanOrEqual(20);
  }, 600_000);
});
