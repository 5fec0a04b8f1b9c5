import type { Database } from '../db/driver.js';
import type { SeedGraph } from './validate.js';
import { loadViews, readViews } from './views.js';

const BATCH = 500;

export interface LoadSummary {
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Writes a validated seed graph in ONE transaction of batched UNWIND … MERGE statements, so a
 * failure leaves the database as it was. With `reset`, everything is deleted first in the same
 * transaction.
 */
export async function loadSeedGraph(
  db: Database,
  graph: SeedGraph,
  options: { reset?: boolean; log?: (line: string) => void } = {},
): Promise<LoadSummary> {
  const log = options.log ?? (() => {});
  await db.writeTransaction(
    async (tx) => {
      if (options.reset) {
        await tx.run('seed-reset');
        log('reset: deleted every node and relationship');
      }
      for (let i = 0; i < graph.nodes.length; i += BATCH) {
        await tx.run('seed-merge-nodes', { rows: graph.nodes.slice(i, i + BATCH) });
        log(`nodes ${Math.min(i + BATCH, graph.nodes.length)}/${graph.nodes.length}`);
      }
      for (let i = 0; i < graph.relationships.length; i += BATCH) {
        await tx.run('seed-merge-relationships', { rows: graph.relationships.slice(i, i + BATCH) });
        log(`relationships ${Math.min(i + BATCH, graph.relationships.length)}/${graph.relationships.length}`);
      }
      await loadViews(db, readViews(), tx);
    },
    { timeoutMs: 300_000, metadata: { operation: 'seed' } },
  );
  return {
    nodesByLabel: countBy(graph.nodes, (node) => node.label),
    relationshipsByType: countBy(graph.relationships, (rel) => rel.type),
  };
}

/** One line per label and per type, for the console. */
export function formatSummary(summary: LoadSummary): string {
  const nodeTotal = Object.values(summary.nodesByLabel).reduce((a, b) => a + b, 0);
  const relTotal = Object.values(summary.relationshipsByType).reduce((a, b) => a + b, 0);
  const lines = [`${nodeTotal} nodes:`];
  for (const [label, count] of Object.entries(summary.nodesByLabel)) lines.push(`  ${label.padEnd(18)} ${count}`);
  lines.push(`${relTotal} relationships:`);
  for (const [type, count] of Object.entries(summary.relationshipsByType)) lines.push(`  ${type.padEnd(18)} ${count}`);
  return lines.join('\n');
}
