import { z } from 'zod';
import { granularity } from './timeline.js';
import { exploreFilters, timeFilters, nodeId, windowIsOrdered, windowIssue } from './filters.js';
import { graphNode, graphResponse } from './graph.js';

export const nodeParams = z.strictObject({ id: nodeId });
/** GET /api/nodes/:id takes no query parameter; unknown ones are refused like everywhere else. */
export const nodeDetailsQuery = z.strictObject({});

export const degreeEntry = z.object({
  type: z.string(),
  direction: z.enum(['out', 'in']),
  count: z.number().int(),
});

export const provenanceStatement = z.object({
  relationship: z.string().meta({ description: 'Id of the relationship this source supports.' }),
  type: z.string(),
  direction: z.enum(['out', 'in']),
  other: z.string().meta({ description: 'Id of the node at the other end.' }),
  evidence: z.string().meta({ description: 'Verbatim quote from the document; empty for reference tables.' }),
  link: z
    .string()
    .nullable()
    .meta({ description: 'Where to read it: the document URL with a #:~:text= passage fragment, or the reference row URL.' }),
});

export const provenanceEntry = z.object({
  source: z
    .object({
      id: z.string(),
      title: z.string().nullable(),
      url: z.string().nullable(),
      kind: z.string().nullable(),
      publisher: z.string().nullable(),
      language: z.string().nullable(),
      published: z.string().nullable(),
      symbol: z.string().nullable(),
    })
    .meta({ description: 'The Source node (its id only, with nulls, if the source is not in the graph).' }),
  total: z.number().int().meta({ description: 'Statements about this node from this source.' }),
  statements: z.array(provenanceStatement).meta({ description: 'At most 100 of them.' }),
});

export const nodeDetailsResponse = z.object({
  node: graphNode,
  degree: z.object({ total: z.number().int(), byType: z.array(degreeEntry) }),
  provenance: z.array(provenanceEntry),
  redirectedFrom: z
    .string()
    .optional()
    .meta({ description: 'The id asked for, when it is the id of an entity merged into this one (the old id redirects).' }),
});

/** Most drawn ids one request may name (the canvas stays well under this; the body stays under 1 MB). */
export const CONTEXT_MAX_DRAWN = 10_000;

export const nodeContextBody = z.strictObject({
  drawn: z
    .array(nodeId)
    .max(CONTEXT_MAX_DRAWN)
    .default([])
    .meta({ description: 'Ids of the nodes already on the canvas; their relationships with the node are returned.' }),
});

/** The node (alone in `nodes`) and its relationships with the drawn nodes. */
export const nodeContextResponse = graphResponse;

export const nodeTimelineQuery = z
  .strictObject({
    granularity,
    types: exploreFilters.types,
    ...timeFilters,
    country: exploreFilters.country,
    topic: exploreFilters.topic,
  })
  .refine(windowIsOrdered, windowIssue);

export type NodeContextBody = z.infer<typeof nodeContextBody>;
export type NodeContextResponse = z.infer<typeof nodeContextResponse>;
export type NodeDetailsResponse = z.infer<typeof nodeDetailsResponse>;
export type ProvenanceEntry = z.infer<typeof provenanceEntry>;
