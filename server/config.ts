/**
 * The configuration of every baoxun process, read from the environment in one place and checked
 * with one zod schema: the rest of the server receives values (`config()`), never reads
 * `process.env` itself. A bad value stops the process with one line naming the variable and
 * the reason (`BAOXUN_RATE_LIMIT: must be a positive number, not "x"`).
 *
 * The environment is read once and kept; `reloadConfig()` reads it again (tests that change
 * a variable, and the test setup that hands a Neo4j to its workers).
 */
import { z } from 'zod';

/** Text; empty (or blanks) means unset. */
const text = z.string().optional().transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A positive number given as text; empty means unset. */
function positive(dflt: number) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return dflt;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: `must be a positive number, not ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return n;
    });
}

function port(dflt: number) {
  return positive(dflt).refine((n) => Number.isInteger(n) && n <= 65535, 'must be a port number (1–65535)');
}

/** Every environment variable baoxun reads, with its default. */
const Env = z.object({
  // The Neo4j to use (else the local one of BAOXUN_HOME).
  NEO4J_URI: text,
  NEO4J_USER: text,
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: text,
  // The local Neo4j.
  BAOXUN_HOME: text,
  BAOXUN_NEO4J_PORT: port(7687),
  BAOXUN_NEO4J_HEAP: text.refine((v) => v === undefined || /^\d+[kmgKMG]?$/.test(v), 'must be a JVM size such as 1536m or 2g'),
  BAOXUN_NEO4J_START_TIMEOUT: positive(180),
  JAVA_HOME: text,
  // The HTTP API.
  PORT: z.string().optional().transform((v, ctx) => {
    if (v === undefined || v.trim() === '') return 3000;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      ctx.addIssue({ code: 'custom', message: `must be a port number (0–65535), not ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return n;
  }),
  HOST: text,
  BAOXUN_API_KEY: text,
  BAOXUN_CYPHER_TIMEOUT_MS: positive(10_000),
  BAOXUN_CYPHER_MAX_ROWS: positive(1_000),
  BAOXUN_QUERY_TIMEOUT_MS: positive(15_000),
  BAOXUN_BODY_LIMIT: positive(1024 * 1024),
  BAOXUN_UPLOAD_LIMIT: positive(10 * 1024 * 1024),
  BAOXUN_RATE_LIMIT: positive(60),
  BAOXUN_LOG_LEVEL: text.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
  // Ingest.
  BAOXUN_WORKER_YOUNG_MB: z.string().optional().transform((v, ctx) => {
    if (v === undefined || v.trim() === '') return 8;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number of MiB (0: V8's default), not ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return n;
  }),
  BAOXUN_WRITE_TIMING: z.string().optional().transform((v) => Boolean(v)),
  // Set by vitest: the API logs nothing unless BAOXUN_LOG_LEVEL says otherwise.
  VITEST: z.string().optional().transform((v) => Boolean(v)),
});

/** What the processes use, named for what it is. */
export interface Config {
  neo4j: { uri: string | null; user: string; password: string; database: string | undefined };
  local: { home: string | undefined; port: number; heap: string; startTimeoutMs: number; javaHome: string | undefined };
  http: { port: number; host: string | undefined };
  api: {
    apiKey: string | undefined;
    cypherTimeoutMs: number;
    cypherMaxRows: number;
    queryTimeoutMs: number;
    bodyLimit: number;
    uploadLimit: number;
    rateLimitPerMinute: number;
    logLevel: string;
  };
  ingest: { workerYoungMb: number; writeTiming: boolean };
}

/** A variable with a value that cannot be used. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses an environment (default: this process's). Throws ConfigError with one line per bad
 * variable.
 * @example readConfig({ BAOXUN_RATE_LIMIT: '120' }).api.rateLimitPerMinute // 120
 */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  return {
    neo4j: { uri: e.NEO4J_URI ?? null, user: e.NEO4J_USER ?? 'neo4j', password: e.NEO4J_PASSWORD ?? '', database: e.NEO4J_DATABASE },
    local: {
      home: e.BAOXUN_HOME, port: e.BAOXUN_NEO4J_PORT, heap: e.BAOXUN_NEO4J_HEAP ?? '1536m',
      startTimeoutMs: e.BAOXUN_NEO4J_START_TIMEOUT * 1000, javaHome: e.JAVA_HOME,
    },
    http: { port: e.PORT, host: e.HOST },
    api: {
      apiKey: e.BAOXUN_API_KEY, cypherTimeoutMs: e.BAOXUN_CYPHER_TIMEOUT_MS, cypherMaxRows: e.BAOXUN_CYPHER_MAX_ROWS,
      queryTimeoutMs: e.BAOXUN_QUERY_TIMEOUT_MS, bodyLimit: e.BAOXUN_BODY_LIMIT, uploadLimit: e.BAOXUN_UPLOAD_LIMIT,
      rateLimitPerMinute: e.BAOXUN_RATE_LIMIT, logLevel: e.BAOXUN_LOG_LEVEL ?? (e.VITEST ? 'silent' : 'info'),
    },
    ingest: { workerYoungMb: e.BAOXUN_WORKER_YOUNG_MB, writeTiming: e.BAOXUN_WRITE_TIMING },
  };
}

let current: Config | null = null;

/** The configuration of this process (the environment as read the first time). */
export function config(): Config {
  current ??= readConfig();
  return current;
}

/** Reads the environment again (after a test or the test setup changed it). */
export function reloadConfig(): Config {
  current = readConfig();
  return current;
}
