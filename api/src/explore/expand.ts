import { filterParams } from '../contract/filters.js';
import type { ExpandQuery, ExpandResponse } from '../contract/expand.js';
import type { Database } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { followRedirects } from './redirects.js';
import { readBounded } from './read.js';
import { countsByLabel, edgesAmong, publicNode, type PlacedNode } from './subgraph.js';

/** Throws a 404 naming every requested id the graph does not hold. */
export function requireAll(requested: string[], found: { id: string }[], what = 'node'): void {
  const present = new Set(found.map((node) => node.id));
  const missing = requested.filter((id) => !present.has(id));
  if (missing.length > 0) throw new NotFound(`No ${what} with id ${missing.map((id) => `"${id}"`).join(', ')}`);
}

/**
 * Neighbours of the seeds within `depth` hops under the filters, closest and best connected first,
 * with every relationship among the nodes shown and a count of what the limit left out.
 * Also returns element ids, which metrics reuse within the same request.
 */
export async function expandGraph(db: Database, input: ExpandQuery, edgeLimit?: number): Promise<ExpandResponse & { placed: PlacedNode[] }> {
  const filters = filterParams(input);
  const ids = [...new Set(input.ids)];
  // One query file per depth: Cypher cannot take the hop bound as a parameter.
  const [row] = await readBounded(db, `expand-depth-${input.depth}`, { ...filters, ids, direction: input.direction, limit: input.limit }, 'depth');
  const seeds = (row?.seeds ?? []) as PlacedNode[];
  if (seeds.length < ids.length) {
    // A deep link made before a merge names the merged id: expand the entity it went into.
    const followed = await followRedirects(db, ids);
    if (followed.some((id, i) => id !== ids[i])) return expandGraph(db, { ...input, ids: followed }, edgeLimit);
  }
  requireAll(ids, seeds);
  const kept = (row?.kept ?? []) as PlacedNode[];
  const placed = [...seeds, ...kept];
  const { edges, truncated } = await edgesAmong(db, placed, filters, edgeLimit);
  const total = Number(row?.total ?? 0);
  return {
    nodes: placed.map(publicNode),
    edges,
    seeds: seeds.map((node) => node.id),
    total,
    omitted: { total: total - kept.length, byLabel: countsByLabel(row?.omittedByLabel) },
    edgesTruncated: truncated,
    placed,
  };
}
