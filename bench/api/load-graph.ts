import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toParams, type Database } from '../../api/src/db/driver.js';
import type { SyntheticGraph } from './synthetic-graph.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const loadNodes = readFileSync(path.join(here, 'load-nodes.cypher'), 'utf8');
const loadRelationships = readFileSync(path.join(here, 'load-relationships.cypher'), 'utf8');

/** Rows per transaction: large enough to amortise commits, small enough for a 2 GB heap. */
export const BATCH = 20_000;

async function write(db: Database, statement: string, params: Record<string, unknown>): Promise<void> {
  await db.driver.executeQuery(statement, toParams(params) as Record<string, unknown>, { database: db.config.database, routing: 'WRITE' });
}

/** Loads the synthetic graph with batched UNWIND … CREATE, one transaction per batch and type. */
export async function loadSyntheticGraph(
  db: Database,
  graph: SyntheticGraph,
  log: (line: string) => void,
): Promise<{ nodes: number; relationships: number }> {
  let nodes = 0;
  for (const batch of graph.nodes(BATCH)) {
    await write(db, loadNodes, { label: batch[0]!.label, rows: batch.map((row) => row.properties) });
    nodes += batch.length;
  }
  log(`  ${nodes} nodes`);
  let relationships = 0;
  let nextReport = 200_000;
  for (const batch of graph.relationships(BATCH)) {
    const byType = new Map<string, { from: string; to: string; properties: Record<string, unknown> }[]>();
    for (const { type, from, to, properties } of batch) byType.set(type, [...(byType.get(type) ?? []), { from, to, properties }]);
    for (const [type, rows] of byType) await write(db, loadRelationships, { type, rows });
    relationships += batch.length;
    if (relationships >= nextReport) {
      log(`  ${relationships} relationships…`);
      nextReport += 200_000;
    }
  }
  log(`  ${relationships} relationships`);
  return { nodes, relationships };
}
