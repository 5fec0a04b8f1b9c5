import { z } from 'zod';

/** A property value as stored in the graph. */
export const propertyValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

/** One node in the shape shared by every graph response, the web app and the exports. */
export const graphNode = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  properties: z.record(z.string(), propertyValue),
  caption: z
    .object({ en: z.string(), fr: z.string() })
    .optional()
    .meta({
      description:
        'Short caption per language for drawing: acronym or short name (UNODC / ONUDC, CETS 197 / STCE 197), else the name. Every explore route sets it; the full name stays in properties.',
      example: { en: 'UNODC', fr: 'ONUDC' },
    }),
});

/** One relationship; `source`/`target` are node ids (Cytoscape's naming). */
export const graphEdge = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), propertyValue),
});

export const graphResponse = z.object({
  nodes: z.array(graphNode),
  edges: z.array(graphEdge),
});

export const graphQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(2000),
});

export type GraphNode = z.infer<typeof graphNode>;
export type GraphEdge = z.infer<typeof graphEdge>;
export type GraphResponse = z.infer<typeof graphResponse>;
