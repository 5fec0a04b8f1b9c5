import type { Database } from '../db/driver.js';
import type { GraphNode, GraphRelationship, SeedGraph } from './validate.js';

/** One seed value a curator changed: the seed says `seed`, the graph holds `curated`. */
export interface SeedConflict {
  kind: 'node' | 'relationship';
  id: string;
  /** A property key, or `(deleted)` / `(merged into …)` for the whole element. */
  field: string;
  seed: unknown;
  curated: unknown;
}

export interface CuratedElements {
  /** Seed elements a curator touched: the seed load leaves them as curated (unless --prefer-seed). */
  nodes: Set<string>;
  relationships: Set<string>;
  conflicts: SeedConflict[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function propertyConflicts(kind: SeedConflict['kind'], id: string, seed: Record<string, unknown>, current: Record<string, unknown>): SeedConflict[] {
  const keys = [...new Set([...Object.keys(seed), ...Object.keys(current)])].filter((key) => key !== 'version').sort();
  return keys.filter((key) => !same(seed[key], current[key])).map((key) => ({ kind, id, field: key, seed: seed[key] ?? null, curated: current[key] ?? null }));
}

/**
 * The seed elements that curation changed, and how (seed value vs curated value). Elements whose
 * change records exist are curated: deleted and merged ones too, which a plain MERGE would bring back.
 */
export async function curatedElements(db: Database, graph: SeedGraph): Promise<CuratedElements> {
  const touched = new Set((await db.read('seed-curated-elements')).map((row) => String(row.id)));
  const nodes: GraphNode[] = graph.nodes.filter((node) => touched.has(node.id));
  const relationships: GraphRelationship[] = graph.relationships.filter((rel) => touched.has(rel.id));
  const conflicts: SeedConflict[] = [];
  const nodeRows = new Map((await db.read('seed-current-nodes', { ids: nodes.map((node) => node.id) })).map((row) => [String(row.id), row]));
  for (const node of nodes) {
    const row = nodeRows.get(node.id);
    const current = row?.properties as Record<string, unknown> | null;
    if (current) conflicts.push(...propertyConflicts('node', node.id, node.properties, current));
    else if (row?.mergedInto) conflicts.push({ kind: 'node', id: node.id, field: `(merged into ${String(row.mergedInto)})`, seed: node.properties, curated: null });
    else conflicts.push({ kind: 'node', id: node.id, field: '(deleted)', seed: node.properties, curated: null });
  }
  const relRows = new Map(
    (await db.read('seed-current-relationships', { rows: relationships.map(({ id, from, to }) => ({ id, from, to })) })).map((row) => [String(row.id), row]),
  );
  for (const rel of relationships) {
    const current = relRows.get(rel.id)?.properties as Record<string, unknown> | null | undefined;
    if (current) conflicts.push(...propertyConflicts('relationship', rel.id, rel.properties, current));
    else conflicts.push({ kind: 'relationship', id: rel.id, field: '(deleted)', seed: rel.properties, curated: null });
  }
  return { nodes: new Set(nodes.map((node) => node.id)), relationships: new Set(relationships.map((rel) => rel.id)), conflicts };
}

/** The report `npm run seed` prints: one line per conflict. */
export function formatConflicts(conflicts: SeedConflict[], preferSeed: boolean): string {
  if (conflicts.length === 0) return 'No conflict between the seed and curated changes.';
  const lines = conflicts.map(
    (c) => `  ${c.kind} ${c.id} ${c.field}: seed ${JSON.stringify(c.seed)} vs curated ${JSON.stringify(c.curated)}`,
  );
  const verdict = preferSeed ? 'the seed values were loaded (--prefer-seed)' : 'the curated values were kept (use --prefer-seed to load the seed values)';
  return [`${conflicts.length} conflict(s) between the seed and curated changes; ${verdict}:`, ...lines].join('\n');
}
