/** One-line errors for the CLI: a user's mistake never prints a stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

export function reportFatal(err: unknown): never {
  if (err instanceof UserError) {
    console.error(`baoxun: ${err.message}`);
    process.exit(err.exitCode);
  }
  // A bad environment variable (server/config.ts): one line per variable, no stack trace.
  if (err instanceof Error && err.name === 'ConfigError') {
    console.error(`baoxun: bad environment: ${err.message.split('\n').join('; ')}`);
    process.exit(1);
  }
  const e = err as { code?: string; message?: string };
  // Neo4j going away mid-command is an outage, not a bug: one line, no stack trace.
  if (e && (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired')) {
    const first = (e.message ?? '').split('\n')[0];
    console.error(`baoxun: Neo4j is unavailable (${first}); check that it runs ('baoxun neo4j status') or NEO4J_URI, then run the command again`);
    process.exit(1);
  }
  if (e && typeof e.code === 'string' && e.code.startsWith('Neo.')) {
    console.error(`baoxun: Neo4j error ${e.code}: ${e.message}`);
    process.exit(1);
  }
  console.error('baoxun: internal error:', err);
  process.exit(70);
}
