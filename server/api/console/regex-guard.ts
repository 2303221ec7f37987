/**
 * Which `=~` patterns the console lets Neo4j run. Neo4j matches with Java's
 * backtracking regex engine inside one expression, where neither the
 * transaction timeout nor a terminate reaches it: `'aaaa…a!' =~ '(.*a){12}'`
 * kept a core busy for minutes after its 408. So only patterns whose matching
 * cost stays linear in the subject's length run:
 * - at most one unbounded quantifier (`*`, `+`, `{n,}`), never inside a
 *   quantified group (no nested quantifiers: `(a+)+`, `(.*a){12}`);
 * - no quantified group holding an alternation (`(a|aa)*`);
 * - no back-references (`\1`, `\k<x>`), which make matching NP-hard;
 * - bounded choices (`?`, `{n,m}`, alternation) multiply to at most 1,000;
 * - at most 500 characters.
 * `.*x.*` (two unbounded quantifiers) is refused: it is quadratic on a long line;
 * `CONTAINS`, `STARTS WITH` and `ENDS WITH` do that job in linear time.
 */

export const REGEX_MAX_LENGTH = 500;
export const REGEX_MAX_CHOICES = 1_000;

interface Group {
  quantifiers: number;
  alternation: boolean;
  branches: number;
}

/** Why the pattern may not run in the console, or null when it may. */
export function regexRefusal(pattern: string): string | null {
  if (pattern.length > REGEX_MAX_LENGTH) return `the pattern has ${pattern.length} characters (at most ${REGEX_MAX_LENGTH})`;
  let unbounded = 0;
  let choices = 1;
  const stack: Group[] = [{ quantifiers: 0, alternation: false, branches: 1 }];
  /** What the last atom was, for the quantifier that may follow it. */
  let last: { group?: Group } | null = null;
  let i = 0;
  const p = pattern;
  while (i < p.length) {
    const c = p[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      const e = p[i + 1] ?? '';
      if (/[1-9]/.test(e) || e === 'k') return 'back-references (\\1, \\k<name>) are not allowed';
      if (e === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        i = end < 0 ? p.length : end + 2;
        last = {};
        continue;
      }
      if ((e === 'p' || e === 'P' || e === 'x' || e === 'N') && p[i + 2] === '{') {
        const end = p.indexOf('}', i + 3);
        i = end < 0 ? p.length : end + 1;
      } else {
        i += 2;
      }
      last = {};
      continue;
    }
    if (c === '[') {
      i = skipClass(p, i);
      last = {};
      continue;
    }
    if (c === '(') {
      let j = i + 1;
      if (p[j] === '?') {
        // (?:…) (?i) (?i:…) (?=…) (?!…) (?<=…) (?<!…) (?<name>…) (?>…)
        const flags = /^\?[a-zA-Z-]*\)/.exec(p.slice(j));
        if (flags) {
          i = j + flags[0].length; // inline flags such as (?i): not a group
          continue;
        }
        const head = /^\?(<[=!]|<[a-zA-Z][a-zA-Z0-9]*>|[:=!>]|[a-zA-Z-]+:)/.exec(p.slice(j));
        j += head ? head[0].length : 1;
      }
      stack.push({ quantifiers: 0, alternation: false, branches: 1 });
      last = null;
      i = j;
      continue;
    }
    if (c === ')') {
      if (stack.length === 1) return 'the pattern has an unmatched )';
      const g = stack.pop()!;
      const parent = stack[stack.length - 1]!;
      parent.quantifiers += g.quantifiers;
      parent.alternation ||= g.alternation;
      choices *= g.branches;
      last = { group: g };
      i++;
      continue;
    }
    if (c === '|') {
      top.alternation = true;
      top.branches++;
      last = null;
      i++;
      continue;
    }
    const q = /^(\*|\+|\?|\{(\d+)(,(\d*))?\})[?+]?/.exec(p.slice(i));
    if (q) {
      if (!last) return `a quantifier (${q[0]}) follows nothing`;
      const isUnbounded = q[1] === '*' || q[1] === '+' || (q[3] !== undefined && q[4] === '');
      if (last.group && (last.group.quantifiers > 0 || (last.group.alternation && q[1] !== '?'))) {
        return `nested quantifiers (a quantified group holding ${last.group.quantifiers > 0 ? 'a quantifier' : 'an alternation'}) make matching exponential`;
      }
      if (isUnbounded) {
        unbounded++;
        if (unbounded > 1) return 'at most one unbounded quantifier (*, +, {n,}) per pattern; use CONTAINS, STARTS WITH or ENDS WITH, or several conditions joined by AND';
      } else if (q[1] === '?') {
        choices *= 2;
      } else if (q[3] !== undefined) {
        const lo = Number(q[2]);
        const hi = Number(q[4]);
        if (hi < lo) return `quantifier ${q[1]} has its bounds reversed`;
        choices *= hi - lo + 1;
      }
      top.quantifiers++;
      if (choices > REGEX_MAX_CHOICES) return `the pattern's bounded choices multiply to more than ${REGEX_MAX_CHOICES}`;
      last = null;
      i += q[0].length;
      continue;
    }
    last = {};
    i++;
  }
  if (stack.length > 1) return 'the pattern has an unclosed (';
  choices *= stack[0]!.branches;
  if (choices > REGEX_MAX_CHOICES) return `the pattern's bounded choices multiply to more than ${REGEX_MAX_CHOICES}`;
  return null;
}

/** The index after a character class starting at `i` (Java classes nest: `[a-z&&[^b]]`). */
function skipClass(p: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < p.length) {
    const c = p[j]!;
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === '[') {
      depth++;
      j++;
      if (p[j] === '^') j++;
      if (p[j] === ']') j++; // a ] right after [ or [^ is a literal
      continue;
    }
    if (c === ']') {
      depth--;
      j++;
      if (depth === 0) return j;
      continue;
    }
    j++;
  }
  return j;
}
