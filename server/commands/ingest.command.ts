/**
 * `baoxun ingest FILE|DIR…`: reads, extracts on worker threads, resolves and writes into
 * Neo4j in batches, with a progress bar and an end summary. Bad inputs and bad
 * articles are listed with their reason; the good ones are all written.
 */
import type { Command } from 'commander';
import { UserError } from '../cli-errors.js';
import { parseDate } from '../../extractors/readers/index.js';
import { defaultWorkers, ingestPaths, type IngestSummary } from '../ingest.js';
import { openGraph } from '../ingest/open-graph.js';
import { progressBar } from '../ingest/progress.js';
import { journalFile } from '../ingest/journal.js';
import { resolveHome } from '../neo4j/paths.js';
import { expandPaths, formatSkips } from '../input/expand-paths.js';
import { pageStoreDir } from '../pdf/page-store.js';

interface IngestCliOptions {
  region?: string;
  published?: string;
  workers?: string;
  batchSize?: string;
  force?: boolean;
  json?: boolean;
  progress?: boolean;
  journal?: boolean;
}

const say = (line: string) => process.stderr.write(`baoxun: ${line}\n`);

function positiveInt(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UserError(`${name} must be an integer ≥ ${min}, not ${v}`);
  return n;
}

/** The end summary, as printed. */
export function formatSummary(s: IngestSummary): string {
  const rate = s.seconds > 0 ? (s.articles / s.seconds).toFixed(1) : '0';
  const lines = [
    `ingested ${s.inputs} input(s)${s.skippedInputs ? ` (${s.skippedInputs} more skipped: done before, per the journal)` : ''} in ${s.seconds.toFixed(1)} s: ${s.articles} article(s) read (${rate}/s)`,
    `  written ${s.written} (${s.replaced} replaced), unchanged ${s.unchanged}, failed ${s.failed.length}, bad inputs ${s.inputErrors.length}`,
    `  nodes +${s.nodesCreated} -${s.nodesDeleted}, relationships +${s.relsCreated} -${s.relsDeleted}`,
  ];
  for (const e of s.inputErrors.slice(0, 50)) lines.push(`  bad input ${e.source}: ${e.error}`);
  for (const f of s.failed.slice(0, 50)) lines.push(`  failed ${f.id} (${f.source}): ${f.error}`);
  const more = s.inputErrors.length + s.failed.length - Math.min(50, s.inputErrors.length) - Math.min(50, s.failed.length);
  if (more > 0) lines.push(`  … and ${more} more`);
  // Last: what the folders held that is not an article, so a README or a script is seen to be left out.
  const skipped = formatSkips(s.skipped);
  if (skipped) lines.push(`  ${skipped}`);
  return lines.join('\n');
}

async function countInputs(paths: string[]): Promise<number> {
  let n = 0;
  for await (const f of expandPaths(paths)) if (!('skip' in f)) n++;
  return n;
}

/**
 * Ctrl-C (SIGINT, also SIGTERM) during an ingest: the first stops reading new files, lets the
 * articles already read be extracted and their batches commit, records them in the journal and
 * ends with one line (exit 130), so the same command resumes. A second one stops at once: the
 * batch being written is rolled back by Neo4j when the connection drops, and the journal holds
 * only committed files, so a rerun still finishes the graph.
 */
function onInterrupt(bar: { stop(): void }, stop: AbortController): () => void {
  const handler = () => {
    if (!stop.signal.aborted) {
      stop.abort();
      // On a terminal, say at once that the Ctrl-C was heard (the last batches take seconds).
      if (process.stderr.isTTY) {
        bar.stop();
        say('stopping after the articles already read are stored (Ctrl-C again to stop at once) …');
      }
      return;
    }
    bar.stop();
    say('interrupted again: stopped at once; the batch being written was not committed; run the same command again to ingest the rest');
    process.exit(130);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('extract articles from files or directories and write them into the graph (idempotent)')
    .argument('<paths...>', 'files (.txt pages or articles, .json, .jsonl, .html, .pdf pages, .png/.jpg/.tif page scans) or directories (only those kinds of file are read from them)')
    .option('--region <name>', "the paper's home jurisdiction, e.g. 平湖市 (resolves 市…, 本市…)")
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs that give none')
    .option('--workers <n>', `extraction threads (default: one fewer than the cores, here ${defaultWorkers()}; 0 = main thread)`)
    .option('--batch-size <n>', 'articles per write transaction (default 500)')
    .option('--force', 'write again even articles stored with the same content hash')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--no-progress', 'no progress bar')
    .option('--no-journal', 'read every input again (the journal in $BAOXUN_HOME/ingest-journal/ lets a rerun skip finished files)')
    .addHelpText(
      'after',
      '\nRe-ingesting an unchanged article changes nothing; a changed text replaces its facts.\n' +
        'An interrupted run, started again with the same command, skips the files it finished (journal).\n' +
        'Uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, else the local Neo4j of $BAOXUN_HOME (started when needed).\n' +
        'Exit code 1 when no article could be written and some failed.',
    )
    .action(async (paths: string[], o: IngestCliOptions) => {
      const published = o.published ? parseDate(o.published) : null;
      if (o.published && !published) throw new UserError(`--published ${o.published} is not a real date (YYYY-MM-DD)`);
      const workers = positiveInt('--workers', o.workers, 0);
      const batchSize = positiveInt('--batch-size', o.batchSize, 1);
      const graph = await openGraph({ log: say });
      const bar = progressBar(o.progress === false ? 0 : await countInputs(paths), o.progress !== false && Boolean(process.stderr.isTTY));
      const stop = new AbortController();
      const offInterrupt = onInterrupt(bar, stop);
      try {
        const sum = await ingestPaths(graph.executor, paths, {
          region: o.region ?? null, published, workers, batchSize, force: o.force, onProgress: (p) => bar.update(p), signal: stop.signal,
          pageImages: pageStoreDir(),
          journal: o.journal === false || o.force ? undefined : journalFile(resolveHome(), graph.conn.uri, graph.conn.database),
        });
        bar.stop();
        const interrupted = stop.signal.aborted;
        console.log(o.json ? JSON.stringify(interrupted ? { ...sum, interrupted } : sum) : formatSummary(sum));
        if (interrupted) {
          say(`interrupted: stopped after ${sum.inputs} input(s), the articles read all stored (${sum.written} written, ${sum.unchanged} unchanged); run the same command again to ingest the rest`);
          process.exitCode = 130;
        } else if (sum.written + sum.unchanged === 0 && sum.failed.length + sum.inputErrors.length > 0) process.exitCode = 1;
      } finally {
        offInterrupt();
        bar.stop();
        await graph.close();
      }
    });
}
