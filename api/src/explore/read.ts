import { neo4jErrorCode, type Database, type Row } from '../db/driver.js';
import { BadRequest } from '../errors.js';

/** Neo4j codes meaning "this request asked for too much", not "the server is down". */
function isTooBroad(code: string | undefined): boolean {
  return !!code && (/TransactionTimedOut/.test(code) || /MemoryPoolOutOfMemory|MemoryLimit/.test(code));
}

/**
 * Runs a named read query. A query that exceeds the transaction timeout or the memory limit was
 * too broad for this graph: the client gets a 400 naming the input to narrow, never a 500.
 */
export async function readBounded(db: Database, name: string, params: Record<string, unknown>, field?: string): Promise<Row[]> {
  try {
    return await db.read(name, params);
  } catch (error) {
    if (isTooBroad(neo4jErrorCode(error))) {
      throw new BadRequest(
        `The request is too broad for the time or memory allowed (${db.config.queryTimeoutMs} ms): narrow it (fewer hops, more filters or a smaller limit).`,
        field,
      );
    }
    throw error;
  }
}
