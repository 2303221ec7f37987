/**
 * The console's main guard: Neo4j's own EXPLAIN of the query. A query runs
 * only when its query type is `r` (read only) and its plan holds no operator
 * that reaches outside the graph (LOAD CSV), batches writes, administers the
 * server, or calls a procedure outside a small allow-list.
 */

/** The part of a Neo4j plan that the guard reads (the driver's `Plan`). */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** Procedures the console may call: schema introspection and full-text search. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** SHOW commands that only describe the schema; other SHOW commands expose server state. */
const ALLOWED_SHOW = new Set(['ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions']);

/** Operator families that never belong in a read-only console query. */
const REFUSED_OPERATOR = /^(LoadCSV|Transaction(Foreach|Apply)|Terminate|AdministrationCommand|Create|Drop|Alter|Rename|Grant|Deny|Revoke|Enable|Disable|Start|Stop|Set|Remove|Delete|DetachDelete|Merge|Foreach)/;

/** `ProduceResults@neo4j` → `ProduceResults`. */
export function operatorName(op: string): string {
  const at = op.indexOf('@');
  return at < 0 ? op : op.slice(0, at);
}

/** The procedure a `ProcedureCall` operator calls, from its Details (`db.labels() :: (…)`). */
export function procedureName(node: PlanNode): string | null {
  const details = String(node.arguments?.Details ?? node.arguments?.Signature ?? '');
  return /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? null;
}

/** Why the plan is refused, or null when the query may run. */
export function planRefusal(queryType: string | undefined, plan: PlanNode | null | undefined): string | null {
  if (queryType !== 'r') {
    const kind = queryType === 's' ? 'a schema or administration command' : queryType ? 'a write' : 'of unknown type';
    return `the query is ${kind} (Neo4j query type '${queryType ?? '?'}'); only read-only queries (type 'r') run here`;
  }
  if (!plan) return 'Neo4j returned no plan for the query';
  const stack: PlanNode[] = [plan];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const op = operatorName(node.operatorType);
    if (op === 'ProcedureCall') {
      const name = procedureName(node);
      if (!name || !ALLOWED_PROCEDURES.has(name)) {
        return `procedure ${name ?? '(unknown)'} is not allowed; allowed: ${[...ALLOWED_PROCEDURES].join(', ')}`;
      }
    } else if (op.startsWith('Show') && !ALLOWED_SHOW.has(op)) {
      return `${op} is not allowed; allowed SHOW commands: INDEXES, CONSTRAINTS, PROCEDURES, FUNCTIONS`;
    } else if (REFUSED_OPERATOR.test(op)) {
      return op === 'LoadCSV' ? 'LOAD CSV is not allowed' : `operator ${op} is not allowed in the console`;
    }
    stack.push(...(node.children ?? []));
  }
  return null;
}
