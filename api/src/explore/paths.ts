import type { GraphEdge, GraphNode } from '../contract/graph.js';
import type {
  PathsResponse,
  SharedNodesQuery,
  SharedNodesResponse,
  ShortestPathsQuery,
  ShortestPathsResponse,
  SimplePathsQuery,
} from '../contract/paths.js';
import { neo4jErrorCode, type Database, type Row } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { requireAll } from './expand.js';
import { readBounded } from './read.js';
import { countsByLabel, edgesAmong, mergeGraphs, publicNode, type PlacedNode } from './subgraph.js';

interface FoundPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Shapes a paths query row: 404 for an unknown end, else the union graph plus each path's ids. */
function shapePaths(row: Row | undefined, input: { from: string; to: string }): PathsResponse {
  if (!row?.fromFound) throw new NotFound(`No node with id "${input.from}"`);
  if (!row.toFound) throw new NotFound(`No node with id "${input.to}"`);
  const found = row.paths as FoundPath[];
  const graph = mergeGraphs(found);
  return {
    ...graph,
    paths: found.map((p) => ({ nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id), length: p.edges.length })),
  };
}

const listOrNull = (list?: string[]) => (list?.length ? list : null);

/**
 * How long ranking paths longer than the shortest may take before falling back to ties only, unless
 * PATHS_K_SHORTEST_BUDGET_MS says otherwise (a slow or loaded server needs more).
 */
export const K_SHORTEST_BUDGET_MS = 2000;

/**
 * The k shortest paths between two nodes, within maxLength hops. The first shortest path is cheap;
 * ranking longer alternatives can take seconds between hubs, so it gets a short budget and, past
 * it, the answer keeps to paths of the minimal length (`complete: false`).
 */
export async function shortestPaths(
  db: Database,
  input: ShortestPathsQuery,
  budgetMs = db.config.kShortestBudgetMs ?? K_SHORTEST_BUDGET_MS,
): Promise<ShortestPathsResponse> {
  const params = {
    from: input.from,
    to: input.to,
    k: input.k,
    maxLength: input.maxLength,
    labels: listOrNull(input.labels),
    types: listOrNull(input.types),
  };
  if (input.k > 1) {
    try {
      const [row] = await db.read('paths-shortest', params, { timeoutMs: budgetMs });
      return { ...shapePaths(row, input), complete: true };
    } catch (error) {
      if (!/TransactionTimedOut/.test(neo4jErrorCode(error) ?? '')) throw error;
    }
  }
  const [row] = await readBounded(db, 'paths-all-shortest', params, 'maxLength');
  const shaped = shapePaths(row, input);
  // With k = 1 nothing was cut short; otherwise only ties of the minimal length were ranked.
  return { ...shaped, complete: input.k === 1 || shaped.paths.length === 0 };
}

/** Simple paths (no repeated node) between two nodes, shortest first. */
export async function simplePaths(db: Database, input: SimplePathsQuery): Promise<PathsResponse> {
  const params = {
    from: input.from,
    to: input.to,
    maxLength: input.maxLength,
    limit: input.limit,
    labels: listOrNull(input.labels),
    types: listOrNull(input.types),
  };
  const [row] = await readBounded(db, 'paths-simple', params, 'maxLength');
  return shapePaths(row, input);
}

/** Nodes linked to at least `minShared` (default: all) of the given nodes. */
export async function sharedNodes(db: Database, input: SharedNodesQuery): Promise<SharedNodesResponse> {
  const ids = [...new Set(input.ids)];
  const params = {
    ids,
    minShared: Math.min(input.minShared ?? ids.length, ids.length),
    limit: input.limit,
    labels: listOrNull(input.labels),
    types: listOrNull(input.types),
  };
  const [row] = await readBounded(db, 'paths-shared', params, 'ids');
  const seeds = (row?.seeds ?? []) as PlacedNode[];
  requireAll(ids, seeds);
  const kept = (row?.kept ?? []) as (PlacedNode & { sharedBy: number })[];
  const placed = [...seeds, ...kept];
  const { edges, truncated } = await edgesAmong(db, placed, { types: params.types, time: null });
  const total = Number(row?.total ?? 0);
  return {
    nodes: placed.map(publicNode),
    edges,
    seeds: seeds.map((node) => node.id),
    shared: kept.map((node) => ({ id: node.id, sharedBy: node.sharedBy })),
    total,
    omitted: { total: total - kept.length, byLabel: countsByLabel(row?.omittedByLabel) },
    edgesTruncated: truncated,
  };
}
