/**
 * JSON (one object or an array of objects) and JSONL (one object per line)
 * with the fields `text` (required), `title`, `published` (YYYY-MM-DD),
 * `source` and `id`. Other fields are ignored. A record without `published`
 * takes the file name's date or the default; one with `"published": null`
 * takes only the default. A bad record is skipped with a
 * warning naming it; the other records are still read.
 */
import { z } from 'zod';
import type { RawArticle } from '../types.js';
import { normalizeNewlines, stripControls } from '../text-normalize.js';
import { makeArticle } from './make-article.js';
import type { ReadOptions, Warn } from './outcome.js';
import { choosePublished } from './published.js';

/** One input record. Only `text` is required; ids may be numbers in exports. */
export const ArticleRecord = z.object({
  text: z.string().refine((t) => t.trim() !== '', 'is empty'),
  title: z.string().nullish(),
  published: z.string().nullish(),
  source: z.string().nullish(),
  id: z.union([z.string(), z.number()]).nullish(),
});

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * One record → RawArticle, or null (with a warning) when it has no usable
 * text. Fields of the wrong type are dropped with a warning.
 */
export function readRecord(value: unknown, where: string, source: string, opts: ReadOptions, warn: Warn): RawArticle | null {
  if (typeOf(value) !== 'object') {
    warn(`${where}: not an object (${typeOf(value)}); skipped`);
    return null;
  }
  const obj = { ...(value as Record<string, unknown>) };
  const named = typeof obj.id === 'string' || typeof obj.id === 'number' ? `${where} (id ${JSON.stringify(obj.id)})` : where;
  let parsed = ArticleRecord.safeParse(obj);
  if (!parsed.success) {
    const bad = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')));
    if (bad.has('text')) {
      const why = obj.text === undefined || obj.text === null ? 'has no text' : typeof obj.text === 'string' ? 'has empty text' : `has "text" of type ${typeOf(obj.text)}, not a string`;
      warn(`${named} ${why}; skipped`);
      return null;
    }
    for (const k of bad) {
      warn(`${named}: field "${k}" should be a string, got ${typeOf(obj[k])}; ignored`);
      delete obj[k];
    }
    parsed = ArticleRecord.safeParse(obj);
    if (!parsed.success) {
      warn(`${named}: ${parsed.error.issues[0]?.message ?? 'invalid'}; skipped`);
      return null;
    }
  }
  const r = parsed.data;
  const cleaned = stripControls(normalizeNewlines(r.text));
  if (cleaned.removed > 0) warn(`${named}: removed ${cleaned.removed} control character(s)`);
  return makeArticle({
    id: r.id == null ? null : String(r.id),
    title: r.title?.trim() || null,
    text: cleaned.text.trim(),
    // An explicit `"published": null` means the record's date is unknown: a date in the file name
    // (often an event or export date) must not be put in its place; the caller's default still applies.
    published: choosePublished(r.published, r.published === null ? '' : source, opts.published, warn, `${named}: `),
    source: r.source?.trim() || source,
    credits: [],
  });
}

/** Line number (1-based) of a character position. */
const lineOf = (text: string, pos: number): number => text.slice(0, pos).split('\n').length;

/** Explains a JSON.parse failure with a line number when the engine gives a position. */
function jsonError(text: string, e: unknown): string {
  const msg = (e as Error).message;
  const pos = /position (\d+)/.exec(msg);
  const where = pos ? ` at line ${lineOf(text, Number(pos[1]))}` : '';
  const truncated = /end of (JSON|data) input|Unterminated/i.test(msg) ? 'truncated or ' : '';
  return `${truncated}invalid JSON${where}: ${msg.replace(/\s*\(line \d+ column \d+\)$/, '')}`;
}

/** A whole JSON document: an object or an array of objects. */
export function readJson(source: string, text: string, opts: ReadOptions, warn: Warn): { articles: RawArticle[] } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: jsonError(text, e) };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return { error: 'JSON array is empty, no articles' };
    const articles = value.map((v, i) => readRecord(v, `record ${i + 1}`, source, opts, warn)).filter((a): a is RawArticle => a !== null);
    return { articles };
  }
  if (typeOf(value) !== 'object') return { error: `JSON must be an object or an array of objects, not ${typeOf(value)}` };
  const one = readRecord(value, 'record', source, opts, warn);
  return { articles: one ? [one] : [] };
}

/** Parses one JSONL line; a broken line is a warning naming its number. */
export function readJsonLine(line: string, lineNo: number, source: string, opts: ReadOptions, warn: Warn): RawArticle | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    warn(`line ${lineNo}: invalid JSON (${(e as Error).message.replace(/\s*\(line \d+ column \d+\)$/, '')}); skipped`);
    return null;
  }
  return readRecord(value, `line ${lineNo}`, source, opts, warn);
}

/** A JSONL document already in memory. */
export function readJsonl(source: string, text: string, opts: ReadOptions, warn: Warn): { articles: RawArticle[] } {
  const articles: RawArticle[] = [];
  text.split('\n').forEach((line, i) => {
    const a = readJsonLine(line, i + 1, source, opts, warn);
    if (a) articles.push(a);
  });
  return { articles };
}

/** True when text that is not named .json/.jsonl still looks like JSON. */
export function looksLikeJson(text: string): boolean {
  // `{"…` or `[{…`; a text that merely starts with a bracket (`[1]…`, `[图片]`) is not JSON.
  return /^\s*(\{\s*"|\[\s*[{\]])/.test(text);
}

/** True when a .json file is in fact JSON Lines (several lines each holding an object). */
export function looksLikeJsonl(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length > 1 && lines.filter((l) => /^\s*\{.*\}\s*$/.test(l)).length >= lines.length / 2;
}
