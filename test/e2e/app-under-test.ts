/**
 * Starts the real API server (server/api/app.ts `createApp`) on a free port,
 * serving the built client from dist/client.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp } from '../../server/api/app.js';
import type { ApiConfig } from '../../server/api/config.js';
import type { Executor } from '../../server/graph/executor.js';
import { repo } from './harness.js';

export interface RunningApp { baseUrl: string; close(): Promise<void> }

/** The API key the e2e app accepts (corrections and uploads through the UI). */
export const E2E_API_KEY = 'e2e-explorer-key';

export async function startApp(executor: Executor, config: Partial<ApiConfig> = {}): Promise<RunningApp> {
  const app = createApp({
    executor, logger: pino({ level: 'silent' }),
    // The browser tests click a lot; the console's per-minute limit must not be what they measure.
    config: { clientDir: join(repo, 'dist/client'), rateLimitPerMinute: 10_000, apiKey: E2E_API_KEY, ...config },
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
