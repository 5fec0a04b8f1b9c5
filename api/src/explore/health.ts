import type { HealthResponse } from '../contract/health.js';
import type { Database } from '../db/driver.js';
import { Unavailable } from '../errors.js';

/** Counts nodes and relationships of the whole database. */
export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read('graph-counts');
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}

/**
 * The server's version and counts. Any failure means "not healthy": it becomes Unavailable (503
 * with Retry-After), whatever the driver said, so probes never see a 500.
 */
export async function serverHealth(db: Database): Promise<HealthResponse> {
  try {
    const [server] = await db.read('server-version', {}, { timeoutMs: 5000 });
    const counts = await graphCounts(db);
    return { status: 'ok', neo4j: { version: String(server?.version), edition: String(server?.edition), ...counts } };
  } catch {
    throw new Unavailable();
  }
}
