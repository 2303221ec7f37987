/**
 * The executor is the only code that talks to Neo4j: it owns the driver,
 * runs named queries from cypher/ in managed transactions (retried by the
 * driver on transient errors), closes sessions in `finally`, and turns Neo4j
 * errors into typed errors.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { cypher } from './cypher-files.js';
import './tcp-no-delay.js';

export interface ConnectionInfo { uri: string; user: string; password: string; database?: string }

/** A Neo4j failure with its code (`Neo.ClientError…`) or `ServiceUnavailable`. */
export class GraphError extends Error {
  constructor(message: string, readonly code: string, readonly transient: boolean) {
    super(message);
    this.name = 'GraphError';
  }
}

export function toGraphError(err: unknown): GraphError {
  if (err instanceof GraphError) return err;
  const e = err as { code?: string; message?: string; retriable?: boolean };
  const code = typeof e?.code === 'string' ? e.code : 'Unknown';
  const unavailable = code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect/i.test(e?.message ?? '');
  return new GraphError(e?.message ?? String(err), unavailable ? 'ServiceUnavailable' : code, unavailable || e?.retriable === true);
}

export type Params = Record<string, unknown>;

/**
 * Parameters that came from JSON (the console) with whole numbers as Neo4j integers:
 * the driver sends every JavaScript number as a float, and `LIMIT $n` refuses a float.
 */
export function withIntegers(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(withIntegers);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIntegers(v)]));
  }
  return value;
}

export class Executor {
  readonly driver: Driver;
  readonly database: string | undefined;
  /** How this executor reached Neo4j (the console's worker threads open their own driver with it). */
  readonly connection: ConnectionInfo;

  constructor(conn: ConnectionInfo, config: { maxConnectionPoolSize?: number } = {}) {
    this.connection = conn;
    this.driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: config.maxConnectionPoolSize ?? 50,
      connectionAcquisitionTimeout: 20_000,
      maxTransactionRetryTime: 15_000,
    });
    this.database = conn.database;
  }

  /** Runs cypher/<name>.cypher in a read transaction. */
  async read<T extends RecordShape = RecordShape>(name: string, params: Params = {}, timeoutMs?: number): Promise<QueryResult<T>> {
    return this.readWith((tx) => tx.run<T>(cypher(name), params), timeoutMs);
  }

  /** Runs cypher/<name>.cypher in a write transaction. */
  async write<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<QueryResult<T>> {
    return this.writeWith((tx) => tx.run<T>(cypher(name), params));
  }

  /** A read transaction of several steps. */
  async readWith<R>(work: (tx: ManagedTransaction) => Promise<R>, timeoutMs?: number): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, timeoutMs ? { timeout: timeoutMs } : undefined);
    } catch (err) {
      throw toGraphError(err);
    } finally {
      await session.close();
    }
  }

  /** A write transaction of several steps: all or nothing. */
  async writeWith<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } catch (err) {
      throw toGraphError(err);
    } finally {
      await session.close();
    }
  }

  /** Server version and edition, for /api/health. */
  async serverInfo(): Promise<{ version: string; edition: string }> {
    const res = await this.read('server-info');
    const rec = res.records[0];
    return { version: String(rec?.get('version') ?? ''), edition: String(rec?.get('edition') ?? '') };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
