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
import { Forbidden, Timeout } from '../errors.js';
import { EXPLAIN_PREFIX, withoutExplainEcho } from './explain-echo.js';
import { planRefusal, type PlanNode } from './plan-guard.js';
import { checkStatement } from './statement-guard.js';
import { ElementCollector, toJson } from './values.js';

type Session = ReturnType<Executor['driver']['session']>;

export interface ConsoleLimits {
  timeoutMs: number;
  maxRows: number;
}

interface DriverSummary {
  queryType?: string;
  plan?: PlanNode | false;
  resultAvailableAfter?: unknown;
  resultConsumedAfter?: unknown;
  notifications?: Array<{ code: string; title: string; description: string }>;
}

/** Runs a console request; throws AppErrors (403 refused, 400 Cypher error, 408 timeout). */
export async function runConsole(executor: Executor, req: CypherRequest, limits: ConsoleLimits): Promise<CypherResponse> {
  const statement = checkStatement(req.query);
  const session = executor.driver.session({
    database: executor.database,
    defaultAccessMode: 'READ',
    fetchSize: Math.min(limits.maxRows + 1, 1000),
  });
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Timeout(`query cut after ${limits.timeoutMs} ms (BAOXUN_CYPHER_TIMEOUT_MS)`));
      void session.close().catch(() => undefined); // resets the connection: the server stops the query
    }, limits.timeoutMs);
  });
  try {
    return await Promise.race([runGuarded(session, statement, withIntegers(req.params) as Record<string, unknown>, limits), deadline]);
  } catch (err) {
    throw mapConsoleError(err);
  } finally {
    clearTimeout(timer);
    if (!timedOut) await session.close().catch(() => undefined);
  }
}

async function runGuarded(session: Session, statement: string, params: Record<string, unknown>, limits: ConsoleLimits): Promise<CypherResponse> {
  const explained = await session.run(`${EXPLAIN_PREFIX}${statement}`, params);
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
    for await (const record of result) {
      if (rows.length >= limits.maxRows) {
        truncated = true;
        break; // stops pulling; the rest is never fetched
      }
      rows.push(columns.map((c) => toJson(record.get(c), collector)));
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
  if (err instanceof Timeout || err instanceof Forbidden) return err;
  const g = toGraphError(err);
  if (g.code === 'Neo.ClientError.Statement.AccessMode' || g.code.startsWith('Neo.ClientError.Security.')) {
    return new Forbidden(`the console runs read-only queries only: ${g.code}: ${g.message}`, 'console_refused');
  }
  // Syntax errors of the EXPLAIN check echo the prefix: the user sees the query as typed.
  return new GraphError(withoutExplainEcho(g.message), g.code, g.transient);
}
