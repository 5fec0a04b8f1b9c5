import { createHash } from 'node:crypto';
import type { Database } from '../../api/src/db/driver.js';

export interface GraphFingerprint {
  /** Nodes per label and relationships per type, e.g. { 'label:Actor': 120, 'type:MEMBER_OF': 40 }. */
  counts: Record<string, number>;
  /** sha256 over every node's and relationship's canonical text, independent of their order. */
  checksum: string;
}

/** Keys sorted at every depth, so equal content gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Reads the whole graph through cypher/queries/graph-fingerprint.cypher and summarises it. */
export async function graphFingerprint(db: Database): Promise<GraphFingerprint> {
  const rows = await db.read('graph-fingerprint', {}, { timeoutMs: 120_000 });
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const row of rows) {
    const names = row.names as string[];
    for (const name of names) {
      const key = `${row.kind === 'node' ? 'label' : 'type'}:${name}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    lines.push(canonical(row));
  }
  lines.sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { counts: Object.fromEntries(Object.entries(counts).sort()), checksum: hash.digest('hex') };
}
