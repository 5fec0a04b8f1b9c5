import { graphFigures } from '../analysis/metrics.js';
import { filterParams } from '../contract/filters.js';
import { METRICS_MAX_EDGES, METRICS_MAX_NODES, type MetricsQuery, type MetricsResponse } from '../contract/metrics.js';
import type { Database } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { expandGraph } from './expand.js';
import { readBounded } from './read.js';
import { edgesAmong, publicNode, type PlacedNode } from './subgraph.js';

/** The whole graph under the filters, refused when it is too large for betweenness. */
async function wholeGraph(db: Database, input: MetricsQuery) {
  const filters = filterParams(input);
  const rows = await readBounded(db, 'graph-filtered-nodes', { ...filters, maxNodes: METRICS_MAX_NODES }, 'labels');
  if (rows.length > METRICS_MAX_NODES) {
    throw new BadRequest(
      `The filtered graph has more than ${METRICS_MAX_NODES} nodes: choose a subgraph with ids (and depth) or narrow the filters.`,
      'ids',
    );
  }
  const placed = rows.map((row) => row.node as PlacedNode);
  const { edges } = await edgesAmong(db, placed, filters);
  return { nodes: placed.map(publicNode), edges };
}

/** Degree, betweenness, PageRank and Louvain communities of a chosen subgraph or the whole graph. */
export async function graphMetrics(db: Database, input: MetricsQuery): Promise<MetricsResponse> {
  const graph = input.ids?.length ? await expandGraph(db, { ...input, ids: input.ids }) : await wholeGraph(db, input);
  if (graph.edges.length > METRICS_MAX_EDGES) {
    throw new BadRequest(
      `The subgraph has ${graph.edges.length} relationships, more than the ${METRICS_MAX_EDGES} metrics can handle: lower the limit or the depth, or add filters.`,
      input.ids?.length ? 'limit' : 'ids',
    );
  }
  const figures = graphFigures(graph);
  return { nodes: graph.nodes, edges: graph.edges, ...figures };
}
