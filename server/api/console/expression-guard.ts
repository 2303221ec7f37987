/**
 * The console's expression guard. Neo4j checks the transaction timeout and its
 * memory limit between rows and in operators that buffer rows (collect, ORDER BY,
 * DISTINCT), but not while it evaluates one expression: measured on 5.26 Community,
 * `size([x IN range(1,300000000) | x])` ran the heap out (the JVM exited), and a
 * `reduce()` building a string ran 170 s past its 3 s timeout. So the forms whose
 * cost lives inside one expression are bounded here, before Neo4j sees the query
 * (docs/decisions/cypher-console.md lists each rule and why):
 *
 * 1. functions from an allow-list only (Neo4j's built-ins), `reduce()` refused;
 * 2. `range()` outside `UNWIND range(…)` needs whole-number literal bounds, at most
 *    RANGE_MAX elements (UNWIND makes rows, which the timeout does reach);
 * 3. list comprehensions and any/all/none/single do not nest, and iterate over a
 *    list literal, a parameter, a checked range(), nodes()/relationships()/labels()/
 *    keys(), or a property — to iterate over a collected list, UNWIND it;
 * 4. `=~` takes a literal or parameter pattern that passes regex-guard;
 * 5. values cannot grow without bound: the product over the query's clauses of
 *    (1 + the `+`/`||` operators in the clause), times the growth of replace() and
 *    normalize(), stays under GROWTH_MAX;
 * 6. no `CYPHER` options (runtime=, planner=, …) and no `USE` clause.
 */
import { integerValue, lex, LexError, type Token } from './cypher-lexer.js';
import { regexRefusal } from './regex-guard.js';

export const RANGE_MAX = 1_000;
export const GROWTH_MAX = 64;
/** normalize() output can be 18 times its input (NFKD of U+FDFA). */
const NORMALIZE_GROWTH = 18;

/** Neo4j 5.26's built-in functions (SHOW FUNCTIONS), lower-case, minus reduce and graph.*. */
export const ALLOWED_FUNCTIONS = new Set([
  'avg', 'collect', 'count', 'max', 'min', 'percentilecont', 'percentiledisc', 'stdev', 'stdevp', 'sum',
  'keys', 'labels', 'nodes', 'range', 'relationships', 'tail', 'tobooleanlist', 'tofloatlist', 'tointegerlist', 'tostringlist',
  'e', 'exp', 'log', 'log10', 'sqrt', 'abs', 'ceil', 'floor', 'isnan', 'rand', 'round', 'sign',
  'all', 'any', 'exists', 'isempty', 'none', 'single',
  'char_length', 'character_length', 'coalesce', 'elementid', 'endnode', 'file', 'head', 'id', 'last', 'length', 'linenumber',
  'nullif', 'properties', 'randomuuid', 'size', 'startnode', 'timestamp', 'toboolean', 'tobooleanornull', 'tofloat',
  'tofloatornull', 'tointeger', 'tointegerornull', 'type', 'valuetype',
  'point', 'point.distance', 'point.withinbbox',
  'btrim', 'left', 'lower', 'ltrim', 'normalize', 'replace', 'reverse', 'right', 'rtrim', 'split', 'substring', 'tolower',
  'tostring', 'tostringornull', 'toupper', 'trim', 'upper',
  'acos', 'asin', 'atan', 'atan2', 'cos', 'cot', 'degrees', 'haversin', 'pi', 'radians', 'sin', 'tan',
  'vector.similarity.cosine', 'vector.similarity.euclidean',
  'shortestpath', 'allshortestpaths',
  ...['date', 'datetime', 'localdatetime', 'localtime', 'time'].flatMap((t) =>
    [t, `${t}.realtime`, `${t}.statement`, `${t}.transaction`, `${t}.truncate`]),
  'datetime.fromepoch', 'datetime.fromepochmillis',
  'duration', 'duration.between', 'duration.indays', 'duration.inmonths', 'duration.inseconds',
]);

/** Words that may stand before `(` without being a function call. */
const KEYWORDS = new Set(`match optional where return with unwind call yield and or xor not in is null as distinct order by
  skip limit offset asc desc ascending descending case when then else end union starts ends contains exists count collect
  shortest path paths group groups repeatable different elements any all on set create merge delete detach remove foreach
  load csv from use true false for require of typed normalized nfc nfd nfkc nfkd show terminate transactions concurrent
  filter extract walk trail acyclic`.split(/\s+/));

/** Where an iteration may take its list from (besides literals, parameters and properties). */
const BOUNDED_SOURCES = new Set(['nodes', 'relationships', 'labels', 'keys', 'range']);
const QUANTIFIERS = new Set(['any', 'all', 'none', 'single']);
/** Keywords that start a new clause: the growth of `+` restarts per clause and multiplies across clauses. */
const CLAUSES = new Set(['with', 'return', 'unwind', 'match', 'call', 'union']);

const word = (t: Token | undefined, w: string) => t?.kind === 'ident' && !t.quoted && t.value.toLowerCase() === w;

/** Index of the token closing the bracket opened at `open`, or -1. */
function closing(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'op') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The arguments of a call whose `(` is at `open`: token lists split at top-level commas. */
function callArgs(tokens: Token[], open: number): Token[][] {
  const end = closing(tokens, open);
  const args: Token[][] = [[]];
  let depth = 0;
  for (let i = open + 1; i < (end < 0 ? tokens.length : end); i++) {
    const t = tokens[i]!;
    if (t.kind === 'op' && '([{'.includes(t.text)) depth++;
    if (t.kind === 'op' && ')]}'.includes(t.text)) depth--;
    if (depth === 0 && t.kind === 'op' && t.text === ',') args.push([]);
    else args[args.length - 1]!.push(t);
  }
  return args;
}

/** The value of an argument that is one literal, an optionally negated whole number, or one parameter. */
function constant(arg: Token[], params: Record<string, unknown>): { value: unknown } | null {
  const [a, b] = arg;
  if (arg.length === 1 && a!.kind === 'string') return { value: a!.value };
  if (arg.length === 1 && a!.kind === 'number') return { value: integerValue(a!) ?? Number(a!.text.replace(/_/g, '')) };
  if (arg.length === 2 && a!.kind === 'op' && a!.text === '-' && b!.kind === 'number') {
    const v = integerValue(b!);
    return v === null ? null : { value: -v };
  }
  if (arg.length === 1 && a!.kind === 'param') return Object.hasOwn(params, a!.value) ? { value: params[a!.value] } : null;
  return null;
}

interface Scan {
  tokens: Token[];
  params: Record<string, unknown>;
  growth: number;
}

/** Why the query may not run in the console, or null when it may. */
export function expressionRefusal(query: string, params: Record<string, unknown> = {}): string | null {
  let tokens: Token[];
  try {
    tokens = lex(query);
  } catch (e) {
    if (e instanceof LexError) return `cannot read the query: ${e.message}`;
    throw e;
  }
  if (word(tokens[0], 'cypher')) return 'CYPHER options (runtime=, planner=, …) are not allowed; send the bare query';
  const scan: Scan = { tokens, params, growth: 1 };
  let plusesInClause = 0;
  /** Stack of open brackets; `iter` marks the ones that hold a list iteration. */
  const open: Array<{ end: number; iter: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    while (open.length && open[open.length - 1]!.end < i) open.pop();
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const afterDot = prev?.kind === 'op' && prev.text === '.';
    if (t.kind === 'ident' && !t.quoted && !afterDot && CLAUSES.has(t.value.toLowerCase()) && !word(prev, 'starts') && !word(prev, 'ends')) {
      scan.growth *= 1 + plusesInClause;
      plusesInClause = 0;
    }
    if (word(t, 'use') && !afterDot) return 'USE is not allowed: the console reads the graph\'s own database only';
    if (t.kind === 'op' && (t.text === '+' || t.text === '||')) plusesInClause++;
    if (t.kind === 'op' && t.text === '=~') {
      const why = regexCheck(tokens[i + 1], params);
      if (why) return why;
    }
    if (t.kind === 'op' && t.text === '[' && isComprehension(tokens, i)) {
      const why = iteration(scan, open, i, i + 1);
      if (why) return why;
    }
    if (t.kind === 'ident' && !afterDot) {
      const call = functionCall(tokens, i);
      if (call) {
        const why = checkCall(scan, open, call.name, call.open, i);
        if (why) return why;
        i = call.open - 1; // dotted names: continue at the `(`
        continue;
      }
    }
    if (t.kind === 'op' && '([{'.includes(t.text)) open.push({ end: closing(tokens, i), iter: false });
  }
  scan.growth *= 1 + plusesInClause;
  if (scan.growth > GROWTH_MAX) {
    return `values could grow ${scan.growth}-fold (+, ||, replace(), normalize() across clauses; at most ${GROWTH_MAX})`;
  }
  return null;
}

/** A function call starting at `i`: its (dotted) name and the index of its `(`. */
function functionCall(tokens: Token[], i: number): { name: string; open: number } | null {
  const parts = [tokens[i]!.value];
  let j = i + 1;
  while (tokens[j]?.kind === 'op' && tokens[j]!.text === '.' && tokens[j + 1]?.kind === 'ident') {
    parts.push(tokens[j + 1]!.value);
    j += 2;
  }
  if (tokens[j]?.kind !== 'op' || tokens[j]!.text !== '(') return null;
  if (parts.length === 1 && !tokens[i]!.quoted && KEYWORDS.has(parts[0]!.toLowerCase()) && !QUANTIFIERS.has(parts[0]!.toLowerCase()) &&
    parts[0]!.toLowerCase() !== 'count' && parts[0]!.toLowerCase() !== 'collect' && parts[0]!.toLowerCase() !== 'exists') {
    return null;
  }
  if (word(tokens[i - 1], 'call')) return null; // a procedure: the plan guard's allow-list decides
  return { name: parts.join('.'), open: j };
}

function checkCall(scan: Scan, open: Array<{ end: number; iter: boolean }>, name: string, paren: number, at: number): string | null {
  const lower = name.toLowerCase();
  const { tokens, params } = scan;
  if (lower === 'reduce') return 'reduce() is not allowed (Neo4j cannot stop it once it runs); UNWIND the list and aggregate instead';
  if (!ALLOWED_FUNCTIONS.has(lower)) return `function ${name}() is not allowed in the console (Neo4j's built-in functions only)`;
  const args = callArgs(tokens, paren);
  if (lower === 'range' && !word(tokens[at - 1], 'unwind')) {
    const vals = args.map((a) => constant(a, params));
    const nums = vals.map((v) => (v && typeof v.value === 'number' && Number.isSafeInteger(v.value) ? v.value : null));
    if (nums.length < 2 || nums.length > 3 || nums.some((n) => n === null)) {
      return 'range() needs whole-number literal or parameter bounds here (UNWIND range(…) takes any)';
    }
    const [from, to, step = 1] = nums as number[];
    const count = step === 0 ? Infinity : Math.max(0, Math.floor((to! - from!) / step) + 1);
    if (count > RANGE_MAX) return `range() would make ${count} elements here (at most ${RANGE_MAX}; UNWIND range(…) takes any)`;
  }
  if (lower === 'replace') {
    const search = args[1] ? constant(args[1], params) : null;
    const repl = args[2] ? constant(args[2], params) : null;
    if (!search || !repl || typeof search.value !== 'string' || typeof repl.value !== 'string') {
      return 'replace() needs a literal or parameter search and replacement string';
    }
    const s = search.value.length;
    scan.growth *= s === 0 ? repl.value.length + 1 : Math.max(1, Math.ceil(repl.value.length / s));
  }
  if (lower === 'normalize') scan.growth *= NORMALIZE_GROWTH;
  if (QUANTIFIERS.has(lower) && tokens[paren + 1]?.kind === 'ident' && word(tokens[paren + 2], 'in')) {
    return iteration(scan, open, paren, paren + 1);
  }
  return null;
}

/** `[x IN …` (a list comprehension), as opposed to a list literal or a pattern comprehension. */
function isComprehension(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.kind === 'ident' && word(tokens[i + 2], 'in');
}

/** An iteration whose bracket opens at `at` and whose variable is at `v`: not nested, over a bounded list. */
function iteration(scan: Scan, open: Array<{ end: number; iter: boolean }>, at: number, v: number): string | null {
  const { tokens } = scan;
  if (open.some((o) => o.iter)) {
    return 'list iterations (comprehensions, any/all/none/single) may not nest: Neo4j cannot stop them; UNWIND the outer list';
  }
  open.push({ end: closing(tokens, at), iter: true });
  if (!boundedSource(tokens, v + 2)) {
    return 'a list iteration may only go over a list literal, a parameter, range(), nodes()/relationships()/labels()/keys() or a property; UNWIND other lists';
  }
  // The source of `[x IN range(…) | …]` is checked as a call when the scan reaches it.
  return null;
}

/**
 * Is the iteration's list, from `start` up to its WHERE, `|` or closing bracket, one bounded
 * atom: a parameter, a list literal, a call of nodes()/relationships()/labels()/keys()/range(),
 * or a property (`n.aliases`)? `[1] + coll` is not: the whole source must be the atom.
 */
function boundedSource(tokens: Token[], start: number): boolean {
  const src = tokens[start];
  if (!src) return false;
  let end: number; // index after the atom
  if (src.kind === 'param') end = start + 1;
  else if (src.kind === 'op' && src.text === '[') end = closing(tokens, start) + 1;
  else if (src.kind === 'ident' && BOUNDED_SOURCES.has(src.value.toLowerCase()) && tokens[start + 1]?.text === '(') {
    end = closing(tokens, start + 1) + 1;
  } else if (src.kind === 'ident' && tokens[start + 1]?.text === '.' && tokens[start + 2]?.kind === 'ident') {
    end = start + 3;
  } else {
    return false;
  }
  if (end <= start) return false;
  const after = tokens[end];
  return !after || word(after, 'where') || (after.kind === 'op' && (after.text === '|' || after.text === ']' || after.text === ')'));
}

function regexCheck(next: Token | undefined, params: Record<string, unknown>): string | null {
  let pattern: unknown;
  if (next?.kind === 'string') pattern = next.value;
  else if (next?.kind === 'param') pattern = params[next.value];
  else return 'the pattern of =~ must be a string literal or a parameter';
  if (typeof pattern !== 'string') return 'the pattern of =~ must be a string';
  const why = regexRefusal(pattern);
  return why ? `regular expression refused: ${why}` : null;
}
