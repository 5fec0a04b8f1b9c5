import neo4j, { type Driver, type QueryResult, type RecordShape } from 'neo4j-driver';
import { toPlain } from './records.js';
import { NamedQueries } from './queries.js';

export interface DatabaseConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

/** The neo4j error code, or the Node socket code, of a thrown value. */
export function neo4jErrorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

export type Row = Record<string, unknown>;

/** JS numbers travel as floats; Cypher wants integers for LIMIT, SKIP and ranges. */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toParams(item)]));
  }
  return value;
}

/**
 * The one driver instance and the only way to run Cypher: named queries from cypher/queries,
 * parameters only. Reads use READ access (routed to any cluster member), writes WRITE access.
 */
export class Database {
  readonly driver: Driver;
  readonly queries = new NamedQueries();

  constructor(readonly config: DatabaseConfig) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      // Fail fast when the server is gone, so /api/health answers 503 quickly.
      connectionAcquisitionTimeout: 5000,
      connectionTimeout: 5000,
      maxTransactionRetryTime: 3000,
      logging: { level: 'error', logger: () => {} },
    });
  }

  /** Runs a named read query and returns plain JSON rows. */
  async read(name: string, params: Record<string, unknown> = {}, options: { timeoutMs?: number } = {}): Promise<Row[]> {
    return this.run(name, params, neo4j.routing.READ, options.timeoutMs);
  }

  /** Runs a named write query and returns plain JSON rows. */
  async write(name: string, params: Record<string, unknown> = {}, options: { timeoutMs?: number } = {}): Promise<Row[]> {
    return this.run(name, params, neo4j.routing.WRITE, options.timeoutMs);
  }

  private async run(name: string, params: Record<string, unknown>, routing: 'READ' | 'WRITE', timeoutMs?: number): Promise<Row[]> {
    const result: QueryResult<RecordShape> = await this.driver.executeQuery(this.queries.get(name), toParams(params) as Record<string, unknown>, {
      database: this.config.database,
      routing,
      transactionConfig: { timeout: timeoutMs ?? this.config.queryTimeoutMs, metadata: { query: name } },
    });
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
