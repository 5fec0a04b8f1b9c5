import { z } from 'zod';
import { boundedInt, exploreFilters, listOf, nodeId, windowIsOrdered, windowIssue } from './filters.js';
import { graphResponse } from './graph.js';

export const direction = z
  .enum(['out', 'in', 'both'])
  .default('both')
  .meta({ description: 'Follow relationships leaving the nodes (out), arriving (in) or both.' });

export const expandFields = {
  ids: listOf(nodeId, { min: 1, max: 50 }).meta({ description: 'Seed node ids (comma-separated, 1 to 50).', example: 'greta,coe-cop' }),
  depth: boundedInt(1, 3, 1, 'Hops from the seeds (1 to 3).'),
  direction,
  ...exploreFilters,
  limit: boundedInt(1, 2000, 200, 'Maximum number of reached nodes returned (closest, then best connected, first).'),
};

export const expandQuery = z.strictObject(expandFields).refine(windowIsOrdered, windowIssue);

/** What a limit left out, so the UI can say "and 143 more" and guard against supernodes. */
export const omitted = z.object({
  total: z.number().int(),
  byLabel: z.record(z.string(), z.number().int()),
});

export const expandResponse = graphResponse.extend({
  seeds: z.array(z.string()),
  total: z.number().int().meta({ description: 'Nodes reached under the filters, seeds excluded.' }),
  omitted,
  edgesTruncated: z.boolean().meta({ description: 'True when more than 20 000 relationships linked the shown nodes.' }),
});

export type ExpandQuery = z.infer<typeof expandQuery>;
export type ExpandResponse = z.infer<typeof expandResponse>;
