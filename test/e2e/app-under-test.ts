/**
 * Starts the real API server (server/api/app.ts `createApp`) on a free port,
 * serving the built client. Until createApp exists, a stand-in answers the one
 * endpoint the walking skeleton needs, so the browser side can be tested.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express from 'express';
import type { Executor } from '../../server/graph/executor.js';
import { repo } from './harness.js';

export interface RunningApp { baseUrl: string; real: boolean; close(): Promise<void> }

type CreateApp = (opts: Record<string, unknown>) => express.Express | Promise<express.Express>;

export async function startApp(executor: Executor): Promise<RunningApp> {
  const staticDir = join(repo, 'dist/client');
  let createApp: CreateApp | undefined;
  // A variable specifier: tsc must not require the module while it is being written.
  const appModule = '../../server/api/app.js';
  try {
    createApp = ((await import(/* @vite-ignore */ appModule)) as { createApp?: CreateApp }).createApp;
  } catch {
    createApp = undefined;
  }
  const app = createApp ? await createApp({ executor, staticDir, clientDir: staticDir, logger: false }) : standIn(executor, staticDir);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`, real: !!createApp,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function standIn(executor: Executor, staticDir: string): express.Express {
  const app = express();
  app.get('/api/graph/overview', async (_req, res) => {
    const elements = await executor.readWith(async (tx) => {
      const r = await tx.run(
        `MATCH (n:Entity) WITH n LIMIT 100
         OPTIONAL MATCH (n)-[e]->(m:Entity)
         RETURN collect(DISTINCT {id: n.id, label: n.name, type: [l IN labels(n) WHERE l <> 'Entity'][0]}) AS nodes,
                collect(DISTINCT CASE WHEN e IS NULL THEN null ELSE {id: elementId(e), source: n.id, target: m.id, type: type(e)} END) AS edges`,
      );
      const rec = r.records[0];
      return {
        nodes: ((rec?.get('nodes') ?? []) as object[]).map((data) => ({ data })),
        edges: ((rec?.get('edges') ?? []) as object[]).map((data) => ({ data })),
      };
    });
    res.json({ elements });
  });
  app.use(express.static(staticDir));
  return app;
}
