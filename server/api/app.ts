/**
 * The Express 5 app factory. Tests start it on port 0 with their own executor
 * and small limits; `baoxun serve` starts it with the config from the env.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Executor } from '../graph/executor.js';
import { configFromEnv, type ApiConfigOverrides } from './config.js';
import { dbGate } from './db-gate.js';
import type { RouteDeps } from './deps.js';
import { errorMiddleware, notFoundMiddleware } from './errors.js';
import { createLogger, httpLogger } from './logger.js';
import { openApiDocument } from './openapi.js';
import { hostAllowList, jsonBodyGuard } from './request-guards.js';
import { articlesRoutes } from './routes/articles.routes.js';
import { correctionsRoutes } from './routes/corrections.routes.js';
import { cypherRoutes } from './routes/cypher.routes.js';
import { entitiesRoutes } from './routes/entities.routes.js';
import { exportRoutes } from './routes/export.routes.js';
import { graphRoutes } from './routes/graph.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { meetingsRoutes } from './routes/meetings.routes.js';
import { searchRoutes } from './routes/search.routes.js';
import { timelineRoutes } from './routes/timeline.routes.js';
import { topRoutes } from './routes/top.routes.js';
import { pagesRoutes } from './routes/pages.routes.js';

export interface AppOptions {
  executor: Executor;
  logger?: Logger;
  config?: ApiConfigOverrides;
}

/**
 * The API (under /api) and, when `config.clientDir` holds a built client, the
 * explorer with an SPA fallback to its index.html.
 * @example const app = createApp({ executor, config: { apiKey: 'k' } }); app.listen(0);
 */
export function createApp(opts: AppOptions): Express {
  const config = configFromEnv(opts.config);
  const logger = opts.logger ?? createLogger();
  const cleanups: Array<() => Promise<void>> = [];
  const deps: RouteDeps = { executor: opts.executor, config, logger, onClose: (fn) => cleanups.push(fn) };
  const app = express();
  app.locals.close = () => Promise.all(cleanups.map((fn) => fn())).then(() => undefined);
  app.disable('x-powered-by');
  // Off unless BAOXUN_TRUST_PROXY says a proxy is in front: a forged X-Forwarded-For from a
  // local client would otherwise pick its own rate-limit bucket.
  app.set('trust proxy', config.limits.trustProxy);
  app.set('query parser', 'simple'); // no nested objects from ?a[b]=c: every value is a string or string[]
  app.use(httpLogger(logger));
  app.use(hostAllowList(config.limits.allowedHosts));
  // helmet's default CSP: script-src 'self' (no inline script), object-src 'none', frame-ancestors 'self'.
  app.use(helmet({ contentSecurityPolicy: { directives: { 'worker-src': ["'self'", 'blob:'] } } }));

  const api = express.Router();
  api.use(express.json({ limit: config.bodyLimit }));
  api.use(express.text({ limit: config.bodyLimit, type: 'text/plain' }));
  api.use(jsonBodyGuard(config.limits.maxJsonDepth));
  const openapi = openApiDocument(config.appVersion);
  api.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  const gate = dbGate(opts.executor);
  api.use('/stats', gate.check); // stats lives with health but is a data route
  api.use(healthRoutes(deps)); // health reports the outage itself, with the reason
  api.use(gate.check);
  for (const routes of [searchRoutes, entitiesRoutes, graphRoutes, timelineRoutes, meetingsRoutes,
    articlesRoutes, cypherRoutes, exportRoutes, topRoutes, correctionsRoutes, pagesRoutes]) {
    api.use(routes(deps));
  }
  api.use(notFoundMiddleware);
  api.use(gate.note);
  app.use('/api', api);

  if (config.clientDir && existsSync(join(config.clientDir, 'index.html'))) {
    const index = join(config.clientDir, 'index.html');
    app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }));
    app.get(/.*/, (_req, res) => {
      res.sendFile(index); // SPA fallback: client-side routes load the same page
    });
  }
  app.use(errorMiddleware);
  return app;
}

/** Stops what the app started besides the HTTP server (the console's worker threads). */
export async function closeApp(app: Express): Promise<void> {
  await (app.locals.close as (() => Promise<void>) | undefined)?.();
}
