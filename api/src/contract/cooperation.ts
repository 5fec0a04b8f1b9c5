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

const nullableText = z.string().nullable();

/** One event actors shared, named and placed (never a bare id): described once per answer, in `events`. */
export const sharedEvent = z.object({
  name_en: nullableText,
  name_fr: nullableText,
  caption: z.object({ en: z.string(), fr: z.string() }),
  kind: nullableText,
  start: z.string(),
  end: nullableText,
  online: z.boolean(),
  place_en: nullableText.meta({ description: 'City (or country) the event was held in; null when online or unknown.' }),
  place_fr: nullableText,
});

/** A topic shared events addressed: named once per answer, in `topics`. */
export const sharedTopicName = z.object({ name_en: nullableText, name_fr: nullableText });

/** A topic of a pair's shared events, with how many of them addressed it. */
export const sharedTopic = z.object({ id: z.string(), events: z.number().int() });

/** One pair of actors in the ranking: who, how often, since when, at which events, on what. */
export const cooperationPair = z.object({
  edge: z.string().meta({ description: 'Id of the COOPERATED_WITH edge drawn for this pair.' }),
  source: z.string(),
  target: z.string(),
  weight: z.number().int().meta({ description: 'Number of shared events.' }),
  first: z.string(),
  last: z.string(),
  events: z.array(z.string()).meta({ description: 'Ids of the shared events in date order (at most eventsPerLink), described in `events`.' }),
  topics: z.array(sharedTopic).meta({ description: 'Topics of the shared events, most shared first, named in `topics`.' }),
});

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
  pairs: z.array(cooperationPair).meta({
    description: 'The strongest pairs first: most shared events, then the most recent last event, then the most topics.',
  }),
  // An event is shared by many pairs (a meeting of 30 actors by up to 29 pairs of one focus actor):
  // described once here rather than in every pair, the answer is several times smaller.
  events: z.record(z.string(), sharedEvent).meta({ description: 'Every event a pair lists, by id.' }),
  topics: z.record(z.string(), sharedTopicName).meta({ description: 'Every topic a pair lists, by id.' }),
  figures: networkFigures.optional().meta({ description: 'With figures=true: centrality and communities of this network.' }),
});

export type CooperationQuery = z.infer<typeof cooperationQuery>;
export type CooperationResponse = z.infer<typeof cooperationResponse>;
export type CooperationPair = z.infer<typeof cooperationPair>;
export type SharedEvent = z.infer<typeof sharedEvent>;
export type SharedTopicName = z.infer<typeof sharedTopicName>;
