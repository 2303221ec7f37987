import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { closeApp, createApp } from '../api/app.js';
import { configFromEnv } from '../api/config.js';
import { createLogger } from '../api/logger.js';
import { UserError } from '../cli-errors.js';
import { Executor } from '../graph/executor.js';
import { applySchema } from '../graph/schema.js';
import { ensureNeo4j } from '../neo4j/connection.js';
import { config } from '../config.js';

/** The checkout (or installed package) root: the first folder upwards with a package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export interface Serving {
  url: string;
  server: Server;
  executor: Executor;
  /** Stops accepting requests, then closes the driver. */
  close(): Promise<void>;
}

/**
 * Connects to Neo4j (starting the local one when NEO4J_URI is unset), applies the
 * schema and serves the API plus the built client (dist/client) on `port`.
 * Used by `baoxun serve` and by `npm start`.
 */
export async function serve(opts: { port: number; host?: string; log?: (line: string) => void }): Promise<Serving> {
  const conn = await ensureNeo4j({ log: opts.log });
  const executor = new Executor(conn);
  await applySchema(executor);
  const clientDir = join(packageRoot(), 'dist', 'client');
  if (!existsSync(join(clientDir, 'index.html'))) opts.log?.(`no built client in ${clientDir} (run npm run build); serving the API only`);
  const logger = createLogger();
  const app = createApp({ executor, logger, config: configFromEnv({ neo4jUri: conn.uri, clientDir }) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new UserError(`port ${opts.port} is in use; choose another with --port or PORT`) : err));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`, server, executor,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await closeApp(app);
      await executor.close();
    },
  };
}

export function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`bad port: ${raw}`);
  return port;
}

/** `baoxun serve [--port] [--host]`: the API and the explorer. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/…) and the explorer (dist/client) on http://127.0.0.1:PORT')
    .option('--port <port>', 'port to listen on (default $PORT or 3000)')
    .option('--host <host>', 'interface to bind (default $HOST or 127.0.0.1; 0.0.0.0 for all)')
    .addHelpText('after', '\nEnvironment: PORT, HOST, BAOXUN_API_KEY (enables POST/DELETE /api/articles), BAOXUN_CYPHER_TIMEOUT_MS (10000),\n' +
      'BAOXUN_CYPHER_MAX_ROWS (1000), BAOXUN_QUERY_TIMEOUT_MS (15000), BAOXUN_BODY_LIMIT (bytes, 1 MiB), BAOXUN_UPLOAD_LIMIT (10 MiB),\n' +
      'BAOXUN_RATE_LIMIT (write and console requests per minute, 60), BAOXUN_LOG_LEVEL (info), and the Neo4j ones (see `baoxun neo4j --help`).')
    .action(async (o: { port?: string; host?: string }) => {
      const say = (line: string) => console.error(`baoxun: ${line}`);
      const s = await serve({ port: o.port === undefined ? config().http.port : parsePort(o.port), host: o.host ?? config().http.host, log: say });
      console.log(`baoxun serving ${s.url} (API ${s.url}/api, OpenAPI ${s.url}/api/openapi.json)`);
      const stop = () => {
        say('stopping');
        void s.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
