import { z } from 'zod';
import { boundedInt, labelsParam, listOf, nodeId, typesParam } from './filters.js';
import { graphResponse } from './graph.js';
import { omitted } from './expand.js';

const ends = {
  from: nodeId.meta({ description: 'Id of the first node.', example: 'osce-alliance' }),
  to: nodeId.meta({ description: 'Id of the last node.', example: 'greta' }),
  labels: labelsParam.meta({ description: 'Labels allowed for the nodes between the two ends (comma-separated).' }),
  types: typesParam,
};

const differentEnds = { message: 'to must differ from from', path: ['to'] };

export const shortestPathsQuery = z
  .strictObject({
    ...ends,
    k: boundedInt(1, 5, 1, 'How many shortest paths (1 to 5).'),
    maxLength: boundedInt(1, 6, 6, 'Longest path allowed, in hops (1 to 6).'),
  })
  .refine((value) => value.from !== value.to, differentEnds);

export const simplePathsQuery = z
  .strictObject({
    ...ends,
    maxLength: boundedInt(1, 4, 3, 'Longest path allowed, in hops (1 to 4).'),
    limit: boundedInt(1, 100, 20, 'Maximum number of paths, shortest first.'),
  })
  .refine((value) => value.from !== value.to, differentEnds);

export const sharedNodesQuery = z
  .strictObject({
    ids: listOf(nodeId, { min: 2, max: 10 }).meta({ description: 'The nodes to compare (comma-separated, 2 to 10).', example: 'coe,osce' }),
    minShared: z.coerce
      .number()
      .int()
      .min(2)
      .optional()
      .meta({ description: 'How many of the given nodes a shared node must be linked to (default: all of them).' }),
    labels: labelsParam,
    types: typesParam,
    limit: boundedInt(1, 2000, 200, 'Maximum number of shared nodes, most shared first.'),
  })
  .refine((value) => value.minShared === undefined || value.minShared <= value.ids.length, {
    message: 'minShared cannot exceed the number of ids',
    path: ['minShared'],
  });

export const path = z.object({
  nodes: z.array(z.string()).meta({ description: 'Node ids from `from` to `to`.' }),
  edges: z.array(z.string()).meta({ description: 'Relationship ids along the path.' }),
  length: z.number().int(),
});

export const pathsResponse = graphResponse.extend({ paths: z.array(path) });

export const shortestPathsResponse = pathsResponse.extend({
  complete: z.boolean().meta({
    description:
      'False when ranking paths longer than the shortest took too long (paths through hubs): the paths are then all of the minimal length.',
  }),
});

export const sharedNodesResponse = graphResponse.extend({
  seeds: z.array(z.string()),
  shared: z.array(z.object({ id: z.string(), sharedBy: z.number().int() })),
  total: z.number().int(),
  omitted,
  edgesTruncated: z.boolean(),
});

export type ShortestPathsQuery = z.infer<typeof shortestPathsQuery>;
export type SimplePathsQuery = z.infer<typeof simplePathsQuery>;
export type SharedNodesQuery = z.infer<typeof sharedNodesQuery>;
export type PathsResponse = z.infer<typeof pathsResponse>;
export type ShortestPathsResponse = z.infer<typeof shortestPathsResponse>;
export type SharedNodesResponse = z.infer<typeof sharedNodesResponse>;
