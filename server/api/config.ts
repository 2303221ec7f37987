import { pageStoreDir } from '../pdf/page-store.js';

/** Settings of the HTTP API, read from the environment once at start. */
export interface ApiConfig {
  /** `BAOXUN_API_KEY`: writes are refused (403) while it is unset. */
  apiKey: string | undefined;
  /** `BAOXUN_CYPHER_TIMEOUT_MS` (10 s): the console's time limit per query. */
  cypherTimeoutMs: number;
  /** `BAOXUN_CYPHER_MAX_ROWS` (1,000): the console's row cap. */
  cypherMaxRows: number;
  /** Time limit for the API's own queries (`BAOXUN_QUERY_TIMEOUT_MS`, 15 s). */
  queryTimeoutMs: number;
  /** Largest JSON/text body (`BAOXUN_BODY_LIMIT`, bytes, 1 MiB) and upload (`BAOXUN_UPLOAD_LIMIT`, 10 MiB). */
  bodyLimit: number;
  uploadLimit: number;
  /** Requests per minute per client on write and console routes (`BAOXUN_RATE_LIMIT`, 60). */
  rateLimitPerMinute: number;
  /** The Bolt URI shown by /api/health (no password). */
  neo4jUri: string;
  /** Built client to serve (with SPA fallback); none when undefined. */
  clientDir?: string;
  /** The page store: page images of PDF and scanned articles (`$BAOXUN_HOME/pages`), served by `GET /api/pages/:name`. */
  pagesDir: string;
  appVersion: string;
}

function num(name: string, dflt: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${raw}`);
  return n;
}

/** The config from the environment, with overrides (tests pass small limits). */
export function configFromEnv(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    apiKey: process.env.BAOXUN_API_KEY || undefined,
    cypherTimeoutMs: num('BAOXUN_CYPHER_TIMEOUT_MS', 10_000),
    cypherMaxRows: num('BAOXUN_CYPHER_MAX_ROWS', 1_000),
    queryTimeoutMs: num('BAOXUN_QUERY_TIMEOUT_MS', 15_000),
    bodyLimit: num('BAOXUN_BODY_LIMIT', 1024 * 1024),
    uploadLimit: num('BAOXUN_UPLOAD_LIMIT', 10 * 1024 * 1024),
    rateLimitPerMinute: num('BAOXUN_RATE_LIMIT', 60),
    neo4jUri: process.env.NEO4J_URI ?? '',
    pagesDir: pageStoreDir(),
    appVersion: '0.1.0',
    ...overrides,
  };
}
