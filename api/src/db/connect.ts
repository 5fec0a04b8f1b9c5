import path from 'node:path';
import { repoRoot } from '../../../tools/neo4j/install.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../../tools/neo4j/local-server.js';
import type { Env } from '../env.js';
import { Database } from './driver.js';
import { schemaStatements } from './queries.js';

export interface Connection {
  db: Database;
  /** Present when we started the local Neo4j ourselves. */
  local?: LocalNeo4j;
  /** Closes the driver, then stops the local Neo4j if we own it. */
  close(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts the local Neo4j when it is unset. */
export async function connect(env: Env, log: (line: string) => void): Promise<Connection> {
  let local: LocalNeo4j | undefined;
  let uri = env.NEO4J_URI;
  let user = env.NEO4J_USER;
  let password = env.NEO4J_PASSWORD;
  if (!uri) {
    local = await startLocalNeo4j({
      stateDir: env.NEO4J_STATE_DIR ?? path.join(repoRoot, '.neo4j', 'local'),
      boltPort: env.NEO4J_BOLT_PORT,
      password: env.NEO4J_PASSWORD,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
      transactionMemory: env.NEO4J_TX_MEMORY,
      transactionMemoryTotal: env.NEO4J_TX_MEMORY_TOTAL,
      readyTimeoutMs: env.NEO4J_START_TIMEOUT_S * 1000,
      log,
    });
    ({ uri, user, password } = local);
  }
  const db = new Database({
    uri,
    user,
    password: password ?? '',
    database: env.NEO4J_DATABASE,
    queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
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

/** Applies cypher/schema.cypher; every statement is IF NOT EXISTS, so this is idempotent. */
export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  await db.applySchema(statements);
  return statements.length;
}
