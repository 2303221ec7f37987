// What `baoxun ingest DIR` reads from a folder (server/input/expand-paths.ts): only the kinds of
// input it supports; a README, a script, hidden and empty files, symlink loops and links leading
// outside the given folders are skipped, each counted with its reason. Texts invented.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_EXTENSIONS, countSkip, expandPaths, formatSkips, noSkips, type Expanded } from '../../server/input/expand-paths.js';

const root = mkdtempSync(join(tmpdir(), 'baoxun-expand-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function expand(paths: string[], base: string): Promise<string[]> {
  const out: string[] = [];
  const rel = (p: string) => (p.startsWith(base) ? p.slice(base.length + 1) : p);
  for await (const f of expandPaths(paths)) {
    const e = f as Expanded & { skip?: string; error?: string };
    out.push(e.skip ? `${rel(f.source)} skip:${e.skip}` : e.error ? `${rel(f.source)} error:${e.error}` : rel(f.source));
  }
  return out;
}

describe('expandPaths', () => {
  it('takes the article kinds from a folder and skips the rest, saying why', async () => {
    const dir = join(root, 'paper');
    mkdirSync(join(dir, 'pages'), { recursive: true });
    mkdirSync(join(dir, '.cache'));
    writeFileSync(join(dir, 'README.md'), '# 说明\n这些是某县报的稿件。');
    writeFileSync(join(dir, 'fetch.py'), 'print("下载")');
    writeFileSync(join(dir, 'LICENSE'), 'MIT');
    writeFileSync(join(dir, '2024-03-01-a.txt'), '本报讯 某镇召开春耕动员会。');
    writeFileSync(join(dir, 'records.JSONL'), '{"text": "本报讯 某村修通了公路。"}\n');
    writeFileSync(join(dir, 'pages/p1.html'), '<p>本报讯 某街道举办夜校。</p>');
    writeFileSync(join(dir, 'pages/p2.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'pages/scan.TIF'), 'II*');
    writeFileSync(join(dir, 'pages/empty.txt'), '');
    writeFileSync(join(dir, '.notes.txt'), '草稿');
    expect(await expand([dir], dir)).toEqual([
      '.cache skip:hidden',
      '.notes.txt skip:hidden',
      '2024-03-01-a.txt',
      'LICENSE skip:extension',
      'README.md skip:extension',
      'fetch.py skip:extension',
      'pages/empty.txt skip:empty',
      'pages/p1.html',
      'pages/p2.pdf',
      'pages/scan.TIF',
      'records.JSONL',
    ]);
  });

  it('follows links inside the given folders, not outside them, and walks a loop once', async () => {
    const outside = join(root, 'secret.txt');
    writeFileSync(outside, '不该读到的文件。');
    const dir = join(root, 'linked');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub/a.txt'), '本报讯 某县召开会议。');
    symlinkSync(outside, join(dir, 'stolen.txt'));
    symlinkSync('/etc', join(dir, 'etc'));
    symlinkSync(join(dir, 'sub/a.txt'), join(dir, 'alias.txt'));
    symlinkSync(dir, join(dir, 'sub/loop'));
    symlinkSync(join(dir, 'self'), join(dir, 'self'));
    expect(await expand([dir], dir)).toEqual([
      'alias.txt',
      'etc skip:symlink-outside',
      'self skip:symlink-loop',
      'stolen.txt skip:symlink-outside',
      'sub/a.txt',
      'sub/loop skip:symlink-loop',
    ]);
  });

  it('reads a file named by the user whatever its name; an empty one is a bad input', async () => {
    const named = join(root, 'named.md');
    const empty = join(root, 'empty-named.txt');
    writeFileSync(named, '本报讯 某乡召开会议。');
    writeFileSync(empty, '');
    expect(await expand([named, empty], root)).toEqual(['named.md', 'empty-named.txt']);
  });

  it('counts the skips in one line', () => {
    const s = noSkips();
    expect(formatSkips(s)).toBeNull();
    countSkip(s, 'x/README.md', 'extension');
    countSkip(s, 'x/a.py', 'extension');
    countSkip(s, 'x/b.py', 'extension');
    countSkip(s, 'x/.git', 'hidden');
    countSkip(s, 'x/e.txt', 'empty');
    countSkip(s, 'x/loop', 'symlink-loop');
    countSkip(s, 'x/passwd', 'symlink-outside');
    expect(formatSkips(s)).toBe('skipped 7 file(s): 3 not article files (.py ×2, .md), 1 hidden, 1 empty, 1 symlink loop, 1 symlink leading outside the given paths');
  });

  it('takes texts, JSON, JSON Lines, HTML, PDFs and page images', () => {
    for (const e of ['.txt', '.json', '.jsonl', '.html', '.htm', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']) expect(ARTICLE_EXTENSIONS.has(e)).toBe(true);
    for (const e of ['.md', '.py', '.csv', '.docx', '']) expect(ARTICLE_EXTENSIONS.has(e)).toBe(false);
  });
});
