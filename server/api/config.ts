/** Settings of the HTTP API: server/config.ts's values and the API's limits (limits.ts), which tests override. */
import { config } from '../config.js';
import { limitsFromEnv, type ApiLimits } from './limits.js';
import { pageStoreDir } from '../pdf/page-store.js';

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
  /** Console concurrency, Host allow-list, proxy trust, JSON depth (limits.ts). */
  limits: ApiLimits;
}

/** What callers may override: any setting, and any of the limits. */
export type ApiConfigOverrides = Partial<Omit<ApiConfig, 'limits'>> & { limits?: Partial<ApiLimits> };

/** The config from the environment (server/config.ts), with overrides (tests pass small limits). */
export function configFromEnv(overrides: ApiConfigOverrides = {}): ApiConfig {
  const c = config();
  const { limits, ...rest } = overrides;
  return {
    apiKey: c.api.apiKey,
    cypherTimeoutMs: c.api.cypherTimeoutMs,
    cypherMaxRows: c.api.cypherMaxRows,
    queryTimeoutMs: c.api.queryTimeoutMs,
    bodyLimit: c.api.bodyLimit,
    uploadLimit: c.api.uploadLimit,
    rateLimitPerMinute: c.api.rateLimitPerMinute,
    neo4jUri: c.neo4j.uri ?? '',
    pagesDir: pageStoreDir(),
    appVersion: '0.1.0',
    ...rest,
    limits: { ...limitsFromEnv(), ...limits },
  };
}
