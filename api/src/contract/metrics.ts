import { z } from 'zod';
import { boundedInt, exploreFilters, listOf, nodeId, windowIsOrdered, windowIssue } from './filters.js';
import { direction } from './expand.js';
import { graphResponse } from './graph.js';

/**
 * The figures run in a worker thread (the event loop stays free) and betweenness is estimated on
 * large graphs, so the bounds are about response size and memory: see docs/performance.md.
 */
export const METRICS_MAX_NODES = 20_000;
export const METRICS_MAX_EDGES = 100_000;
/** Past this, the worker is stopped and the request is refused as too broad. */
export const METRICS_TIMEOUT_MS = 120_000;

export const metricsQuery = z
  .strictObject({
    ids: listOf(nodeId, { min: 1, max: 50 })
      .optional()
      .meta({ description: 'Seeds of the subgraph (expanded like /api/expand); the whole graph when absent.' }),
    depth: boundedInt(1, 3, 1, 'Hops from the seeds.'),
    direction,
    ...exploreFilters,
    limit: boundedInt(1, METRICS_MAX_NODES, 1000, 'Maximum number of reached nodes in a seeded subgraph.'),
  })
  .refine(windowIsOrdered, windowIssue);

export const nodeMetrics = z.object({
  id: z.string(),
  degree: z.number().int(),
  inDegree: z.number().int(),
  outDegree: z.number().int(),
  betweenness: z
    .number()
    .meta({ description: 'Normalised betweenness centrality (undirected, over hops); estimated from a sample of sources on large graphs.' }),
  pagerank: z.number().meta({ description: 'PageRank over the directed relationships.' }),
  community: z.number().int().meta({ description: 'Louvain community (undirected), numbered by decreasing size.' }),
});

export const communitySummary = z.object({
  id: z.number().int(),
  size: z.number().int(),
  members: z.array(z.string()).meta({ description: 'Up to 10 member ids, highest PageRank first.' }),
});

export const metricsResponse = graphResponse.extend({
  metrics: z.array(nodeMetrics).meta({ description: 'One entry per node, highest PageRank first.' }),
  communities: z.array(communitySummary),
  modularity: z.number(),
});

export type MetricsQuery = z.infer<typeof metricsQuery>;
export type NodeMetrics = z.infer<typeof nodeMetrics>;
export type MetricsResponse = z.infer<typeof metricsResponse>;
