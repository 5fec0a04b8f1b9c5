import { databaseNames } from '../../../tools/neo4j/read-only-recovery.js';
import type { Database } from './driver.js';

/** The databases Neo4j treats as read-only right now (`server.databases.read_only`, runtime changes included). */
export async function readOnlyDatabases(db: Database): Promise<string[]> {
  const [row] = await db.read('read-only-databases');
  return databaseNames(typeof row?.value === 'string' ? row.value : '');
}
