import { z } from 'zod';
import { exploreFilters, timeFilters, listOf, nodeId, windowIsOrdered, windowIssue } from './filters.js';

export const granularity = z.enum(['year', 'month']).default('year').meta({ description: 'Bucket size.' });

export const timelineQuery = z
  .strictObject({
    granularity,
    ...timeFilters,
    country: exploreFilters.country,
    topic: exploreFilters.topic,
    ids: listOf(nodeId, { min: 1, max: 50 })
      .optional()
      .meta({ description: 'Count only events linked to one of these nodes (comma-separated ids).' }),
  })
  .refine(windowIsOrdered, windowIssue);

export const timelineBucket = z.object({
  period: z.string().meta({ description: 'YYYY or YYYY-MM; every period between the first and the last is present, empty ones with 0.' }),
  count: z.number().int(),
});

export const timelineResponse = z.object({
  granularity: z.enum(['year', 'month']),
  total: z.number().int(),
  imprecise: z.number().int().meta({ description: 'Events dated too coarsely for the granularity (year only, by month).' }),
  buckets: z.array(timelineBucket),
});

export const activityBucket = timelineBucket.extend({
  byType: z.record(z.string(), z.number().int()).meta({ description: 'Activities per relationship type.' }),
});

export const nodeTimelineResponse = z.object({
  id: z.string(),
  granularity: z.enum(['year', 'month']),
  total: z.number().int(),
  imprecise: z.number().int(),
  buckets: z.array(activityBucket),
});

export type TimelineQuery = z.infer<typeof timelineQuery>;
export type TimelineResponse = z.infer<typeof timelineResponse>;
export type NodeTimelineResponse = z.infer<typeof nodeTimelineResponse>;
