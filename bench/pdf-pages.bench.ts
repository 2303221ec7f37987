/**
 * Printed pages per second (the PDF row of `baoxun bench extract`): text-layer PDF pages and
 * OCR pages (scans, PDFs without a text layer) read, laid out and extracted end to end —
 * poppler or tesseract, the layout analysis, then every extractor on every article of the page.
 * Page images are not rendered (ingest renders one JPEG per page besides). Pure measuring.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../extractors/pipeline.js';
import { pdfTextLayer } from '../server/pdf/poppler.js';
import { pagedKind, readPaged } from '../server/pdf/read-paged.js';

export interface PagesRow {
  files: number;
  pages: number;
  articles: number;
  rounds: number;
  /** Time reading the files (tools and layout), and extracting their articles, over all rounds. */
  read_ms: number;
  extract_ms: number;
  /** Pages per second over read + extract, from the fastest round. */
  pages_per_s: number;
}

export interface PdfBenchResult { text_layer: PagesRow | null; ocr: PagesRow | null }

/** Reads and extracts each file `rounds` times; the page rate comes from the fastest round. */
async function row(files: string[], rounds: number, region: string | null): Promise<PagesRow | null> {
  if (files.length === 0) return null;
  const bytes = files.map((f) => readFileSync(f));
  let read = 0, extract = 0, pages = 0, articles = 0, best = Infinity;
  for (let r = 0; r < rounds; r++) {
    let roundMs = 0;
    const seen = new Set<string>();
    for (const [i, f] of files.entries()) {
      const t0 = performance.now();
      const out = await readPaged(f, bytes[i]!, {});
      const t1 = performance.now();
      if (!out.ok) throw new Error(`${f}: ${out.error}`);
      for (const raw of out.articles) extractArticle(raw, { region });
      const t2 = performance.now();
      read += t1 - t0;
      extract += t2 - t1;
      roundMs += t2 - t0;
      for (const raw of out.articles) seen.add(`${f}#${raw.article.layout?.page}`);
      if (r === 0) articles += out.articles.length;
    }
    pages = seen.size;
    best = Math.min(best, roundMs);
  }
  return {
    files: files.length, pages, articles, rounds, read_ms: Math.round(read), extract_ms: Math.round(extract),
    pages_per_s: Math.round((pages / (best / 1000)) * 100) / 100,
  };
}

/** Files whose first page has a text layer, and the others (scans, image-only PDFs), which OCR reads. */
export async function byTextLayer(files: string[]): Promise<{ text: string[]; ocr: string[] }> {
  const out = { text: [] as string[], ocr: [] as string[] };
  for (const f of files) {
    const kind = pagedKind(f, readFileSync(f).subarray(0, 1024));
    const layer = kind === 'pdf' ? (await pdfTextLayer(f))[0] : undefined;
    const letters = layer?.lines.reduce((n, l) => n + l.words.reduce((m, w) => m + w.text.length, 0), 0) ?? 0;
    (letters >= 10 ? out.text : out.ocr).push(f);
  }
  return out;
}

/** The PDF row: `textLayer` files (PDFs with text) and `ocr` files (scans), each over their rounds. */
export async function benchPages(textLayer: string[], ocr: string[], rounds: { text: number; ocr: number }, region: string | null = null): Promise<PdfBenchResult> {
  // One untimed pass loads jieba's dictionaries, so that they do not count against the first file.
  extractArticle({ article: { id: 'warm', title: null, published: null, source: 'warm', text: '本报讯 县长主持召开会议。' }, credits: [] });
  return { text_layer: await row(textLayer, rounds.text, region), ocr: await row(ocr, rounds.ocr, region) };
}
