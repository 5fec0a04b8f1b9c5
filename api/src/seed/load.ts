import type { Database, Transaction } from '../db/driver.js';
import { SeedValidationError, type SeedGraph, type SeedIssue } from './validate.js';
import { captionOf } from '../model/caption.js';
import { loadSeedStories, readSeedStories, SEED_STORIES_WRITTEN, storyOfSeed } from './stories.js';
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
  options: {
    reset?: boolean;
    log?: (line: string) => void;
    /** Seed elements to leave as they are in the graph (curated ones, see conflicts.ts). */
    keep?: { nodes: Set<string>; relationships: Set<string> };
    /** Runs last in the same transaction (the change record of a --prefer-seed load). */
    alsoInTransaction?: (tx: Transaction) => Promise<void>;
    /**
     * Whether seed/stories.json comes along (default). Its stories show the repository seed's
     * elements, so a graph that is not that seed (a test fixture) loads without them.
     */
    stories?: boolean;
  } = {},
): Promise<LoadSummary> {
  const log = options.log ?? (() => {});
  const keep = options.keep;
  const nodes = keep ? graph.nodes.filter((node) => !keep.nodes.has(node.id)) : graph.nodes;
  const relationships = keep ? graph.relationships.filter((rel) => !keep.relationships.has(rel.id)) : graph.relationships;
  await db.writeTransaction(
    async (tx) => {
      if (options.reset) {
        await tx.run('seed-reset');
        log('reset: deleted every node and relationship');
      }
      for (let i = 0; i < nodes.length; i += BATCH) {
        await tx.run('seed-merge-nodes', { rows: nodes.slice(i, i + BATCH) });
        log(`nodes ${Math.min(i + BATCH, nodes.length)}/${nodes.length}`);
      }
      for (let i = 0; i < relationships.length; i += BATCH) {
        await tx.run('seed-merge-relationships', { rows: relationships.slice(i, i + BATCH) });
        log(`relationships ${Math.min(i + BATCH, relationships.length)}/${relationships.length}`);
      }
      await loadViews(db, readViews(), tx);
      if (options.stories !== false) await loadSeedStories(db, seedStoriesOf(graph), tx);
      await options.alsoInTransaction?.(tx);
    },
    { timeoutMs: 300_000, metadata: { operation: 'seed' } },
  );
  return {
    nodesByLabel: countBy(graph.nodes, (node) => node.label),
    relationshipsByType: countBy(graph.relationships, (rel) => rel.type),
  };
}

/**
 * The stories of seed/stories.json, their nodes named as the seed graph names them. Every node and
 * relationship a step shows must be in the seed graph (cooperation links are projected, not
 * stored: their ends must be): a story that names anything else stops the load.
 */
export function seedStoriesOf(graph: SeedGraph, now = SEED_STORIES_WRITTEN) {
  const names = new Map(graph.nodes.map((node) => [node.id, captionOf(node.id, node.properties, 'en')]));
  const relationships = new Set(graph.relationships.map((rel) => rel.id));
  const seeds = readSeedStories();
  const issues: SeedIssue[] = [];
  for (const seed of seeds)
    seed.steps.forEach((step, index) => {
      for (const id of step.nodes) if (!names.has(id)) issues.push({ file: 'stories.json', entry: seed.id, field: `steps.${index}.nodes`, message: `unknown node id "${id}"` });
      for (const id of step.edges)
        if (!relationships.has(id) && !id.includes('|COOPERATED_WITH|'))
          issues.push({ file: 'stories.json', entry: seed.id, field: `steps.${index}.edges`, message: `unknown relationship id "${id}"` });
    });
  if (issues.length > 0) throw new SeedValidationError(issues);
  return seeds.map((seed) => storyOfSeed(seed, names, now));
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
