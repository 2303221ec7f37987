/**
 * The API's hardening settings (issue 16), read from the environment once at start.
 * Kept apart from config.ts so they can be folded into the one config module.
 */
import { z } from 'zod';

/** Limits on the console and on who may talk to the server. */
export interface ApiLimits {
  /** `BAOXUN_CYPHER_CONCURRENCY` (4): console queries running at once, for all clients together. */
  consoleConcurrency: number;
  /** `BAOXUN_CYPHER_CONCURRENCY_PER_CLIENT` (2): console queries running at once for one client address. */
  consolePerClient: number;
  /** `BAOXUN_CYPHER_WORKER_MB` (256): heap of each console worker thread; a result larger than this fails alone. */
  consoleWorkerMb: number;
  /** `BAOXUN_CYPHER_MAX_RESULT_BYTES` (16 MiB): JSON size of the rows after which a result is cut (truncated). */
  consoleMaxResultBytes: number;
  /** `BAOXUN_CYPHER_MAX_PARAMS_BYTES` (100,000): JSON size of a console request's parameters. */
  consoleMaxParamsBytes: number;
  /**
   * `BAOXUN_ALLOWED_HOSTS`: host names the server answers to (the Host header), comma-separated;
   * `*` allows any. Default: localhost, 127.0.0.1, [::1] and the bind address (DNS rebinding).
   */
  allowedHosts: string[] | '*';
  /**
   * `BAOXUN_TRUST_PROXY` (unset: none): Express's `trust proxy` — set it (e.g. `loopback` or a hop
   * count) only behind a reverse proxy; otherwise X-Forwarded-For is ignored, so a forged one
   * cannot move a client to another rate-limit bucket.
   */
  trustProxy: string | number | false;
  /** Deepest JSON body accepted (64): deeper nesting is refused with 400 before any handler. */
  maxJsonDepth: number;
}

const positive = (name: string, dflt: number) =>
  z.preprocess((v) => (v === undefined || v === '' ? dflt : Number(v)),
    z.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be positive`));

const EnvLimits = z.object({
  BAOXUN_CYPHER_CONCURRENCY: positive('BAOXUN_CYPHER_CONCURRENCY', 4),
  BAOXUN_CYPHER_CONCURRENCY_PER_CLIENT: positive('BAOXUN_CYPHER_CONCURRENCY_PER_CLIENT', 2),
  BAOXUN_CYPHER_WORKER_MB: positive('BAOXUN_CYPHER_WORKER_MB', 256),
  BAOXUN_CYPHER_MAX_RESULT_BYTES: positive('BAOXUN_CYPHER_MAX_RESULT_BYTES', 16 * 1024 * 1024),
  BAOXUN_CYPHER_MAX_PARAMS_BYTES: positive('BAOXUN_CYPHER_MAX_PARAMS_BYTES', 100_000),
  BAOXUN_ALLOWED_HOSTS: z.string().optional(),
  BAOXUN_TRUST_PROXY: z.string().optional(),
  HOST: z.string().optional(),
});

/** The host names allowed by default: loopback, plus the bind address when it is a specific one. */
export function defaultHosts(bind: string | undefined): string[] {
  const hosts = ['localhost', '127.0.0.1', '[::1]', '::1'];
  if (bind && bind !== '0.0.0.0' && bind !== '::' && !hosts.includes(bind)) hosts.push(bind.toLowerCase());
  return hosts;
}

/** The limits from the environment; a bad value throws one line naming the variable. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): ApiLimits {
  const r = EnvLimits.safeParse(env);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join('; '));
  const e = r.data;
  const hosts = e.BAOXUN_ALLOWED_HOSTS?.trim();
  const proxy = e.BAOXUN_TRUST_PROXY?.trim();
  return {
    consoleConcurrency: e.BAOXUN_CYPHER_CONCURRENCY,
    consolePerClient: e.BAOXUN_CYPHER_CONCURRENCY_PER_CLIENT,
    consoleWorkerMb: e.BAOXUN_CYPHER_WORKER_MB,
    consoleMaxResultBytes: e.BAOXUN_CYPHER_MAX_RESULT_BYTES,
    consoleMaxParamsBytes: e.BAOXUN_CYPHER_MAX_PARAMS_BYTES,
    allowedHosts: hosts === '*' ? '*' : [...defaultHosts(e.HOST), ...(hosts ? hosts.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean) : [])],
    trustProxy: !proxy ? false : /^\d+$/.test(proxy) ? Number(proxy) : proxy,
    maxJsonDepth: 64,
  };
}
