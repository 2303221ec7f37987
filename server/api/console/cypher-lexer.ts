/**
 * A small Cypher lexer for the console's expression guard: enough to tell
 * function calls, list comprehensions, regex operators and literals apart.
 * It does not validate Cypher (Neo4j's EXPLAIN does that); it only has to agree
 * with Neo4j on where strings, comments, names and parameters are, so that
 * nothing the guard looks for can hide inside them, or outside them disguised.
 */

export type TokenKind = 'ident' | 'string' | 'number' | 'param' | 'op';

export interface Token {
  kind: TokenKind;
  /** The source text of the token. */
  text: string;
  /** Identifiers: the name (backticks removed); strings: the decoded value; params: the name. */
  value: string;
  /** True for a backticked identifier (`` `range` `` is still the function range). */
  quoted?: boolean;
  start: number;
}

/** Characters Neo4j's parser skips as white space besides ASCII blanks (Unicode spaces, separators). */
const SPACE = /[\s\u200b\u2060\ufeff\u180e]/u;
const IDENT_START = /[\p{L}\p{Nl}_]/u;
const IDENT_PART = /[\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}_$]/u;
/** Longest first, so `=~` is one token and `<>` is not `<` then `>`. */
const OPERATORS = ['=~', '<>', '<=', '>=', '+=', '..', '::', '->', '<-', '||', '=', '<', '>', '+', '-', '*', '/', '%', '^',
  '(', ')', '[', ']', '{', '}', ',', '.', ':', ';', '|', '&', '!', '?'];

/** Raised for text the lexer cannot read (an unterminated string or comment, a stray character). */
export class LexError extends Error {}

/** The decoded value of a Cypher string literal body (between the quotes). */
function decodeString(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gsu, (_m, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
  });
}

/** Splits a query into tokens; comments and white space are dropped. */
export function lex(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    if (SPACE.test(c)) {
      i++;
    } else if (c === '/' && query[i + 1] === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end < 0) throw new LexError('a comment is not closed (/* without */)');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      if (j >= n) throw new LexError('a string is not closed');
      out.push({ kind: 'string', text: query.slice(i, j + 1), value: decodeString(query.slice(i + 1, j)), start: i });
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (j >= n) throw new LexError('a `quoted` name is not closed');
        if (query[j] === '`') {
          if (query[j + 1] === '`') { name += '`'; j += 2; continue; } // `` inside is one backtick
          break;
        }
        name += query[j];
        j++;
      }
      out.push({ kind: 'ident', text: query.slice(i, j + 1), value: name, quoted: true, start: i });
      i = j + 1;
    } else if (c === '$') {
      let j = i + 1;
      if (query[j] === '`') {
        const end = query.indexOf('`', j + 1);
        if (end < 0) throw new LexError('a `quoted` parameter name is not closed');
        out.push({ kind: 'param', text: query.slice(i, end + 1), value: query.slice(j + 1, end), start: i });
        i = end + 1;
        continue;
      }
      while (j < n && IDENT_PART.test(query[j]!)) j++;
      out.push({ kind: 'param', text: query.slice(i, j), value: query.slice(i + 1, j), start: i });
      i = j;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(query[i + 1] ?? ''))) {
      const m = /^(0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*(?:\.[0-9][0-9_]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9][0-9_]*(?:[eE][+-]?[0-9]+)?)/
        .exec(query.slice(i, i + 64))!;
      const text = m[1]!; // `1..3` lexes as 1, `..`, 3: a dot must be followed by a digit
      out.push({ kind: 'number', text, value: text, start: i });
      i += text.length;
    } else if (IDENT_START.test(c)) {
      let j = i + 1;
      while (j < n && IDENT_PART.test(query[j]!)) j++;
      const text = query.slice(i, j);
      out.push({ kind: 'ident', text, value: text, start: i });
      i = j;
    } else {
      const op = OPERATORS.find((o) => query.startsWith(o, i));
      if (!op) throw new LexError(`unexpected character ${JSON.stringify(c)} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) at offset ${i}`);
      out.push({ kind: 'op', text: op, value: op, start: i });
      i += op.length;
    }
  }
  return out;
}

/** The integer a number token holds (decimal, hex, octal; underscores allowed), or null for a float. */
export function integerValue(t: Token): number | null {
  if (t.kind !== 'number') return null;
  const s = t.text.replace(/_/g, '');
  if (/^0x[0-9a-f]+$/i.test(s)) return Number.parseInt(s.slice(2), 16);
  if (/^0o[0-7]+$/.test(s)) return Number.parseInt(s.slice(2), 8);
  if (/^[0-9]+$/.test(s)) return Number(s);
  return null;
}
