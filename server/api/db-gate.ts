/**
 * Fast 503s while Neo4j is down. The executor's reads retry a lost connection for
 * 15 s (and wait up to 20 s for a connection), which is right for a blip but made
 * data routes take 15–33 s to answer 503 during an outage. So:
 * - a data request still running after `probeAfterMs` makes the gate probe the
 *   database (one probe at a time, at most `probeTimeoutMs`); when the probe fails
 *   (connection refused: a probe that is only slow proves nothing on a busy machine),
 *   the request is answered 503 at once and the database is marked down (the
 *   handler's own answer, when it comes, is dropped);
 * - while the database is marked down, each request probes first and answers 503
 *   when it still fails; the first probe that succeeds clears the mark.
 * With the defaults a request answers within about 1.5 s of the outage.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { GraphError, type Executor } from '../graph/executor.js';
import { AppError, Unavailable } from './errors.js';

export interface DbGate {
  /** Before the data routes: 503 at once while the database is known to be down. */
  check: RequestHandler;
  /** Error middleware that notes a ServiceUnavailable and passes the error on. */
  note: ErrorRequestHandler;
}

export interface DbGateOptions {
  probeAfterMs?: number;
  probeTimeoutMs?: number;
}

type Probe = 'up' | 'down' | 'slow';

const DOWN = 'the database is unavailable (connection refused or no answer)';

export function dbGate(executor: Executor, opts: DbGateOptions = {}): DbGate {
  const probeAfterMs = opts.probeAfterMs ?? 500;
  const probeTimeoutMs = opts.probeTimeoutMs ?? 1_000;
  let down = false;
  let inFlight: Promise<Probe> | null = null;

  /** Does the database answer a connectivity check (in time)? Shared by concurrent callers. */
  const probe = (): Promise<Probe> => {
    inFlight ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<Probe>((resolve) => { timer = setTimeout(() => resolve('slow'), probeTimeoutMs); });
      const ok = executor.driver.verifyConnectivity({ database: executor.database }).then((): Probe => 'up', (): Probe => 'down');
      try {
        const r = await Promise.race([ok, late]);
        if (r === 'up') down = false;
        if (r === 'down') down = true;
        return r;
      } finally {
        clearTimeout(timer);
        inFlight = null;
      }
    })();
    return inFlight;
  };

  return {
    check: async (_req, res, next) => {
      if (down && (await probe()) !== 'up') throw new Unavailable(DOWN);
      const watch = setTimeout(() => {
        void probe().then((r) => {
          if (r !== 'down' || res.headersSent) return;
          res.status(503).json({ code: 'database_unavailable', message: DOWN });
        });
      }, probeAfterMs);
      watch.unref();
      res.once('close', () => clearTimeout(watch));
      res.once('finish', () => clearTimeout(watch));
      next();
    },
    note: (err, _req, _res, next) => {
      if ((err instanceof GraphError && err.code === 'ServiceUnavailable') || (err instanceof AppError && err.code === 'database_unavailable')) {
        down = true;
      }
      next(err);
    },
  };
}
