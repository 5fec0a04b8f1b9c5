import type { Database } from '../db/driver.js';
import type { PropertyValue } from '../seed/validate.js';
import type { ImportPlan } from './plan.js';

/**
 * What one written element costs Neo4j's transaction state: the peak of `SHOW TRANSACTIONS …
 * estimatedUsedHeapMemory` sampled every 100 ms during imports over HTTP on Neo4j 5.26 with the
 * default settings (docs/reliability.md): 10,000 and 20,000 topics with three short properties took
 * 50.0 and 100.3 MiB (≈ 5,260 bytes each); 2,000 topics with a 3,840-character description more took
 * 38.0 MiB (≈ 19,900 bytes: ≈ 3.8 bytes per character); 5,000 topics each with one relationship
 * 42.0 MiB (the relationship ≈ 3,550 bytes, counted here like a node). An earlier figure of 3,000
 * bytes per element let an import of 31,000 short topics pass the check and fail on Neo4j's limit.
 */
export const BYTES_PER_ELEMENT = 5000;
export const BYTES_PER_PROPERTY = 50;
export const BYTES_PER_CHARACTER = 4;
/** Share of the limit an import may plan to use: the estimate is an average, not a bound. */
export const TRANSACTION_MEMORY_HEADROOM = 0.8;

const UNITS: Record<string, number> = { B: 1, KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** Bytes of a Neo4j memory setting value ("128.00MiB", "1g", "0B"); null for "no limit" or an unreadable value. */
export function settingBytes(value: unknown): number | null {
  const match = /^\s*([\d.]+)\s*([a-z]*)\s*$/i.exec(String(value ?? ''));
  if (!match) return null;
  const bytes = Number(match[1]) * (UNITS[(match[2] || 'B').toUpperCase()] ?? NaN);
  return Number.isFinite(bytes) && bytes > 0 ? bytes : null;
}

/**
 * The most transaction memory one import may use: the smaller of the per-transaction and the
 * global limit that Neo4j reports, or null when neither is set (or the server does not say).
 */
export async function transactionMemoryLimit(db: Database): Promise<number | null> {
  try {
    const limits = (await db.read('settings-transaction-memory')).map((row) => settingBytes(row.value)).filter((bytes) => bytes !== null);
    return limits.length > 0 ? Math.min(...limits) : null;
  } catch {
    // A user without the privilege to read settings: Neo4j's own limit still applies (507).
    return null;
  }
}

function valueCost(value: PropertyValue | unknown): number {
  if (typeof value === 'string') return value.length * BYTES_PER_CHARACTER;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + BYTES_PER_PROPERTY / 4 + valueCost(item), 0);
  return 8;
}

/** The transaction memory the writes of `plan` should need (bytes). */
export function estimateTransactionMemory(plan: ImportPlan): number {
  let bytes = 0;
  for (const rows of [plan.createNodes, plan.updateNodes, plan.createRelationships, plan.updateRelationships]) {
    for (const row of rows) {
      bytes += BYTES_PER_ELEMENT;
      for (const value of Object.values(row.properties)) bytes += BYTES_PER_PROPERTY + valueCost(value);
    }
  }
  return bytes;
}

/** True when the estimate leaves the headroom under `limit`. */
export function fitsTransactionMemory(estimate: number, limit: number | null): boolean {
  return limit === null || estimate <= limit * TRANSACTION_MEMORY_HEADROOM;
}
