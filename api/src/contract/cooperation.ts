import { z } from 'zod';
import { boundedInt, exploreFilters, timeFilters, listOf, nodeId, queryFlag, windowIsOrdered, windowIssue } from './filters.js';
import { graphResponse } from './graph.js';

/** The actor→event relationships that count as taking part in an event together. */
export const COOPERATION_TYPES = ['ORGANISED', 'CO_ORGANISED', 'PARTICIPATED_IN', 'HOSTED', 'FUNDED'] as const;

export const cooperationQuery = z
  .strictObject({
    actors: listOf(nodeId, { min: 1, max: 50 })
      .optional()
      .meta({ description: 'Keep only links touching one of these actors (comma-separated ids); all actors when absent.', example: 'coe,osce' }),
    types: listOf(z.enum(COOPERATION_TYPES), { min: 1 })
      .optional()
      .meta({ description: 'Which ways of taking part count (default: all five).', example: 'ORGANISED,CO_ORGANISED' }),
    ...timeFilters,
    country: exploreFilters.country,
    topic: exploreFilters.topic,
    minWeight: boundedInt(1, 10_000, 1, 'Minimum number of shared events for a link.'),
    limit: boundedInt(1, 5000, 500, 'Maximum number of links, heaviest first.'),
    eventsPerLink: boundedInt(1, 500, 50, 'Maximum number of event ids listed on one link (its weight still counts them all).'),
    figures: queryFlag.default(false).meta({
      description: 'Also compute centrality and communities of the network (api/src/analysis/network.ts), so clients need not.',
    }),
  })
  .refine(windowIsOrdered, windowIssue);

export const networkFigures = z.object({
  metrics: z.array(
    z.object({
      id: z.string(),
      degree: z.number().int().meta({ description: 'Distinct partners.' }),
      betweenness: z.number().meta({ description: 'Normalised betweenness over hops.' }),
      pagerank: z.number().meta({ description: 'PageRank weighted by shared events.' }),
      community: z.number().int().meta({ description: 'Louvain community weighted by shared events, numbered by decreasing size.' }),
    }),
  ),
  communities: z.array(z.object({ id: z.number().int(), size: z.number().int(), members: z.array(z.string()) })),
});

export const cooperationResponse = graphResponse.extend({
  total: z.number().int().meta({ description: 'Links found before the limit.' }),
  omitted: z.number().int().meta({ description: 'Links the limit left out.' }),
  figures: networkFigures.optional().meta({ description: 'With figures=true: centrality and communities of this network.' }),
});

export type CooperationQuery = z.infer<typeof cooperationQuery>;
export type CooperationResponse = z.infer<typeof cooperationResponse>;
