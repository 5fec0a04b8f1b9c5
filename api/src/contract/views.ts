import { z } from 'zod';
import { cooperationQuery } from './cooperation.js';
import { expandQuery } from './expand.js';
import { nodeId } from './filters.js';
import { graphResponse } from './graph.js';
import { sharedNodesQuery, shortestPathsQuery } from './paths.js';

/**
 * What makes a view: one of the exploration queries and its parameters, validated by the same
 * schema as the route, so a view can never hold Cypher or a filter the API would refuse.
 */
export const viewSpec = z.discriminatedUnion('query', [
  z.strictObject({ query: z.literal('expand'), params: expandQuery }),
  z.strictObject({ query: z.literal('cooperation'), params: cooperationQuery }),
  z.strictObject({ query: z.literal('shortest-paths'), params: shortestPathsQuery }),
  z.strictObject({ query: z.literal('shared-nodes'), params: sharedNodesQuery }),
]);

const text = z.string().trim().min(1);

export const viewDefinition = z.strictObject({
  id: z.string().regex(/^view-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug starting with "view-"'),
  title_en: text,
  title_fr: text,
  /** One line for the entry-point card of the first screen. */
  summary_en: text.max(120).optional(),
  summary_fr: text.max(120).optional(),
  description_en: text,
  description_fr: text,
  spec: viewSpec,
  positions: z
    .record(nodeId, z.strictObject({ x: z.number(), y: z.number() }))
    .optional()
    .meta({ description: 'Fixed positions for some nodes, in layout units.' }),
});

export const viewParams = z.strictObject({ id: z.string().min(1).max(200) });
export const viewsQuery = z.strictObject({});

export const viewsResponse = z.object({ views: z.array(viewDefinition) });
export const viewResponse = graphResponse.extend({ view: viewDefinition });

export type ViewSpec = z.infer<typeof viewSpec>;
export type ViewDefinition = z.infer<typeof viewDefinition>;
export type ViewsResponse = z.infer<typeof viewsResponse>;
export type ViewResponse = z.infer<typeof viewResponse>;
