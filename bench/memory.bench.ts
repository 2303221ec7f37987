/**
 * Bounded memory of ingest (issue 7): peak RSS of a `baoxun ingest` process, measured by
 * GNU time (`/usr/bin/time -v`, "Maximum resident set size": the process and its worker
 * threads), on (1) a directory of N generated articles (`baoxun corpus generate`), (2) one
 * 50 MB text file (refused by the size limit before it is read), (3) one 50 MB JSON Lines
 * file whose only record is 50 MB (streamed; the record is over the limit and skipped);
 * and `baoxun export` / `baoxun import` of the graph of (1).
 * Everything runs against a Neo4j of its own (bench/bench-db.ts), never the user's graph.
 *
 * It measures the CLI as a user runs it: compiled JavaScript (as `bin/baoxun.js` runs dist/),
 * built from the current sources into `.baoxun-bench-dist/` first, so the figure is that of
 * the code in the checkout. `--tsx` measures the sources through tsx instead (a development
 * run: tsx's loader in the main thread and in each worker costs ≈ 60–80 MiB more).
 * `--ingest-only` skips the export/import and the 50 MB runs (for the big corpora).
 *
 *   npx tsx bench/memory.bench.ts [--articles 5000] [--tsx] [--ingest-only] [--json]
 */
import { execFile } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../server/corpus/generate.js';
import { benchDatabase } from './bench-db.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const json = process.argv.includes('--json');
const log = (l: string) => process.stderr.write(`[memory bench] ${l}\n`);

interface Measured { label: string; maxRssMiB: number; seconds: number; summary: Record<string, unknown> | null; stderrTail: string }

/** Runs `baoxun ingest PATH` under /usr/bin/time -v and reads its peak RSS. */
async function ingestMeasured(label: string, path: string, env: NodeJS.ProcessEnv, extra: string[] = []): Promise<Measured> {
  return cliMeasured(label, ['ingest', path, '--no-progress', '--json', ...extra], env);
}

const viaTsx = process.argv.includes('--tsx');
const builtCli = join(repo, '.baoxun-bench-dist', 'server', 'cli.js');

/** Compiles the sources as `npm run build` does (tsc), into a folder of the bench's own. */
async function buildCli(): Promise<void> {
  log('compiling the sources into .baoxun-bench-dist/');
  await run(process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--outDir', '.baoxun-bench-dist'], { cwd: repo });
}

/** Runs a `baoxun` command under /usr/bin/time -v and reads its peak RSS (stdout parsed as JSON when it is). */
async function cliMeasured(label: string, cliArgs: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const t0 = performance.now();
  const cli = viaTsx ? ['--import', 'tsx', 'server/cli.ts'] : [builtCli];
  const args = ['-v', process.execPath, ...cli, ...cliArgs];
  const r = await run('/usr/bin/time', args, { cwd: repo, env, maxBuffer: 64 * 1024 * 1024 })
    .catch((e: { stdout: string; stderr: string }) => e);
  const seconds = (performance.now() - t0) / 1000;
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  let summary: Record<string, unknown> | null = null;
  try {
    summary = JSON.parse(r.stdout) as Record<string, unknown>;
  } catch {
    summary = r.stdout.trim() ? { output: r.stdout.trim() } : null;
  }
  const m = { label, maxRssMiB: Math.round(kb / 1024), seconds: Math.round(seconds * 10) / 10, summary, stderrTail: r.stderr.split('\n').filter((l) => !/^\t/.test(l)).slice(-5).join('\n') };
  log(`${label}: peak RSS ${m.maxRssMiB} MiB in ${m.seconds} s`);
  return m;
}

function pick(s: Record<string, unknown> | null) {
  if (!s) return null;
  if ('output' in s) return s;
  const { inputs, articles, written, unchanged, seconds } = s as Record<string, number>;
  const failed = (s.failed as unknown[] | undefined)?.length;
  const inputErrors = (s.inputErrors as Array<{ error: string }> | undefined)?.map((e) => e.error);
  const warnings = (s.warnings as Array<{ warning: string }> | undefined)?.slice(0, 3).map((w) => w.warning);
  return { inputs, articles, written, unchanged, failed, inputErrors, warnings, seconds };
}

async function main(): Promise<void> {
  const n = Number(arg('--articles', '5000'));
  if (!viaTsx) await buildCli();
  const work = await mkdtemp(join(tmpdir(), 'baoxun-membench-'));
  const db = await benchDatabase(log);
  try {
    const env = { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: readFileSync(join(db.home, 'neo4j-password'), 'utf8').trim() };
    const corpus = join(work, 'corpus');
    log(`generating ${n} articles`);
    const g = await generateCorpus({ articles: n, out: corpus, seed: 1, pages: 0.2 });
    log(`wrote ${g.articles} articles in ${g.files} files`);
    // The fixed cost: the same process on two small articles, one per worker, so each worker
    // loads its jieba dictionaries (≈ 245 MiB a thread; one article would load them in one only).
    const one = join(work, 'one');
    mkdirSync(one);
    writeFileSync(join(one, 'one.txt'), '青禾县召开小型会议\n\n本报讯 副县长林秋实主持召开小型会议。');
    writeFileSync(join(one, 'two.txt'), '青禾县召开小型座谈会\n\n本报讯 副县长高望舒主持召开小型座谈会。');
    const base = await ingestMeasured('two small articles (fixed cost: runtime, the workers\' dictionaries)', one, env);
    const many = await ingestMeasured(`${n} generated articles`, corpus, env, ['--region', g.region]);
    if (process.argv.includes('--ingest-only')) {
      const report = { articles: n, files: g.files, cli: viaTsx ? 'tsx' : 'compiled', runs: [base, many].map((m) => ({ label: m.label, max_rss_mib: m.maxRssMiB, seconds: m.seconds, summary: pick(m.summary) })) };
      console.log(json ? JSON.stringify(report) : JSON.stringify(report, null, 2));
      return;
    }

    // Backup of that graph: export, empty the database, import (both streamed).
    const backup = join(work, 'graph.jsonl');
    const exp = await cliMeasured(`export of the ${n}-article graph`, ['export', '--out', backup], env);
    await db.wipe();
    const imp = await cliMeasured(`import of that backup into the emptied database`, ['import', backup], env);

    const big = join(work, 'big');
    mkdirSync(big);
    const text = '本报讯 这是一个很大的文件，用来检查内存。\n'.repeat(16 * 1024);
    const fill = (file: string, prefix: string, suffix: string, escape = false) => {
      // In the JSON Lines file the newlines are escaped: the whole 50 MB is ONE record.
      const chunk = Buffer.from(escape ? text.replaceAll('\n', '\\n') : text);
      const fd = openSync(file, 'w');
      writeSync(fd, prefix);
      for (let w = 0; w < 50 * 1024 * 1024; w += chunk.length) writeSync(fd, chunk); // whole chunks: no character cut
      writeSync(fd, suffix);
      closeSync(fd);
    };
    fill(join(big, 'fifty.txt'), '', '');
    const txt = await ingestMeasured('one 50 MB .txt', join(big, 'fifty.txt'), env);
    fill(join(big, 'fifty.jsonl'), '{"id":"big-1","text":"', '"}\n{"id":"small-1","text":"本报讯 青禾县召开小型会议。"}\n', true);
    const jsonl = await ingestMeasured('one 50 MB .jsonl (one 50 MB record, one small one)', join(big, 'fifty.jsonl'), env);

    const report = {
      articles: n,
      files: g.files,
      cli: viaTsx ? 'tsx' : 'compiled',
      runs: [base, many, exp, imp, txt, jsonl].map((m) => ({ label: m.label, max_rss_mib: m.maxRssMiB, seconds: m.seconds, summary: pick(m.summary), stderr: m.summary ? undefined : m.stderrTail })),
    };
    console.log(json ? JSON.stringify(report) : JSON.stringify(report, null, 2));
  } finally {
    await db.close();
    await rm(work, { recursive: true, force: true });
  }
}

await main();
