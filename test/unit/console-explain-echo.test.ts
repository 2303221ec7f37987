/** The console's error messages show the query as typed, not the `EXPLAIN` check's text. */
import { describe, expect, it } from 'vitest';
import { withoutExplainEcho } from '../../server/api/console/explain-echo.js';

describe('withoutExplainEcho', () => {
  it('takes the prefix out of the echoed line and the caret, and shifts line-1 positions', () => {
    const msg = 'Neo.ClientError.Statement.SyntaxError: Invalid input \'RETURN\': expected \')\' (line 1, column 18 (offset: 17))\n"EXPLAIN MATCH (n RETURN n"\n                  ^';
    expect(withoutExplainEcho(msg)).toBe('Neo.ClientError.Statement.SyntaxError: Invalid input \'RETURN\': expected \')\' (line 1, column 10 (offset: 9))\n"MATCH (n RETURN n"\n          ^');
  });
  it('shifts only the offset of errors on later lines', () => {
    const msg = 'Variable `m` not defined (line 2, column 8 (offset: 25))\n"RETURN m"\n        ^';
    expect(withoutExplainEcho(msg)).toBe('Variable `m` not defined (line 2, column 8 (offset: 17))\n"RETURN m"\n        ^');
  });
  it('leaves other messages alone', () => {
    expect(withoutExplainEcho('the database is unavailable')).toBe('the database is unavailable');
  });
});
