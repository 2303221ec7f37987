// Ctrl-C of `baoxun ingest` (issue 7): once the signal is aborted, readInputs yields no further
// file, but never stops inside one (a streamed JSON Lines file is read to its end), so the
// journal, which records a file once all its articles are stored, stays true. The stop is per
// call, not process-wide: another reader in the same process goes on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../server/input/read-files.js';

// Invented texts, written for this test.
const article = (i: number) => `青禾县召开第${i}次推进会\n\n本报讯 副县长林秋实主持召开第${i}次推进会。\n`;

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function threeFiles(): string {
  dir = mkdtempSync(join(tmpdir(), 'baoxun-stop-'));
  for (let i = 1; i <= 3; i++) writeFileSync(join(dir, `2021-01-0${i}_a${i}.txt`), article(i));
  return dir;
}

describe('readInputs with an abort signal', () => {
  it('ends between two files', async () => {
    threeFiles();
    const stop = new AbortController();
    const seen: string[] = [];
    for await (const r of readInputs([dir], { published: null, signal: stop.signal })) {
      seen.push(r.source);
      if (seen.length === 1) stop.abort();
    }
    expect(seen).toEqual([join(dir, '2021-01-01_a1.txt')]);
  });

  it('reads a streamed JSON Lines file to its end once it has begun', async () => {
    dir = mkdtempSync(join(tmpdir(), 'baoxun-stop-'));
    const records = Array.from({ length: 1100 }, (_, i) => JSON.stringify({ id: `r${i}`, title: `第${i}次推进会`, text: article(i) }));
    writeFileSync(join(dir, 'a.jsonl'), records.join('\n') + '\n');
    writeFileSync(join(dir, 'b.txt'), article(99));
    const stop = new AbortController();
    let articles = 0;
    let outcomes = 0;
    const sources = new Set<string>();
    for await (const r of readInputs([dir], { published: null, signal: stop.signal }, 64)) { // 64 bytes: the .jsonl is streamed
      stop.abort();
      sources.add(r.source);
      outcomes++;
      if (r.outcome.ok) articles += r.outcome.articles.length;
    }
    expect([...sources]).toEqual([join(dir, 'a.jsonl')]);
    expect(outcomes).toBe(3); // chunks of 500 records: stopped after the first, read on to the end
    expect(articles).toBe(1100);
  });

  it('stops only the reader it was given to', async () => {
    threeFiles();
    const stop = new AbortController();
    stop.abort();
    const stopped: string[] = [];
    for await (const r of readInputs([dir], { published: null, signal: stop.signal })) stopped.push(r.source);
    const other: string[] = [];
    for await (const r of readInputs([dir], { published: null })) other.push(r.source);
    expect(stopped).toEqual([]);
    expect(other).toHaveLength(3);
  });
});
