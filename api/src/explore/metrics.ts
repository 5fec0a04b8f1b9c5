import { figuresOffThread, FiguresTimedOut } from '../analysis/figures.js';
import { filterParams } from '../contract/filters.js';
import { METRICS_MAX_EDGES, METRICS_MAX_NODES, METRICS_TIMEOUT_MS, type MetricsQuery, type MetricsResponse } from '../contract/metrics.js';
import type { GraphResponse } from '../contract/graph.js';
import type { Database } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { expandGraph } from './expand.js';
import { readBounded } from './read.js';
import { edgesAmong, publicNode, type PlacedNode } from './subgraph.js';

/** The whole graph under the filters, refused when it has more nodes than the figures take. */
async function wholeGraph(db: Database, input: MetricsQuery): Promise<GraphResponse & { edgesTruncated: boolean }> {
  const filters = filterParams(input);
  const rows = await readBounded(db, 'graph-filtered-nodes', { ...filters, maxNodes: METRICS_MAX_NODES }, 'labels');
  if (rows.length > METRICS_MAX_NODES) {
    throw new BadRequest(
      `The filtered graph has more than ${METRICS_MAX_NODES} nodes: choose a subgraph with ids (and depth) or narrow the filters.`,
      'ids',
    );
  }
  const placed = rows.map((row) => row.node as PlacedNode);
  const { edges, truncated } = await edgesAmong(db, placed, filters, METRICS_MAX_EDGES);
  return { nodes: placed.map(publicNode), edges, edgesTruncated: truncated };
}

/** Degree, betweenness, PageRank and Louvain communities of a chosen subgraph or the whole graph. */
export async function graphMetrics(db: Database, input: MetricsQuery): Promise<MetricsResponse> {
  const seeded = Boolean(input.ids?.length);
  const graph = input.ids?.length ? await expandGraph(db, { ...input, ids: input.ids }, METRICS_MAX_EDGES) : await wholeGraph(db, input);
  if (graph.edgesTruncated) {
    throw new BadRequest(
      `The subgraph has more than ${METRICS_MAX_EDGES} relationships, more than the metrics take: lower the limit or the depth, or add filters.`,
      seeded ? 'limit' : 'ids',
    );
  }
  try {
    const figures = await figuresOffThread(graph, METRICS_TIMEOUT_MS);
    return { nodes: graph.nodes, edges: graph.edges, ...figures };
  } catch (error) {
    if (!(error instanceof FiguresTimedOut)) throw error;
    throw new BadRequest(`The figures took longer than ${METRICS_TIMEOUT_MS / 1000} s: choose a smaller subgraph.`, seeded ? 'limit' : 'ids');
  }
}
