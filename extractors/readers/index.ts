/**
 * Input readers: bytes in, articles out (pure; no file system — the server's
 * input module reads the bytes). Detects binary files and text encodings,
 * then reads plain text (single article or newspaper page), JSON/JSONL
 * records or an HTML article page.
 *
 * @example
 * const out = readInput('pages/2020-12-28_03.txt', bytes, { published: null });
 * if (out.ok) for (const raw of out.articles) extractArticle(raw, { region: '平湖市' });
 */
import type { RawArticle, RawCredit } from '../types.js';
import { normalizeNewlines, stripControls } from '../text-normalize.js';
import { decodeBytes } from './decode.js';
import { readHtml } from './html.reader.js';
import { looksLikeJson, looksLikeJsonl, readJson, readJsonl } from './json.reader.js';
import { makeArticle } from './make-article.js';
import { DEFAULT_MAX_BYTES, type ReadOptions, type ReadOutcome } from './outcome.js';
import { choosePublished, inferPublished } from './published.js';
import { readText } from './text.reader.js';

export type { ReadOptions, ReadOutcome } from './outcome.js';
export { DEFAULT_MAX_BYTES } from './outcome.js';
export { readJsonLine } from './json.reader.js';
export { parseDate, dateFromFileName } from './published.js';

type Format = 'json' | 'jsonl' | 'html' | 'text';

const ext = (source: string): string => /\.([A-Za-z0-9]+)$/.exec(source)?.[1]?.toLowerCase() ?? '';

/** Human size: `25.3 MB`. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

/** The format, from the extension first, then from the content. */
function formatOf(source: string, text: string): Format {
  const e = ext(source);
  if (e === 'jsonl' || e === 'ndjson') return 'jsonl';
  if (e === 'json') return looksLikeJsonl(text) && !text.trim().startsWith('[') ? jsonlIfNotJson(text) : 'json';
  if (e === 'html' || e === 'htm' || e === 'xhtml') return 'html';
  if (/^\s*<(!doctype\s+html|html|head|body)\b/i.test(text)) return 'html';
  if (looksLikeJson(text)) return looksLikeJsonl(text) ? jsonlIfNotJson(text) : 'json';
  return 'text';
}

/** A document whose lines are objects may still be one pretty-printed object. */
function jsonlIfNotJson(text: string): Format {
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    return 'jsonl';
  }
}

type FormatRead = { articles: RawArticle[]; pageCredits?: RawCredit[] } | { error: string };

/** Reads decoded, cleaned text in its format. */
function readByFormat(source: string, text: string, opts: ReadOptions, warn: (m: string) => void): FormatRead {
  switch (formatOf(source, text)) {
    case 'json':
      return readJson(source, text, opts, warn);
    case 'jsonl':
      return readJsonl(source, text, opts, warn);
    case 'html': {
      const h = readHtml(text);
      if (!h.ok) return { error: h.error };
      const printed = choosePublished(h.published, source, opts.published, warn);
      const p = printed ? { published: printed } : inferPublished([h.text]) ?? { published: null };
      return { articles: [makeArticle({
        title: h.title, text: h.text, published: p.published, publishedPrecision: p.precision, publishedInferred: p.inferred, source, credits: h.credits,
      })] };
    }
    default:
      return readText(source, text, opts, warn);
  }
}

/** Drops later articles with the same derived id (the same text twice in one file). */
function dedupe(articles: RawArticle[], warn: (m: string) => void): RawArticle[] {
  const seen = new Map<string, number>();
  return articles.filter((a, i) => {
    const first = seen.get(a.article.id);
    if (first !== undefined) {
      warn(`article ${i + 1} has the same id "${a.article.id}" as article ${first + 1}; skipped`);
      return false;
    }
    seen.set(a.article.id, i);
    return true;
  });
}

/**
 * Reads one input. `source` is the path exactly as given by the user (it
 * becomes `article.source` unless a record has its own). Never throws for a
 * user's bad input: returns `{ ok: false, error }` with one clear reason.
 */
export function readInput(source: string, bytes: Uint8Array, opts: ReadOptions = {}): ReadOutcome {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > max) return { ok: false, error: `file is ${formatBytes(bytes.byteLength)}, over the ${formatBytes(max)} size limit` };
  if (bytes.byteLength === 0) return { ok: false, error: 'empty file' };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return decoded;
  const warnings: string[] = [...(decoded.warnings ?? [])];
  const warn = (m: string) => warnings.push(m);
  const cleaned = stripControls(normalizeNewlines(decoded.text));
  if (cleaned.text.trim() === '') return { ok: false, error: 'only whitespace, no text' };
  if (cleaned.removed > 0) warn(`removed ${cleaned.removed} control character(s)`);
  const read = readByFormat(source, cleaned.text, opts, warn);
  if ('error' in read) return { ok: false, error: read.error };
  const articles = dedupe(read.articles, warn);
  if (articles.length === 0) {
    return { ok: false, error: warnings.length ? `no readable article (${warnings.join('; ')})` : 'no article text found' };
  }
  const unique = [...new Set(warnings)];
  if (!read.pageCredits?.length) return { ok: true, articles, warnings: unique };
  // A credit of the page that no article can claim is kept with every article of the page (WROTE
  // with `page: true`), so extract, eval and ingest all see it and a reporter's page can be found.
  const onPage = read.pageCredits.map((c) => ({ text: c.text, start: null, page: true }));
  for (const a of articles) a.credits = [...a.credits, ...onPage];
  return { ok: true, articles, warnings: unique, pageCredits: read.pageCredits };
}
