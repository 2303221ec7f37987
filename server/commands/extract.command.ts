/**
 * `baoxun extract FILE|DIR…`: reads the inputs, runs extraction and prints one
 * JSON object per article (the Extraction of model/graph.schema.ts). A bad
 * input is one line on stderr (`baoxun: FILE: reason`) and the rest go on; the
 * exit code is non-zero only when nothing could be processed.
 */
import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { UserError } from '../cli-errors.js';
import { readInputs } from '../input/read-files.js';
import { DEFAULT_MAX_BYTES, parseDate } from '../../extractors/readers/index.js';
import { extractArticle } from '../../extractors/pipeline.js';

export interface ExtractOptions { format: string; region?: string; published?: string; maxBytes?: string; out?: string }

/** `20M`, `512k`, `1048576` → bytes. */
export function parseSize(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(s.trim());
  if (!m) return null;
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Math.floor(Number(m[1]) * mult);
  return n > 0 ? n : null;
}

/** Writes with backpressure; resolves when the stream can take more. */
async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

const say = (line: string) => process.stderr.write(`baoxun: ${line}\n`);

/** Counts of one run, for the exit code and for tests. */
export interface ExtractSummary { inputs: number; failed: number; articles: number }

/** Runs the command's work (exported for tests): reads, extracts, writes to `out`. */
export async function runExtract(paths: string[], o: ExtractOptions, out: Writable, extract: typeof extractArticle = extractArticle): Promise<ExtractSummary> {
  if (o.format !== 'jsonl' && o.format !== 'json') throw new UserError(`--format must be jsonl or json, not ${o.format}`);
  const published = o.published ? parseDate(o.published) : null;
  if (o.published && !published) throw new UserError(`--published ${o.published} is not a real date (YYYY-MM-DD)`);
  const maxBytes = o.maxBytes ? parseSize(o.maxBytes) : DEFAULT_MAX_BYTES;
  if (!maxBytes) throw new UserError(`--max-bytes ${o.maxBytes} is not a size (e.g. 20000000, 512k, 20M)`);
  const sum: ExtractSummary = { inputs: 0, failed: 0, articles: 0 };
  const seen = new Set<string>();
  if (o.format === 'json') await write(out, '[');
  for await (const { source, outcome } of readInputs(paths, { published, maxBytes })) {
    if (!seen.has(source)) sum.inputs++;
    seen.add(source);
    if (!outcome.ok) {
      sum.failed++;
      say(`${source}: ${outcome.error}`);
      continue;
    }
    for (const w of outcome.warnings) say(`${source}: warning: ${w}`);
    for (const raw of outcome.articles) {
      let line: string;
      try {
        line = JSON.stringify(extract(raw, { region: o.region ?? null }));
      } catch (e) {
        say(`${source}: article ${raw.article.id}: extraction failed: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      const sep = o.format === 'json' ? (sum.articles ? ',\n' : '\n') : '';
      await write(out, o.format === 'json' ? sep + line : `${line}\n`);
      sum.articles++;
    }
  }
  if (o.format === 'json') await write(out, sum.articles ? '\n]\n' : ']\n');
  return sum;
}

/** Opens `--out`; a path that cannot be written is the user's mistake, not a crash. */
async function openOut(file: string): Promise<Writable> {
  const s = createWriteStream(file);
  try {
    await once(s, 'open'); // rejects when the stream emits 'error' first
  } catch (e) {
    throw new UserError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return s;
}

/** `baoxun extract`: inputs → JSON lines of extracted entities and relations. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('read articles (text pages, JSON/JSONL, HTML, PDF pages, page scans) and print what extraction finds, one JSON line per article')
    .argument('<paths...>', 'files or directories (directories are read recursively, sorted, hidden files skipped)')
    .option('--format <format>', 'jsonl (one Extraction per line) or json (one array)', 'jsonl')
    .option('--region <name>', "the paper's home jurisdiction, e.g. 平湖市, given to the extractors to resolve 市, 我市, 全市")
    .option('--published <date>', 'publication date (YYYY-MM-DD) for articles whose record and file name give none')
    .option('--max-bytes <n>', 'refuse input files larger than this, e.g. 20000000, 512k, 20M (default 20M; big .jsonl files are streamed and the limit applies to each line)')
    .option('--out <file>', 'write the output to this file instead of stdout')
    .addHelpText('after', '\nEach bad input gives one line on stderr, "baoxun: FILE: reason", and the other inputs are still processed;\n' +
      'warnings (skipped records, credits not tied to one article) are "baoxun: FILE: warning: …".\n' +
      'Exit code: 0 when at least one article was extracted, 1 when nothing could be processed.\n' +
      'Encodings: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK, Big5.\n' +
      'PDF pages are read by their layout (poppler), scans and PDFs without text by OCR (tesseract, chi_sim);\n' +
      'their articles carry article.layout (page, label, paper, line regions, low-confidence text).\n')
    .action(async (paths: string[], o: ExtractOptions) => {
      const out: Writable = o.out ? await openOut(o.out) : process.stdout;
      if (out === process.stdout) process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); });
      const sum = await runExtract(paths, o, out);
      if (o.out) {
        out.end();
        await once(out, 'finish');
      }
      if (sum.articles === 0) throw new UserError(`nothing could be extracted from ${sum.inputs} input(s)${sum.failed ? ` (${sum.failed} failed)` : ''}`);
    });
}
