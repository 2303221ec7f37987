/**
 * PDF pages and scans read end to end (poppler, tesseract and sharp run for real) from the
 * fixtures of test/fixtures/pdf/ (made by scripts/make-pdf-fixtures.ts from
 * scripts/pdf-fixtures/invented-page.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../extractors/pipeline.js';
import { readPaged } from '../../server/pdf/read-paged.js';
import { readInputs } from '../../server/input/read-files.js';
import { BRIEFS, MEETING, PHOTO, SECOND, WORKS } from '../../scripts/pdf-fixtures/invented-page.js';
import { tinyPdf } from '../../scripts/pdf-fixtures/tiny-pdf.js';

const dir = resolve(import.meta.dirname, '../fixtures/pdf');
const read = (name: string, opts = {}) => readPaged(`pages/${name}`, readFileSync(join(dir, name)), opts);
const squash = (s: string) => s.replace(/\s+/gu, '');
const store = mkdtempSync(join(tmpdir(), 'baoxun-pages-'));
afterAll(() => rmSync(store, { recursive: true, force: true }));

describe('readPaged: a text-layer PDF page', () => {
  it('gives the articles of the page, each with its title, kicker, credits and text', async () => {
    const out = await read('2025-03-14_A02.pdf');
    if (!out.ok) throw new Error(out.error);
    const arts = out.articles.map((r) => r.article);
    expect(arts.map((a) => a.title)).toEqual([MEETING.title, null, null, WORKS.title, PHOTO.title]);
    expect(out.articles.map((r) => r.credits.map((c) => c.text))).toEqual([
      ['记者 季文涛'], ['记者 吴凡'], ['通讯员孔德明'], ['记者 唐雅琴 通讯员 邹明'], ['摄影 龚丽'],
    ]);
    expect(arts[0]!.text).toBe(MEETING.paragraphs.join('\n'));
    // A space the line broke at is not printed: `（通讯员|孔德明）` comes back without it.
    expect(arts.slice(1, 3).map((a) => squash(a.text))).toEqual(BRIEFS.paragraphs.map(squash));
    expect(arts[3]!.text).toBe(WORKS.paragraphs.join('\n'));
    expect(arts[4]!.text).toBe(PHOTO.paragraphs.join('\n'));
  });

  it('dates the page and names paper and page from its header, and records where each article is printed', async () => {
    const out = await read('2025-03-14_A02.pdf');
    if (!out.ok) throw new Error(out.error);
    for (const { article: a } of out.articles) {
      expect(a.published).toBe('2025-03-14');
      expect(a.layout).toMatchObject({ page: 1, page_label: 'A02版', paper: '清河日报', image: null, ocr: false, low_confidence: [] });
      expect(a.layout!.regions.length).toBeGreaterThan(0);
      for (const [s, e, x, y, w, h] of a.layout!.regions) {
        expect(e).toBeGreaterThan(s);
        expect(e).toBeLessThanOrEqual(a.text.length);
        expect(x + w).toBeLessThanOrEqual(1000);
        expect(y + h).toBeLessThanOrEqual(1000);
      }
    }
    // The meeting sits top left, the works report top right.
    const [meeting, , , works] = out.articles.map((r) => r.article.layout!.box);
    expect(meeting![0]).toBeLessThan(100);
    expect(works![0]).toBeGreaterThan(450);
  });

  it('dates and labels a page without a header from its file name', async () => {
    const out = await readPaged('pages/2021-05-06_07.pdf', tinyPdf('A page printed without any header band'));
    if (!out.ok) throw new Error(out.error);
    expect(out.articles.map((r) => [r.article.published, r.article.layout!.page_label, r.article.layout!.paper])).toEqual([['2021-05-06', '07', null]]);
  });

  it('gives one article list per page of a multi-page PDF', async () => {
    const out = await read('two-pages.pdf');
    if (!out.ok) throw new Error(out.error);
    const pages = out.articles.map((r) => [r.article.layout!.page, r.article.layout!.page_label, r.article.title]);
    expect(pages).toEqual([
      [1, 'A02版', MEETING.title], [1, 'A02版', null], [1, 'A02版', null], [1, 'A02版', WORKS.title], [1, 'A02版', PHOTO.title],
      [2, 'A03版', SECOND.title],
    ]);
  });

  it('writes the page image into the page store, once', async () => {
    const out = await read('2025-03-14_A02.pdf', { pageImages: store });
    if (!out.ok) throw new Error(out.error);
    const name = out.articles[0]!.article.layout!.image!;
    expect(name).toMatch(/^[0-9a-f]{16}-p1\.jpg$/u);
    const file = join(store, name);
    expect(readFileSync(file).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const before = statSync(file).mtimeMs;
    await read('2025-03-14_A02.pdf', { pageImages: store });
    expect(statSync(file).mtimeMs).toBe(before);
  });
});

describe('readPaged: errors are one line, and a batch goes on', () => {
  it('names what is wrong with an encrypted, a damaged, an empty and a blank PDF', async () => {
    expect(await read('encrypted.pdf')).toEqual({ ok: false, error: 'encrypted PDF: it opens only with a password; decrypt it first' });
    const damaged = await read('damaged.pdf');
    expect(damaged.ok).toBe(false);
    expect(!damaged.ok && damaged.error).toMatch(/^damaged PDF: /u);
    expect(await readPaged('empty.pdf', new Uint8Array(0))).toEqual({ ok: false, error: 'empty file' });
    const blank = await read('blank.pdf');
    expect(blank).toEqual({ ok: false, error: 'no article text found: page 1: no text layer, and OCR found no text' });
    for (const o of [damaged, blank]) expect(!o.ok && o.error.includes('\n')).toBe(false);
  });

  it('reads the good files of a directory and reports each bad one', async () => {
    const seen: Array<[string, boolean]> = [];
    for await (const r of readInputs([join(dir, 'encrypted.pdf'), join(dir, 'damaged.pdf'), join(dir, '2025-03-14_A02.pdf')], {})) {
      seen.push([r.source.split('/').pop()!, r.outcome.ok]);
    }
    expect(seen).toEqual([['encrypted.pdf', false], ['damaged.pdf', false], ['2025-03-14_A02.pdf', true]]);
  });
});

describe('readPaged: scans are read by OCR', () => {
  it('reads a scanned page into its articles, with the people in them and the confidence of the reading', { timeout: 180_000 }, async () => {
    const out = await read('2025-03-14_A02-scan.jpg', { pageImages: store });
    if (!out.ok) throw new Error(out.error);
    const arts = out.articles.map((r) => r.article);
    expect(arts.map((a) => a.title)).toContain(MEETING.title);
    const meeting = out.articles.find((r) => r.article.title === MEETING.title)!;
    expect(meeting.credits.map((c) => squash(c.text))).toEqual(['记者季文涛']);
    expect(meeting.article.layout).toMatchObject({ ocr: true, page_label: 'A02版', paper: '清河日报' });
    expect(meeting.article.published).toBe('2025-03-14');
    expect(existsSync(join(store, meeting.article.layout!.image!))).toBe(true);
    const persons = new Set(out.articles.flatMap((r) => extractArticle(r).entities.filter((e) => e.type === 'Person').map((e) => e.name)));
    for (const name of ['罗振华', '秦志远', '季文涛', '唐雅琴', '邹明', '邓建国', '吴凡', '孔德明']) expect(persons).toContain(name);
    // Every low-confidence span lies inside its article's text.
    for (const a of arts) {
      for (const [s, e] of a.layout!.low_confidence) {
        expect(s).toBeLessThan(e);
        expect(e).toBeLessThanOrEqual(a.text.length);
      }
    }
  });

  it('reads a scan taken askew (turned 1.5 degrees) after turning it level', { timeout: 180_000 }, async () => {
    const skewed = await sharp(readFileSync(join(dir, '2025-03-14_A02-scan.jpg'))).rotate(1.5, { background: '#ffffff' }).jpeg({ quality: 80 }).toBuffer();
    const out = await readPaged('pages/askew.jpg', skewed, {});
    if (!out.ok) throw new Error(out.error);
    // Turning the scan blurs it a little: a character of a title may be misread, the layout must hold.
    expect(out.articles).toHaveLength(5);
    const [meeting, brief1, brief2, works, photo] = out.articles;
    expect(meeting!.article.title).toMatch(/^县政府召开第十二次/u);
    expect(meeting!.credits.map((c) => squash(c.text))).toEqual(['记者季文涛']);
    expect(meeting!.article.text).toContain('县长罗振华主持召开');
    expect([brief1!.article.title, brief2!.article.title]).toEqual([null, null]);
    expect(works!.article.title).toMatch(/^城东污水处理/u);
    expect(photo!.article.text).toContain('青石镇柳湾村');
    expect(out.articles.map((r) => r.credits.length)).toEqual([1, 1, 1, 1, 1]);
  });

  it('reads a PDF without a text layer the same way', { timeout: 180_000 }, async () => {
    const out = await read('scanned-page.pdf');
    if (!out.ok) throw new Error(out.error);
    expect(out.articles.map((r) => r.article.title)).toContain(MEETING.title);
    expect(out.articles.every((r) => r.article.layout!.ocr)).toBe(true);
  });
});
