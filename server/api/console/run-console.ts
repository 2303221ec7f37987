/**
 * The Cypher console: one read-only statement, guarded in layers —
 * (1) textual checks (one statement, no LOAD CSV / IN TRANSACTIONS / apoc),
 * (2) a READ session, so the server itself refuses writes,
 * (3) EXPLAIN first: query type must be `r` and the plan passes plan-guard,
 * (4) a transaction timeout plus an app timer that closes the session (408),
 * (5) records streamed and cut at the row cap (reported as truncated).
 */
import type { CypherRequest, CypherResponse, CypherSummary } from '../../../model/api.schema.js';
import { type Executor, GraphError, toGraphError, withIntegers } from '../../graph/executor.js';
import { AppError, BadRequest, Forbidden, Timeout } from '../errors.js';
import { expressionRefusal } from './expression-guard.js';
import { EXPLAIN_PREFIX, withoutExplainEcho } from './explain-echo.js';
import { planRefusal, type PlanNode } from './plan-guard.js';
import { checkStatement } from './statement-guard.js';
import { ElementCollector, toJson } from './values.js';

type Session = ReturnType<Executor['driver']['session']>;

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
  /** JSON size of the rows after which the result is cut (reported as truncated). */
  maxResultBytes?: number;
  /** JSON size of the parameters allowed. */
  maxParamsBytes?: number;
}

/**
 * The checks that need no database: one statement (statement-guard), parameters of a sane
 * size, and the expression guard. Throws Forbidden (`console_refused`) or BadRequest.
 */
export function precheckConsole(req: CypherRequest, limits: ConsoleLimits): string {
  const statement = checkStatement(req.query);
  const paramsBytes = JSON.stringify(req.params ?? {}).length;
  if (limits.maxParamsBytes !== undefined && paramsBytes > limits.maxParamsBytes) {
    throw new BadRequest(`the parameters take ${paramsBytes} bytes as JSON (at most ${limits.maxParamsBytes})`, undefined, 'params_too_large');
  }
  const refusal = expressionRefusal(statement, req.params ?? {});
  if (refusal) throw new Forbidden(`the console runs bounded read-only queries only: ${refusal}`, 'console_refused');
  return statement;
}

interface DriverSummary {
  queryType?: string;
  plan?: PlanNode | false;
  resultAvailableAfter?: unknown;
  resultConsumedAfter?: unknown;
  notifications?: Array<{ code: string; title: string; description: string }>;
}

/**
 * Runs a console request; throws AppErrors (403 refused, 400 Cypher error, 408 timeout).
 * `onClosed` receives a promise that settles once the session is closed, that is once Neo4j
 * has acknowledged the reset and stopped the query: after a 408 that can be later than the
 * answer, and the console keeps the query's slot until then.
 */
export async function runConsole(
  executor: Executor, req: CypherRequest, limits: ConsoleLimits, onClosed?: (closed: Promise<void>) => void,
): Promise<CypherResponse> {
  const statement = precheckConsole(req, limits);
  const session = executor.driver.session({
    database: executor.database,
    defaultAccessMode: 'READ',
    fetchSize: Math.min(limits.maxRows + 1, 1000),
  });
  let closed: Promise<void> | undefined;
  const close = () => (closed ??= session.close().catch(() => undefined));
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Timeout(`query cut after ${limits.timeoutMs} ms (BAOXUN_CYPHER_TIMEOUT_MS)`));
      void close(); // resets the connection: the server stops the query
    }, limits.timeoutMs);
  });
  try {
    return await Promise.race([runGuarded(session, statement, withIntegers(req.params) as Record<string, unknown>, limits), deadline]);
  } catch (err) {
    throw mapConsoleError(err);
  } finally {
    clearTimeout(timer);
    const done = close();
    onClosed?.(done);
    if (!timedOut) await done; // after a timeout the 408 goes out at once; the close goes on
  }
}

async function runGuarded(session: Session, statement: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<CypherResponse> {
  const explained = await session.run(`${EXPLAIN_PREFIX}${statement}`, params, { timeout: limits.timeoutMs });
  const plan = explained.summary as unknown as DriverSummary;
  const refusal = planRefusal(plan.queryType, plan.plan || null);
  if (refusal) throw new Forbidden(`the console runs read-only queries only: ${refusal}`, 'console_refused');

  const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'baoxun-console' } });
  try {
    const result = tx.run(statement, params);
    const columns = await result.keys();
    const collector = new ElementCollector();
    const rows: unknown[][] = [];
    let truncated = false;
    let bytes = 0;
    for await (const record of result) {
      if (rows.length >= limits.maxRows) {
        truncated = true;
        break; // stops pulling; the rest is never fetched
      }
      const row = columns.map((c) => toJson(record.get(c), collector));
      bytes += JSON.stringify(row).length;
      if (limits.maxResultBytes !== undefined && bytes > limits.maxResultBytes) {
        if (rows.length === 0) {
          throw new AppError(422, 'result_too_large', `the first row alone is ${bytes} bytes as JSON (at most ${limits.maxResultBytes}); return less (LIMIT, fewer properties)`);
        }
        truncated = true;
        break;
      }
      rows.push(row);
    }
    const done = truncated ? null : ((await result.summary()) as unknown as DriverSummary);
    return { columns: [...columns], rows, elements: collector.elements(), truncated, summary: summarize(plan.queryType, rows.length, done) };
  } finally {
    await tx.close().catch(() => undefined);
  }
}

function ms(v: unknown): number | null {
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function summarize(queryType: string | undefined, rows: number, s: DriverSummary | null): CypherSummary {
  return {
    queryType: queryType ?? 'r',
    rows,
    availableAfterMs: s ? ms(s.resultAvailableAfter) : null,
    consumedAfterMs: s ? ms(s.resultConsumedAfter) : null,
    notifications: (s?.notifications ?? []).map((n) => ({ code: n.code, title: n.title, description: n.description })),
  };
}

/** Neo4j's refusals of writes and permissions become 403; other errors go to the error middleware. */
function mapConsoleError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const g = toGraphError(err);
  if (g.code === 'Neo.ClientError.Statement.AccessMode' || g.code.startsWith('Neo.ClientError.Security.')) {
    return new Forbidden(`the console runs read-only queries only: ${g.code}: ${g.message}`, 'console_refused');
  }
  // Syntax errors of the EXPLAIN check echo the prefix: the user sees the query as typed.
  return new GraphError(withoutExplainEcho(g.message), g.code, g.transient);
}
