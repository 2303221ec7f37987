/**
 * First, textual layer of the console's guard (the plan guard is the real
 * one): one statement only, no EXPLAIN/PROFILE of its own, and early, clear
 * refusals for things the plan would also reveal. Strings, comments and
 * backticked names are blanked first, so `';'` inside a literal is not a second statement.
 */
import { Forbidden } from '../errors.js';

/** The query with string literals, comments and backticked identifiers replaced by spaces (same length). */
export function blankLiterals(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end < 0 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end < 0 ? query.length : end + 2;
      out += query.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === '\\' && c !== '`' ? 2 : 1;
      const stop = Math.min(j + 1, query.length);
      out += c + ' '.repeat(Math.max(0, stop - i - 2)) + (stop - i >= 2 ? c : '');
      i = stop;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Textual checks; returns the statement without a trailing `;`. Throws Forbidden (code `console_refused`). */
export function checkStatement(query: string): string {
  const blank = blankLiterals(query);
  const body = blank.replace(/;\s*$/, '');
  const refuse = (why: string) => {
    throw new Forbidden(`the console runs read-only queries only: ${why}`, 'console_refused');
  };
  if (body.includes(';')) refuse('one statement per request (found more than one)');
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(body)) refuse('EXPLAIN/PROFILE are added by the console itself; send the bare query');
  if (/\bLOAD\s+CSV\b/i.test(body)) refuse('LOAD CSV is not allowed');
  if (/\bIN\s+(\d+\s+CONCURRENT\s+)?TRANSACTIONS\b/i.test(body)) refuse('CALL { … } IN TRANSACTIONS is not allowed');
  if (/\bapoc\s*\./i.test(body)) refuse('apoc procedures and functions are not allowed');
  return query.slice(0, body.replace(/\s+$/, '').length);
}
