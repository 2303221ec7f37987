// The pure parts of the backup (server/backup/): values between Neo4j and JSON, and the
// integer marking an import needs because the driver sends every JavaScript number as a float.
import { describe, expect, it } from 'vitest';
import { withIntegers } from '../../server/backup/import-graph.js';
import { BackupError, propsToJson } from '../../server/backup/values.js';

describe('propsToJson', () => {
  it('keeps strings, safe integers, booleans and their lists as they are', () => {
    expect(propsToJson({ name: '青禾县', n: 3, ok: true, spans: [1, 4], aliases: [] }, [], 'node x'))
      .toEqual({ name: '青禾县', n: 3, ok: true, spans: [1, 4], aliases: [] });
  });

  it('writes typed values as numbers or ISO text', () => {
    const date = { toString: () => '2020-02-29' };
    expect(propsToJson({ w: 2, d: date, l: [1, 2.5] }, [['w', 'FLOAT NOT NULL'], ['d', 'DATE NOT NULL'], ['l', 'LIST<FLOAT NOT NULL> NOT NULL']], 'n'))
      .toEqual({ w: 2, d: '2020-02-29', l: [1, 2.5] });
  });

  it('refuses what it cannot carry back, naming the property', () => {
    expect(() => propsToJson({ p: {} }, [['p', 'POINT NOT NULL']], 'node Entity e1')).toThrow(BackupError);
    expect(() => propsToJson({ p: {} }, [['p', 'POINT NOT NULL']], 'node Entity e1')).toThrow(/node Entity e1: property p has type POINT/);
    expect(() => propsToJson({ big: 2 ** 60 }, [], 'node a')).toThrow(/property big/);
  });
});

describe('withIntegers', () => {
  it('marks numbers and number lists as integers, unless typed already', () => {
    expect(withIntegers({ n: 1, s: 'x', l: [1, 2], e: [], f: 2 }, [['f', 'FLOAT NOT NULL']])).toEqual([
      ['f', 'FLOAT NOT NULL'], ['n', 'INTEGER NOT NULL'], ['l', 'LIST<INTEGER NOT NULL> NOT NULL'],
    ]);
  });
});
