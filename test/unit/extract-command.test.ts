import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseSize, runExtract } from '../../server/commands/extract.command.js';
import { UserError } from '../../server/cli-errors.js';
import { Extraction } from '../../model/graph.schema.js';
import type { RawArticle } from '../../extractors/types.js';

const repo = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'baoxun-extract-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Invented inputs written for this test.
const good = join(tmp, 'good.txt');
writeFileSync(good, '本报讯 近日，青溪镇召开冬季消防安全工作会议，副镇长韩立新出席会议并讲话。');
const empty = join(tmp, 'empty.txt');
writeFileSync(empty, '');
const png = join(tmp, 'pic.png');
writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));

/** Stands in for the extraction pipeline: the reading side is what is tested here. */
const stub = (raw: RawArticle) => ({ article: raw.article, entities: [], relations: [] });

async function run(paths: string[], opts: Partial<Parameters<typeof runExtract>[1]> = {}) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  const err: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    const summary = await runExtract(paths, { format: 'jsonl', ...opts }, out, stub);
    return { summary, stdout: chunks.join(''), stderr: err.join('') };
  } finally {
    spy.mockRestore();
  }
}

describe('runExtract', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints one JSON line per article and one stderr line per bad input', async () => {
    const r = await run([good, empty, png]);
    expect(r.summary).toEqual({ inputs: 3, failed: 2, articles: 1 });
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).article.source).toBe(good);
    expect(r.stderr).toBe(`baoxun: ${empty}: empty file\nbaoxun: ${png}: damaged image: corrupt header\n`);
  });

  it('--format json prints one array', async () => {
    const r = await run([good, good], { format: 'json' });
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(JSON.parse((await run([empty], { format: 'json' })).stdout)).toEqual([]);
  });

  it('--published fills in dates and is validated', async () => {
    const r = await run([good], { published: '2021-05-04' });
    expect(JSON.parse(r.stdout).article.published).toBe('2021-05-04');
    await expect(run([good], { published: '2021-02-30' })).rejects.toThrow(UserError);
  });

  it('--max-bytes takes sizes with units and refuses bigger files', async () => {
    expect([parseSize('20M'), parseSize('512k'), parseSize('100'), parseSize('abc'), parseSize('0')]).toEqual([20971520, 524288, 100, null, null]);
    const r = await run([good], { maxBytes: '10' });
    expect(r.stderr).toMatch(/over the 10 bytes size limit/);
    await expect(run([good], { maxBytes: 'lots' })).rejects.toThrow(UserError);
  });
});

describe('baoxun extract (the real CLI and pipeline)', () => {
  const exec = promisify(execFile);
  const cli = (args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', join(repo, 'server/cli.ts'), 'extract', ...args], { cwd: repo, timeout: 60_000 })
      .then((r) => ({ code: 0, ...r }))
      .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

  it('extracts the good input, reports the bad ones, exits 0, no stack trace', async () => {
    const r = await cli([good, empty, png, join(tmp, 'nope.txt')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(Extraction.safeParse(JSON.parse(lines[0]!)).success).toBe(true);
    const errs = r.stderr.trim().split('\n');
    expect(errs).toEqual([`baoxun: ${empty}: empty file`, `baoxun: ${png}: damaged image: corrupt header`, `baoxun: ${join(tmp, 'nope.txt')}: no such file or directory`]);
  }, 60_000);

  it('exits non-zero with one line when nothing could be processed', async () => {
    const r = await cli([empty, png]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n').pop()).toBe('baoxun: nothing could be extracted from 2 input(s) (2 failed)');
  }, 60_000);
});
