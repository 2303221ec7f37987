/** Streams a big JSON Lines file record by record, yielding chunks of articles. */
import { createReadStream } from 'node:fs';
import { boundedLines } from './bounded-lines.js';
import { DEFAULT_MAX_BYTES, formatBytes, readJsonLine, type ReadOptions } from '../../extractors/readers/index.js';
import type { RawArticle } from '../../extractors/types.js';
import type { InputResult } from './input-result.js';

/** Records per yielded outcome. */
export const CHUNK_RECORDS = 500;

/** Yields `{ok: true}` outcomes of up to CHUNK_RECORDS articles; a file that yields none gives one error. */
export async function* streamJsonl(source: string, opts: ReadOptions): AsyncGenerator<InputResult> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let articles: RawArticle[] = [];
  let warnings: string[] = [];
  let total = 0;
  let lineNo = 0;
  const warn = (m: string) => warnings.push(m);
  try {
    for await (const got of boundedLines(createReadStream(source, { encoding: 'utf8' }), max)) {
      lineNo++;
      if ('overLimit' in got) warn(`line ${lineNo}: record is ${formatBytes(got.overLimit)}, over the ${formatBytes(max)} size limit; skipped`);
      else {
        const line = lineNo === 1 ? got.line.replace(/^\ufeff/, '') : got.line;
        const a = readJsonLine(line, lineNo, source, opts, warn);
        if (a) articles.push(a);
      }
      if (articles.length >= CHUNK_RECORDS) {
        total += articles.length;
        yield { source, outcome: { ok: true, articles, warnings } };
        articles = [];
        warnings = [];
      }
    }
  } catch (e) {
    yield { source, outcome: { ok: false, error: `cannot read (line ${lineNo}): ${(e as Error).message}` } };
    return;
  }
  total += articles.length;
  if (total === 0) yield { source, outcome: { ok: false, error: `no readable article${warnings.length ? ` (${warnings.slice(0, 3).join('; ')})` : ''}` } };
  else if (articles.length || warnings.length) yield { source, outcome: { ok: true, articles, warnings } };
}
