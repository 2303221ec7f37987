// server/config.ts: the one place the environment is read; defaults, parsing, and one line per
// bad variable naming it.
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.js';

describe('readConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = readConfig({});
    expect(c.neo4j).toEqual({ uri: null, user: 'neo4j', password: '', database: undefined });
    expect(c.local).toMatchObject({ port: 7687, heap: '1536m', startTimeoutMs: 180_000 });
    expect(c.http.port).toBe(3000);
    expect(c.api).toMatchObject({ cypherTimeoutMs: 10_000, cypherMaxRows: 1_000, queryTimeoutMs: 15_000, rateLimitPerMinute: 60, logLevel: 'info' });
    expect(c.ingest).toEqual({ workerYoungMb: 8, writeTiming: false });
  });

  it('reads what is set, and treats empty values as unset', () => {
    const c = readConfig({
      NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: '', BAOXUN_RATE_LIMIT: '120',
      BAOXUN_NEO4J_PORT: '7700', PORT: '0', BAOXUN_WORKER_YOUNG_MB: '0', BAOXUN_API_KEY: '', VITEST: 'true',
    });
    expect(c.neo4j).toEqual({ uri: 'bolt://db:7687', user: 'u', password: 'p', database: undefined });
    expect(c.api.rateLimitPerMinute).toBe(120);
    expect(c.api.apiKey).toBeUndefined();
    expect(c.api.logLevel).toBe('silent');
    expect(c.local.port).toBe(7700);
    expect(c.http.port).toBe(0);
    expect(c.ingest.workerYoungMb).toBe(0);
  });

  it('refuses bad values with one line per variable, naming it', () => {
    let err: unknown;
    try {
      readConfig({ BAOXUN_RATE_LIMIT: 'lots', BAOXUN_NEO4J_PORT: '70000', BAOXUN_LOG_LEVEL: 'loud', BAOXUN_NEO4J_HEAP: 'big' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const lines = (err as Error).message.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('BAOXUN_RATE_LIMIT:'))).toContain('"lots"');
    expect(lines.some((l) => l.startsWith('BAOXUN_NEO4J_PORT:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('BAOXUN_LOG_LEVEL:'))).toBe(true);
    expect(lines.some((l) => l.startsWith('BAOXUN_NEO4J_HEAP:'))).toBe(true);
  });
});
