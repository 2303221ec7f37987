import type { Command } from 'commander';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../cli-errors.js';
import { benchExtract } from '../../bench/extract.bench.js';
import { benchPages, byTextLayer, type PagesRow } from '../../bench/pdf-pages.bench.js';
import { registerIngestBench, registerQueryBench } from '../../bench/graph-bench-cli.js';
import { registerApiLoadBench } from '../../bench/api-load.bench.js';
import { GoldArticle } from '../../model/gold.schema.js';
import type { RawArticle } from '../../extractors/types.js';

/**
 * `baoxun bench <what>`: performance measurements. Each subcommand is one
 * `register…` function below; add new ones (ingest, query) the same way.
 */
export function register(program: Command): void {
  const bench = program.command('bench').description('measure performance: extract, ingest, query, api (each ingest/query bench uses a Neo4j of its own; results go in BENCHMARKS.md)');
  registerExtract(bench);
  registerIngestBench(bench);
  registerQueryBench(bench);
  registerApiLoadBench(bench);
}

interface ExtractBenchOptions {
  input?: string[]; rounds: string; warmup: string; json?: boolean; region?: string;
  pdf?: string[] | false; pdfRounds: string; ocrRounds: string;
}

const DEFAULT_INPUTS = ['data/samples', '../shared/corpus/dev', '../shared/corpus/gold'];
/** Printed pages timed by default: the invented fixtures, text-layer PDFs and scans (test/fixtures/pdf/). */
const DEFAULT_PAGES = ['2025-03-14_A02.pdf', 'two-pages.pdf', '2025-03-14_A02-scan.jpg', 'scanned-page.pdf'].map((f) => `test/fixtures/pdf/${f}`);

const pagesLine = (label: string, r: PagesRow | null): string => r
  ? `${label.padEnd(17)}${r.pages_per_s} pages/s (${r.pages} page(s) of ${r.files} file(s), ${r.articles} articles; ${r.rounds} round(s): reading ${r.read_ms} ms, extraction ${r.extract_ms} ms)`
  : `${label.padEnd(17)}no input`;

function count(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${name} must be a positive integer, not ${raw}`);
  return n;
}

function registerExtract(bench: Command): void {
  bench
    .command('extract')
    .description('full extraction vs nodejieba.tag alone on the same texts, after warm-up passes: chars_per_s, tag_chars_per_s, ratio (tag time ÷ extraction time, per article best of the rounds), ratio_total')
    .option('--input <paths...>', `text files, gold/JSON files or directories (default: ${DEFAULT_INPUTS.join(', ')} when present)`)
    .option('--rounds <n>', 'timed passes over the inputs', '10')
    .option('--warmup <n>', 'untimed passes first, so V8 has optimised the extractors (jieba is native and needs none)', '3')
    .option('--region <name>', "the paper's home jurisdiction")
    .option('--pdf <paths...>', `PDF pages and scans for the pages-per-second row, text-layer and OCR apart (default: ${DEFAULT_PAGES.join(', ')})`)
    .option('--no-pdf', 'skip the PDF row')
    .option('--pdf-rounds <n>', 'rounds over the text-layer PDFs', '5')
    .option('--ocr-rounds <n>', 'rounds over the OCR pages (tens of seconds a page)', '1')
    .option('--json', 'print JSON')
    .action(async (o: ExtractBenchOptions) => {
      const paths = o.input ?? DEFAULT_INPUTS.filter((p) => existsSync(p));
      const inputs = paths.flatMap(readInputs);
      if (inputs.length === 0) throw new UserError(`no input texts found in ${paths.join(', ') || '(nothing)'}`);
      const rounds = Number(o.rounds);
      if (!Number.isInteger(rounds) || rounds < 1) throw new UserError(`--rounds must be a positive integer, not ${o.rounds}`);
      const warmup = Number(o.warmup);
      if (!Number.isInteger(warmup) || warmup < 1) throw new UserError(`--warmup must be a positive integer, not ${o.warmup}`);
      const r = benchExtract(inputs, rounds, o.region ?? null, warmup);
      const files = o.pdf === false ? [] : (o.pdf ?? DEFAULT_PAGES.filter((p) => existsSync(p)));
      for (const f of files) if (!existsSync(f)) throw new UserError(`input not found: ${f}`);
      const split = await byTextLayer(files);
      const pdf = files.length ? await benchPages(split.text, split.ocr, { text: count('--pdf-rounds', o.pdfRounds), ocr: count('--ocr-rounds', o.ocrRounds) }, o.region ?? null) : null;
      if (o.json) {
        console.log(JSON.stringify({ ...r, pdf }));
        return;
      }
      console.log(`extract: ${r.articles} texts, ${r.chars} chars × ${r.rounds} rounds after ${r.warmup} warm-up pass(es)`);
      console.log(`chars_per_s      ${r.chars_per_s}`);
      console.log(`tag_chars_per_s  ${r.tag_chars_per_s}`);
      console.log(`ratio            ${r.ratio}   (tagging time ÷ extraction time, per article best of the rounds; bar ≥ 0.5)`);
      console.log(`of the totals    ${r.ratio_total}; per round median ${r.ratio_median}, lowest ${r.ratio_min}`);
      console.log(`time (ms)        extraction ${r.extract_ms}, tagging ${r.tag_ms}; by extractor: ${Object.entries(r.per_extractor_ms).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      if (pdf) {
        console.log(pagesLine('pdf text layer', pdf.text_layer));
        console.log(pagesLine('pdf/scan OCR', pdf.ocr));
      }
    });
}

/** A directory's files, a gold/JSON file's `text`, or a plain text file (as one article). */
function readInputs(path: string): RawArticle[] {
  if (!existsSync(path)) throw new UserError(`input not found: ${path}`);
  if (statSync(path).isDirectory()) {
    return readdirSync(path).filter((f) => /\.(json|txt)$/u.test(f)).sort().flatMap((f) => readInputs(join(path, f)));
  }
  const raw = readFileSync(path, 'utf8');
  const article = (text: string, id: string, published: string | null = null) =>
    ({ article: { id, title: null, published, source: path, text }, credits: [] });
  if (path.endsWith('.json')) {
    const g = GoldArticle.safeParse(safeJson(raw));
    return g.success ? [article(g.data.text, g.data.id, g.data.published)] : [];
  }
  return [article(raw, path)];
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
