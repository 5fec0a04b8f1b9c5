import path from 'node:path';
import { repoRoot } from '../../../tools/neo4j/install.js';
import { runningLocalNeo4j } from '../../../tools/neo4j/local-server.js';
import { SupervisedNeo4j } from '../../../tools/neo4j/supervisor.js';
import type { Env } from '../env.js';
import { Database } from './driver.js';
import { schemaStatements } from './queries.js';

export interface Connection {
  db: Database;
  /** Present when we started the local Neo4j ourselves; it restarts the JVM when it dies. */
  local?: SupervisedNeo4j;
  /** Closes the driver, then stops the local Neo4j if we own it. */
  close(): Promise<void>;
}

/** Where the local Neo4j keeps its store when NEO4J_STATE_DIR is unset. */
const stateDirOf = (env: Env) => env.NEO4J_STATE_DIR ?? path.join(repoRoot, '.neo4j', 'local');

/** The driver for `target`, once it answers; a failure closes it (and `local`) before it is thrown. */
async function openDatabase(env: Env, target: { uri: string; user: string; password?: string }, local?: SupervisedNeo4j): Promise<Connection> {
  const db = new Database({
    uri: target.uri,
    user: target.user,
    password: target.password ?? '',
    database: env.NEO4J_DATABASE,
    queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
    kShortestBudgetMs: env.PATHS_K_SHORTEST_BUDGET_MS,
  });
  try {
    await db.verifyConnectivity();
  } catch (error) {
    await db.close();
    await local?.stop();
    throw error;
  }
  return {
    db,
    local,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}

/** Connects to NEO4J_URI, or starts the local Neo4j when it is unset. */
export async function connect(env: Env, log: (line: string) => void): Promise<Connection> {
  if (env.NEO4J_URI) return openDatabase(env, { uri: env.NEO4J_URI, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
  const local = await SupervisedNeo4j.start({
    stateDir: stateDirOf(env),
    boltPort: env.NEO4J_BOLT_PORT,
    password: env.NEO4J_PASSWORD,
    heap: env.NEO4J_HEAP,
    pageCache: env.NEO4J_PAGECACHE,
    transactionMemory: env.NEO4J_TX_MEMORY,
    transactionMemoryTotal: env.NEO4J_TX_MEMORY_TOTAL,
    txLogRotationSize: env.NEO4J_TX_LOG_ROTATION_SIZE,
    readyTimeoutMs: env.NEO4J_START_TIMEOUT_S * 1000,
    maxRestarts: env.NEO4J_MAX_RESTARTS,
    log,
  });
  return openDatabase(env, local, local);
}

/**
 * How maintenance commands (backup, restore) connect: like `connect`, except that without
 * NEO4J_URI a local Neo4j the app already runs on NEO4J_STATE_DIR is used as it is. A backup is
 * meant to run while the app runs, and the app's server holds the store lock.
 */
export async function connectForMaintenance(env: Env, log: (line: string) => void): Promise<Connection> {
  const stateDir = stateDirOf(env);
  const running = env.NEO4J_URI ? undefined : runningLocalNeo4j(stateDir, env.NEO4J_PASSWORD);
  if (!running) return connect(env, log);
  log(`Using the local Neo4j already running on ${running.uri} (${stateDir}).`);
  return openDatabase(env, { ...running, user: env.NEO4J_USER });
}

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so this is idempotent. */
export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  await db.applySchema(statements);
  return statements.length;
}
