/** The JSONL line splitter never holds an over-long line (was: readline built a 50 MB line whole, 650 MiB peak). */
import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../server/input/bounded-lines.js';

async function collect(chunks: string[], max: number) {
  async function* gen() { for (const c of chunks) yield c; }
  const out = [];
  for await (const l of boundedLines(gen(), max)) out.push(l);
  return out;
}

describe('boundedLines', () => {
  it('splits lines across chunk borders, CRLF included', async () => {
    expect(await collect(['{"a":1}\n{"b"', ':2}\r\n', '\n{"c":3}'], 100)).toEqual([
      { line: '{"a":1}' }, { line: '{"b":2}' }, { line: '' }, { line: '{"c":3}' },
    ]);
  });
  it('reports a line over the limit by its size and keeps none of it, the next line intact', async () => {
    const big = 'x'.repeat(5000);
    const out = await collect(['{"t":"', big.slice(0, 2000), big.slice(2000), '"}\n{"ok":1}\n'], 1000);
    expect(out).toEqual([{ overLimit: 5008 }, { line: '{"ok":1}' }]);
  });
  it('counts bytes, not characters (汉 is 3 bytes in UTF-8)', async () => {
    expect(await collect(['汉汉汉汉\n'], 11)).toEqual([{ overLimit: 12 }]);
    expect(await collect(['汉汉汉\n'], 11)).toEqual([{ line: '汉汉汉' }]);
  });
});
