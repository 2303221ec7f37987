/** The console's lexer, regex guard and expression guard, without a database. */
import { describe, expect, it } from 'vitest';
import { lex } from '../../server/api/console/cypher-lexer.js';
import { expressionRefusal, GROWTH_MAX, RANGE_MAX } from '../../server/api/console/expression-guard.js';
import { regexRefusal } from '../../server/api/console/regex-guard.js';

describe('lex', () => {
  it('tells strings, comments, backticked names, parameters and numbers apart', () => {
    const t = lex("MATCH (n:`Per son`) // x\nWHERE n.name =~ 'a\\'b' AND $p > 1..3 /* c */ RETURN `range`(1, 0x10)");
    expect(t.map((x) => x.kind + ':' + x.value)).toEqual([
      'ident:MATCH', 'op:(', 'ident:n', 'op::', 'ident:Per son', 'op:)', 'ident:WHERE', 'ident:n', 'op:.', 'ident:name', 'op:=~',
      "string:a'b", 'ident:AND', 'param:p', 'op:>', 'number:1', 'op:..', 'number:3', 'ident:RETURN', 'ident:range', 'op:(',
      'number:1', 'op:,', 'number:0x10', 'op:)',
    ]);
  });
  it('decodes unicode escapes and treats Unicode spaces as white space', () => {
    expect(lex("RETURN '\\u0041'")[1]!.value).toBe('A');
    expect(lex('RETURN\u00a0\u3000reduce').map((x) => x.value)).toEqual(['RETURN', 'reduce']);
  });
});

describe('regexRefusal', () => {
  it.each([['王.*'], ['.*局'], ['(?i)abc.*'], ['[0-9]{4}-[0-9]{2}'], ['a|b|c'], ['(ab)?c*'], ['\\d+'], ['\\Q(.*)+\\E.*']])(
    'lets %s run', (p) => expect(regexRefusal(p)).toBeNull());
  it.each([
    ['(.*a){12}', /nested/],
    ['(a+)+b', /nested/],
    ['(a|aa)*', /nested/],
    ['.*a.*', /one unbounded/],
    ['a+b+', /one unbounded/],
    ['(x)\\1', /back-references/],
    ['(?<n>x)\\k<n>', /back-references/],
    ['a{0,40}b{0,40}', /multiply/],
    ['x'.repeat(501), /characters/],
    ['(a', /unclosed/],
  ])('refuses %s', (p, why) => expect(regexRefusal(p)).toMatch(why));
});

describe('expressionRefusal', () => {
  it.each([
    ['MATCH (p:Person)-[:HOLDS_ROLE]->(r) RETURN p.name + \'：\' + r.name AS s LIMIT 10'],
    ['MATCH p = (a)-[*1..3]-(b) RETURN [n IN nodes(p) | n.name] AS names'],
    ['MATCH (n) WHERE any(l IN labels(n) WHERE l = $l) RETURN count(n)'],
    ['UNWIND range(1, 1000000000) AS x RETURN x'],
    ['RETURN [x IN range(1, 100) WHERE x % 2 = 0 | x * x] AS sq'],
    ["MATCH (n:Person) WHERE n.name =~ '王.*' RETURN n"],
    ['MATCH (n) WHERE n.name =~ $re RETURN n'],
    ["RETURN replace('a-b', '-', '—') AS s, date('2021-01-01') + duration('P1M') AS d"],
    ['MATCH (n) RETURN n {.name, k: count { (n)--() }} AS m'],
    ['CALL db.labels() YIELD label RETURN label'],
    ['MATCH (a) WHERE a.name STARTS WITH $x RETURN a'],
    ['RETURN [(a:Person)-->(b) | b.name] AS pc'],
    ['MATCH p = shortestPath((a {id: $a})-[*]-(b {id: $b})) RETURN p'],
  ])('lets %s run', (q) => {
    expect(expressionRefusal(q, { l: 'Person', re: '张.*', x: '王', a: '1', b: '2' })).toBeNull();
  });

  it.each([
    ['reduce()', "RETURN reduce(s = '', x IN range(1, 10) | s + 'a')", /reduce/],
    ['reduce in capitals', 'RETURN REDUCE(s = 0, x IN [1] | s + x)', /reduce/],
    ['reduce backticked', 'RETURN `reduce`(s = 0, x IN [1] | s + x)', /reduce/],
    ['reduce inside a map value', "RETURN {k: reduce(s = '', x IN [1] | s)} AS m", /reduce/],
    ['an unknown function', 'RETURN gds.version()', /not allowed/],
    ['a Cyrillic look-alike of size()', 'RETURN sіze([1])', /not allowed/],
    ['graph.byName', "USE graph.byName('system') RETURN 1", /USE/],
    ['a huge range in a comprehension', 'RETURN size([x IN range(1, 300000000) | x]) AS n', /range\(\)/],
    ['range with computed bounds', 'RETURN size(range(1, 10^9))', /range\(\)/],
    ['range with a parameter too big', 'RETURN size(range(1, $n))', /range\(\)/],
    ['nested comprehensions', 'RETURN [x IN range(1, 100) | [y IN range(1, 100) | x * y]]', /nest/],
    ['a quantifier inside a comprehension', 'RETURN [x IN [1,2] WHERE any(y IN [1] WHERE y = x)]', /nest/],
    ['iterating a collected list', 'MATCH (a) WITH collect(a) AS xs RETURN [x IN xs | x.name]', /UNWIND/],
    ['a bounded list glued to an unbounded one', 'MATCH (a) WITH collect(a) AS xs RETURN [x IN [1] + xs | x]', /UNWIND/],
    ['catastrophic regex', "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){12}'", /nested/],
    ['regex from a parameter', 'RETURN $s =~ $re', /nested/],
    ['regex built by an expression', "MATCH (n) RETURN n.name =~ n.name + '.*'", /literal or a parameter/],
    ['doubling chain', "WITH 'aaaaaaaaaa' AS s WITH s+s+s+s AS s WITH s+s+s+s AS s WITH s+s+s+s AS s WITH s+s AS s RETURN s", /grow/],
    ['replace blow-up', "RETURN replace(replace('aaaa', 'a', 'aaaaaaaaaa'), 'a', 'aaaaaaaaaa')", /grow/],
    ['replace with a computed replacement', 'MATCH (n) RETURN replace(n.text, \'a\', n.text)', /replace/],
    ['CYPHER runtime hint', 'CYPHER runtime=interpreted MATCH (n) RETURN n', /CYPHER options/],
    ['USE system', 'USE system SHOW USERS', /USE/],
    ['an unclosed string', "RETURN 'abc", /cannot read/],
  ])('refuses %s', (_name, q, why) => {
    expect(expressionRefusal(q, { n: RANGE_MAX + 1, s: 'aaaa', re: '(a+)+' })).toMatch(why);
  });

  it('counts growth across clauses up to the limit', () => {
    const q = (k: number) => `WITH 'a' AS s ${'WITH s + s AS s '.repeat(k)}RETURN s`;
    expect(expressionRefusal(q(Math.log2(GROWTH_MAX)))).toBeNull();
    expect(expressionRefusal(q(Math.log2(GROWTH_MAX) + 1))).toMatch(/grow/);
  });
  it('does not read keywords inside strings or comments', () => {
    expect(expressionRefusal("RETURN 'reduce(' AS s // reduce(\n")).toBeNull();
  });
});
