/**
 * Fast 503s while Neo4j is down. The executor's reads retry a lost connection for
 * 15 s, which is right for a blip but makes every request hang during an outage.
 * After one request met ServiceUnavailable, the next ones first check connectivity
 * (no retries, 2 s at most) and answer 503 at once while it still fails.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { GraphError, type Executor } from '../graph/executor.js';
import { Unavailable } from './errors.js';

export interface DbGate {
  /** Before the data routes: 503 at once while the database is known to be down. */
  check: RequestHandler;
  /** Error middleware that notes a ServiceUnavailable and passes the error on. */
  note: ErrorRequestHandler;
}

export function dbGate(executor: Executor, probeTimeoutMs = 2_000): DbGate {
  let down = false;
  const probe = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), probeTimeoutMs); });
    const ok = executor.driver.verifyConnectivity().then(() => true, () => false);
    try {
      return await Promise.race([ok, late]);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    check: async (_req, _res, next) => {
      if (down) {
        if (!(await probe())) throw new Unavailable('the database is unavailable (connection refused or no answer)');
        down = false;
      }
      next();
    },
    note: (err, _req, _res, next) => {
      if (err instanceof GraphError && err.code === 'ServiceUnavailable') down = true;
      next(err);
    },
  };
}
