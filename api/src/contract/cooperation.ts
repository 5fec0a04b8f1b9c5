import { z } from 'zod';
import { boundedInt, exploreFilters, timeFilters, listOf, nodeId, windowIsOrdered, windowIssue } from './filters.js';
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
  })
  .refine(windowIsOrdered, windowIssue);

export const cooperationResponse = graphResponse.extend({
  total: z.number().int().meta({ description: 'Links found before the limit.' }),
  omitted: z.number().int().meta({ description: 'Links the limit left out.' }),
});

export type CooperationQuery = z.infer<typeof cooperationQuery>;
export type CooperationResponse = z.infer<typeof cooperationResponse>;
