/** The console's textual and plan guards, without a database (plans shaped as Neo4j 5.26 returns them). */
import { describe, expect, it } from 'vitest';
import { blankLiterals, checkStatement } from '../../server/api/console/statement-guard.js';
import { operatorName, planRefusal, procedureName, type PlanNode } from '../../server/api/console/plan-guard.js';

const plan = (...ops: Array<string | [string, string]>): PlanNode => {
  // A chain: the first operator on top, each next one its only child.
  let node: PlanNode | undefined;
  for (const op of [...ops].reverse()) {
    const [type, details] = Array.isArray(op) ? op : [op, ''];
    node = { operatorType: `${type}@neo4j`, arguments: { Details: details }, children: node ? [node] : [] };
  }
  return node!;
};

describe('blankLiterals', () => {
  it('blanks strings, comments and backticked names but keeps the length', () => {
    const q = "RETURN 'a;b' AS `x;y`, \"c;d\" // e;f\n/* g;h */ ;";
    const b = blankLiterals(q);
    expect(b).toHaveLength(q.length);
    expect(b.indexOf(';')).toBe(q.length - 1);
  });
  it('handles escaped quotes inside strings', () => {
    expect(blankLiterals("RETURN 'it\\'s;' AS s")).not.toContain(';');
  });
});

describe('checkStatement', () => {
  it('accepts one statement and strips one trailing semicolon', () => {
    expect(checkStatement('MATCH (n) RETURN n ;  ')).toBe('MATCH (n) RETURN n');
    expect(checkStatement("RETURN ';' AS s")).toBe("RETURN ';' AS s");
  });
  it.each([
    ['two statements', 'RETURN 1; RETURN 2'],
    ['two statements hidden behind a comment', 'RETURN 1 /* x */; MATCH (n) DETACH DELETE n'],
    ['EXPLAIN', 'EXPLAIN MATCH (n) RETURN n'],
    ['PROFILE', '  profile MATCH (n) RETURN n'],
    ['LOAD CSV', "load  csv FROM 'file:///etc/passwd' AS l RETURN l"],
    ['IN TRANSACTIONS', 'CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x'],
    ['IN CONCURRENT TRANSACTIONS', 'CALL { RETURN 1 AS x } IN 4 CONCURRENT TRANSACTIONS RETURN x'],
    ['apoc', 'RETURN apoc.version()'],
  ])('refuses %s', (_name, q) => {
    expect(() => checkStatement(q)).toThrow(expect.objectContaining({ status: 403, code: 'console_refused' }));
  });
  it('does not refuse words inside strings', () => {
    expect(() => checkStatement("RETURN 'LOAD CSV; apoc.x' AS s")).not.toThrow();
  });
});

describe('planRefusal', () => {
  it('lets a read plan through', () => {
    expect(planRefusal('r', plan('ProduceResults', 'Limit', 'AllNodesScan'))).toBeNull();
  });
  it.each([['rw'], ['w'], ['s'], [undefined]])('refuses query type %s', (t) => {
    expect(planRefusal(t, plan('ProduceResults'))).toMatch(/query type/);
  });
  it('refuses LOAD CSV, IN TRANSACTIONS and admin operators even in a read plan', () => {
    expect(planRefusal('r', plan('ProduceResults', 'LoadCSV'))).toMatch(/LOAD CSV/);
    expect(planRefusal('r', plan('ProduceResults', 'TransactionApply', 'Argument'))).toMatch(/TransactionApply/);
    expect(planRefusal('r', plan('ProduceResults', ['TerminateTransactions', 'transactions(x)']))).toMatch(/Terminate/);
    expect(planRefusal('r', plan('ProduceResults', 'ShowTransactions'))).toMatch(/ShowTransactions/);
    expect(planRefusal('r', plan('ProduceResults', 'ShowSettings'))).toMatch(/ShowSettings/);
  });
  it('allows schema SHOW commands', () => {
    expect(planRefusal('r', plan('ProduceResults', 'ShowIndexes'))).toBeNull();
  });
  it('checks procedures against the allow-list, deep in the plan', () => {
    const ok = plan('ProduceResults', 'Apply', ['ProcedureCall', 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE, score :: FLOAT)']);
    expect(planRefusal('r', ok)).toBeNull();
    const bad = plan('ProduceResults', 'Apply', ['ProcedureCall', 'db.createLabel($x) :: ()']);
    expect(planRefusal('r', bad)).toMatch(/db\.createLabel is not allowed/);
    const nested: PlanNode = { operatorType: 'Apply@neo4j', children: [plan('Argument'), plan(['ProcedureCall', 'dbms.killQuery($x)'])] };
    expect(planRefusal('r', nested)).toMatch(/dbms\.killQuery/);
  });
  it('names operators and procedures', () => {
    expect(operatorName('ProduceResults@neo4j')).toBe('ProduceResults');
    expect(procedureName({ operatorType: 'ProcedureCall', arguments: { Details: 'db.labels() :: (label :: STRING)' } })).toBe('db.labels');
    expect(procedureName({ operatorType: 'ProcedureCall', arguments: {} })).toBeNull();
  });
});
