import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type Record as DriverRecord,
  type RecordShape,
  type Transaction as DriverTransaction,
} from 'neo4j-driver';
import { toPlain } from './records.js';
import { NamedQueries } from './queries.js';

export interface DatabaseConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  /** Time for ranking the k shortest paths before answering ties only (PATHS_K_SHORTEST_BUDGET_MS; default in explore/paths.ts). */
  kShortestBudgetMs?: number;
}

/** The neo4j error code, or the Node socket code, of a thrown value. */
export function neo4jErrorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/**
 * Neo4j's answer to every new transaction once its database has panicked (seen after a transaction
 * log append failed on a full disk): it "needs to be restarted", and nothing but a restart helps.
 */
export const PANICKED_CODE = 'Neo.DatabaseError.Transaction.TransactionStartFailed';

/** True when a driver error says the database has panicked and must be restarted. */
export function isPanicked(error: unknown): boolean {
  return neo4jErrorCode(error) === PANICKED_CODE;
}

export type Row = Record<string, unknown>;
/** neo4j-driver's fetch size meaning "all records at once". */
const FETCH_ALL = -1;
export type Params = Record<string, unknown>;

/**
 * JS numbers travel as floats; integers must reach Neo4j as Integer, both for Cypher (LIMIT, SKIP,
 * ranges) and for stored properties (`round`, `participants`, view positions), so every whole
 * number becomes a Neo4j Integer. Fractional numbers stay floats.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toParams(item)]));
  }
  return value;
}

export interface QueryOptions {
  /** Transaction timeout; defaults to NEO4J_QUERY_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Shown by `SHOW TRANSACTIONS` and in the query log. */
  metadata?: Record<string, unknown>;
}

/** Named queries inside one transaction: parameters converted, rows as plain JSON. */
export interface Transaction {
  run(name: string, params?: Params): Promise<Row[]>;
}

/** A record as the driver built it, read by column position or name. */
export interface StreamedRecord {
  get(column: number | string): unknown;
}

/** A read transaction that can also stream a query's records as the driver fetches them. */
export interface StreamingTransaction extends Transaction {
  /**
   * Starts a named query at once and yields its records one by one: the driver pauses fetching
   * while the consumer is busy, so memory stays bounded. Values are left as the driver built them
   * (convert with toPlain where needed): exports convert only the few maps that need it.
   */
  records(name: string, params?: Params): AsyncIterable<StreamedRecord>;
}

/**
 * The one driver instance and the only way to run Cypher: named queries from cypher/queries,
 * parameters only. Reads use READ access (routed to any cluster member), writes WRITE access;
 * every transaction has a timeout, every parameter goes through toParams and every row through
 * toPlain.
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
  async read(name: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return (await this.readRecords(name, params, options)).map((record) => toPlain(record.toObject()) as Row);
  }

  /**
   * Runs a named read query in an auto-commit transaction and returns the records as the driver
   * built them. One Bolt round trip (RUN and PULL of every record pipelined), where a managed
   * transaction (executeQuery) takes two (BEGIN+RUN+PULL, then COMMIT) and the default fetch
   * size one more per 1000 records: each round trip is a wake-up of Neo4j and of this process,
   * which on a busy machine cost more than the query. A read has nothing to commit and nothing to
   * retry. The bookmarks of executeQuery are shared, so a read still sees this process's writes.
   */
  async readRecords(name: string, params: Params = {}, options: QueryOptions = {}): Promise<DriverRecord[]> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      // Every record in the first PULL: the queries bound their own result sizes (LIMIT, caps).
      fetchSize: FETCH_ALL,
    });
    try {
      const result = await session.run(this.queries.get(name), toParams(params) as Params, {
        ...this.transactionConfig(options),
        metadata: options.metadata ?? { query: name },
      });
      return result.records;
    } finally {
      await session.close();
    }
  }

  /** Runs a named write query and returns plain JSON rows. */
  async write(name: string, params: Params = {}, options: QueryOptions = {}): Promise<Row[]> {
    return this.run(name, params, neo4j.routing.WRITE, options);
  }

  /** Runs several named reads in one transaction (one consistent snapshot). */
  async readTransaction<T>(work: (tx: Transaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.managed('READ', work, options);
  }

  /**
   * Runs several named writes in ONE transaction: all of them or none. `work` may be retried on a
   * transient error, so it must not have other side effects it cannot repeat.
   */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>, options: QueryOptions = {}): Promise<T> {
    return this.managed('WRITE', work, options);
  }

  /**
   * Opens one read transaction whose queries can stream (`tx.records`), for results too large to
   * hold (exports). The transaction commits when `work` settles, and rolls back if it throws.
   */
  async stream<T>(work: (tx: StreamingTransaction) => Promise<T>, options: QueryOptions & { fetchSize?: number } = {}): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: neo4j.session.READ, fetchSize: options.fetchSize });
    try {
      const tx = session.beginTransaction(this.transactionConfig(options));
      try {
        const value = await work(this.streaming(tx));
        await tx.commit();
        return value;
      } catch (error) {
        await tx.rollback().catch(() => {});
        throw error;
      }
    } finally {
      await session.close();
    }
  }

  /** Runs statements of cypher/schema.cypher (constraints, indexes: no parameters), then waits for the indexes. */
  async applySchema(statements: string[], awaitIndexesSeconds = 120): Promise<void> {
    for (const statement of statements) await this.driver.executeQuery(statement, {}, { database: this.config.database });
    await this.write('schema-await-indexes', { seconds: awaitIndexesSeconds }, { timeoutMs: (awaitIndexesSeconds + 10) * 1000 });
  }

  /** Throws when the server cannot be reached or the credentials are refused. */
  async verifyConnectivity(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.config.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private transactionConfig(options: QueryOptions) {
    return { timeout: options.timeoutMs ?? this.config.queryTimeoutMs, metadata: options.metadata };
  }

  private async run(name: string, params: Params, routing: 'READ' | 'WRITE', options: QueryOptions): Promise<Row[]> {
    const result: QueryResult<RecordShape> = await this.driver.executeQuery(this.queries.get(name), toParams(params) as Params, {
      database: this.config.database,
      routing,
      transactionConfig: { ...this.transactionConfig(options), metadata: options.metadata ?? { query: name } },
    });
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  private async managed<T>(access: 'READ' | 'WRITE', work: (tx: Transaction) => Promise<T>, options: QueryOptions): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: access });
    try {
      const inTransaction = (tx: ManagedTransaction) => work(this.transaction(tx));
      const config = this.transactionConfig(options);
      return access === 'READ' ? await session.executeRead(inTransaction, config) : await session.executeWrite(inTransaction, config);
    } finally {
      await session.close();
    }
  }

  private transaction(tx: ManagedTransaction | DriverTransaction): Transaction {
    return {
      run: async (name, params = {}) => {
        const result = await tx.run(this.queries.get(name), toParams(params) as Params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      },
    };
  }

  private streaming(tx: DriverTransaction): StreamingTransaction {
    return {
      ...this.transaction(tx),
      records: (name, params = {}) => tx.run(this.queries.get(name), toParams(params) as Params),
    };
  }
}
