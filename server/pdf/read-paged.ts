/**
 * Reads printed pages — PDF files (a text layer, or OCR for pages without one) and page scans
 * (PNG, JPEG, TIFF) — into articles: one article list per page, through the same layout
 * analysis (extractors/readers/pdf-layout.ts) and the same RawArticle shape as text inputs.
 * Bad input is one clear error; a page that gives nothing is a warning and the rest goes on.
 *
 * @example
 * const out = await readPaged('pages/2020-12-28_03.pdf', bytes, { pageImages: '.baoxun/pages' });
 * if (out.ok) for (const raw of out.articles) extractArticle(raw, { region: '平湖市' });
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DEFAULT_MAX_BYTES, formatBytes, type ReadOptions, type ReadOutcome } from '../../extractors/readers/index.js';
import { choosePublished } from '../../extractors/readers/published.js';
import { layoutPage } from '../../extractors/readers/pdf-layout.js';
import { pageArticles } from '../../extractors/readers/pdf-articles.js';
import { pageLabelFromName } from '../../extractors/readers/pdf-header.js';
import type { PositionedPage } from '../../extractors/readers/pdf-types.js';
import type { RawArticle, RawCredit } from '../../extractors/types.js';
import { greyPage, imageJpeg, imagePageCount } from './images.js';
import { ocrPage } from './ocr.js';
import { pdfPageCount, pdfTextLayer, renderGrey, renderJpeg } from './poppler.js';
import type { GreyImage } from './zones.js';

export interface PagedOptions extends ReadOptions {
  /** Directory of the page store: page images are written there (none when unset). */
  pageImages?: string | null;
}

export type PagedKind = 'pdf' | 'image';

const IMAGE_EXT = /\.(png|jpe?g|tiff?)$/iu;

/** A PDF or a page image, by its first bytes (else by its extension); null for anything else. */
export function pagedKind(source: string, bytes: Uint8Array): PagedKind | null {
  const head = Buffer.from(bytes.subarray(0, 1024));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-' || (head.includes('%PDF-') && /\.pdf$/iu.test(source))) return 'pdf';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image';
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image';
  const tiff = head.subarray(0, 4).toString('latin1');
  if (tiff === 'II*\0' || tiff === 'MM\0*') return 'image';
  if (/\.pdf$/iu.test(source)) return 'pdf';
  return IMAGE_EXT.test(source) ? 'image' : null;
}

/** Page images are this many pixels wide. */
const IMAGE_WIDTH = 1600;
/** Pages without a text layer are rendered at this resolution for OCR (and never over 6,000 pixels long). */
const OCR_DPI = 200;

/** One page read: positioned text, how to get its image, and how many pages its file has. */
interface ReadPage { page: PositionedPage; jpeg: () => Promise<Buffer>; of: number }

const greyJpeg = (img: GreyImage): Promise<Buffer> =>
  sharp(Buffer.from(img.data.buffer, img.data.byteOffset, img.width * img.height), { raw: { width: img.width, height: img.height, channels: 1 } })
    .resize({ width: IMAGE_WIDTH, withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer();

/**
 * Does the page's text layer hold readable text? At least ten letters (Chinese characters,
 * Latin letters, digits), and at least half of its characters letters or punctuation: a layer
 * whose font maps to private-use or unmapped codes (garbled copy-paste) is read by OCR instead.
 */
export function usableTextLayer(p: PositionedPage): boolean {
  const text = p.lines.flatMap((l) => l.words.map((w) => w.text)).join('').replace(/\s/gu, '');
  const letters = text.match(/[\p{Script=Han}A-Za-z0-9]/gu)?.length ?? 0;
  const readable = letters + (text.match(/\p{P}/gu)?.length ?? 0);
  return letters >= 10 && readable >= 0.5 * [...text].length;
}

async function* pdfPages(file: string, dir: string): AsyncGenerator<ReadPage> {
  const count = await pdfPageCount(file);
  const layers = await pdfTextLayer(file);
  for (let n = 1; n <= count; n++) {
    const layer = layers[n - 1] ?? { number: n, width: 612, height: 792, lines: [], ocr: false };
    if (usableTextLayer(layer)) {
      yield { page: layer, jpeg: () => renderJpeg(file, n, layer.width, IMAGE_WIDTH), of: count };
      continue;
    }
    const dpi = Math.min(OCR_DPI, Math.floor((6000 / Math.max(layer.width, layer.height, 1)) * 72));
    const { page, image } = await ocrPage(await renderGrey(file, n, dpi), n, dir);
    yield { page, jpeg: () => greyJpeg(image), of: count };
  }
}

async function* imagePages(bytes: Uint8Array, dir: string): AsyncGenerator<ReadPage> {
  let count: number;
  try {
    count = await imagePageCount(bytes);
  } catch (e) {
    // sharp's message, e.g. `Input buffer has corrupt header: …`: its first clause says enough.
    throw new Error(`damaged image: ${(e as Error).message.split(/[:\n]/u)[0]!.trim().replace(/^Input buffer has /u, '').replace(/^./u, (c) => c.toLowerCase())}`);
  }
  for (let n = 1; n <= count; n++) {
    const grey = await greyPage(bytes, n);
    const { page, image } = await ocrPage(grey, n, dir);
    // The page shown is the one read: the scan itself, or in grey when it had to be turned level.
    yield { page, jpeg: () => (image === grey ? imageJpeg(bytes, n, IMAGE_WIDTH) : greyJpeg(image)), of: count };
  }
}

/** Writes the page image into the store (once per file content and page); returns its file name. */
async function storeImage(store: string, key: string, p: ReadPage): Promise<string> {
  const name = `${key}-p${p.page.number}.jpg`;
  const path = join(store, name);
  if (!existsSync(path)) {
    await mkdir(store, { recursive: true });
    await writeFile(path, await p.jpeg());
  }
  return name;
}

/** The share of OCR'd text read with low confidence, for a warning. */
function lowShare(raws: RawArticle[]): number {
  const all = raws.reduce((n, r) => n + r.article.text.length, 0);
  const low = raws.reduce((n, r) => n + (r.article.layout?.low_confidence ?? []).reduce((m, [s, e]) => m + e - s, 0), 0);
  return all ? low / all : 0;
}

/**
 * Reads a PDF or a page image. `source` is the path as given (it becomes `article.source`).
 * Never throws for a user's bad file: `{ ok: false, error }` with one reason.
 */
export async function readPaged(source: string, bytes: Uint8Array, opts: PagedOptions = {}): Promise<ReadOutcome> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > max) return { ok: false, error: `file is ${formatBytes(bytes.byteLength)}, over the ${formatBytes(max)} size limit` };
  if (bytes.byteLength === 0) return { ok: false, error: 'empty file' };
  const kind = pagedKind(source, bytes);
  if (!kind) return { ok: false, error: 'neither a PDF nor a PNG, JPEG or TIFF image' };
  const dir = await mkdtemp(join(tmpdir(), 'baoxun-page-'));
  const key = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  const warnings: string[] = [];
  const articles: RawArticle[] = [];
  const pageCredits: RawCredit[] = [];
  let pages = 0;
  try {
    const file = join(dir, kind === 'pdf' ? 'input.pdf' : 'input.img');
    await writeFile(file, bytes);
    for await (const p of kind === 'pdf' ? pdfPages(file, dir) : imagePages(bytes, dir)) {
      pages++;
      const where = `page ${p.page.number}: `;
      const laid = layoutPage(p.page);
      const warn = (m: string) => warnings.push(where + m);
      const published = choosePublished(laid.header.date, source, opts.published, warn);
      const image = opts.pageImages ? await storeImage(opts.pageImages, key, p) : null;
      // A label in the file name (`…_03.pdf`) names the page of a one-page file only.
      const pageLabel = laid.header.pageLabel ?? (p.of === 1 ? pageLabelFromName(source) : null);
      const raws = pageArticles(p.page, laid, { source, published, image, pageLabel, paper: laid.header.paper });
      if (raws.length === 0) warn(p.page.ocr ? 'no text layer, and OCR found no text' : 'no article text');
      if (laid.pageCredits.length > 0) warn(`${laid.pageCredits.length} credit line(s) could not be tied to one article: ${laid.pageCredits.map((c) => c.text).join('; ')}`);
      const share = lowShare(raws);
      if (share >= 0.05) warn(`OCR read ${Math.round(share * 100)}% of the text with low confidence (marked in the article's layout)`);
      articles.push(...raws);
      pageCredits.push(...laid.pageCredits);
    }
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0]! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const seen = new Set<string>();
  const unique = articles.filter((a) => !seen.has(a.article.id) && seen.add(a.article.id));
  if (unique.length === 0) {
    return { ok: false, error: pages === 0 ? 'no pages' : `no article text found${warnings.length ? `: ${warnings.join('; ')}` : ''}` };
  }
  return { ok: true, articles: unique, warnings, ...(pageCredits.length ? { pageCredits } : {}) };
}
