import { z } from 'zod';
import { nodeId } from './filters.js';

/** Bounds that keep betweenness (O(nodes × links)) around a second on this project's machines. */
export const NETWORK_MAX_NODES = 2000;
export const NETWORK_MAX_LINKS = 10_000;

export const networkFiguresBody = z.strictObject({
  nodes: z.array(nodeId).max(NETWORK_MAX_NODES).meta({ description: 'Ids of the network’s nodes.' }),
  links: z
    .array(
      z.strictObject({
        source: nodeId,
        target: nodeId,
        weight: z.number().finite().positive().default(1).meta({ description: 'Strength of the link, e.g. shared events.' }),
      }),
    )
    .max(NETWORK_MAX_LINKS)
    .meta({ description: 'Undirected links; parallel and self links count once.' }),
});

export const networkNodeFigures = z.object({
  id: z.string(),
  betweenness: z.number().meta({ description: 'Normalised betweenness centrality (links unweighted).' }),
  pagerank: z.number().meta({ description: 'PageRank with link weights.' }),
  degree: z.number().int().meta({ description: 'Distinct partners.' }),
  community: z.number().int().meta({ description: 'Louvain community (weighted), numbered by decreasing size.' }),
});

export const networkFiguresResponse = z.object({
  figures: z.array(networkNodeFigures),
  communities: z.array(z.object({ id: z.number().int(), size: z.number().int(), members: z.array(z.string()) })),
});

export type NetworkFiguresBody = z.infer<typeof networkFiguresBody>;
export type NetworkFiguresResponse = z.infer<typeof networkFiguresResponse>;
