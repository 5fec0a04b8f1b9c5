import { z } from 'zod';
import { exploreFilters, listOf, nodeId, windowIsOrdered, windowIssue, queryFlag } from './filters.js';

/** Every export format; see docs/export-import.md for what each file holds. */
export const EXPORT_FORMATS = ['cytoscape', 'graphml', 'gexf', 'csv', 'gephi', 'jsonl', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The most ids one request may name (a POST body carries long lists; a URL cannot). */
export const MAX_EXPORT_IDS = 200_000;

const edgeId = z.string().min(1).max(400);

const selectionFields = {
  ids: listOf(nodeId).pipe(z.array(nodeId).max(MAX_EXPORT_IDS)).optional().meta({
    description: 'Node ids to export (comma-separated, or a JSON array in a POST body); the relationships among them come along.',
    example: 'greta,cets-197',
  }),
  edgeIds: listOf(edgeId).pipe(z.array(edgeId).max(MAX_EXPORT_IDS)).optional().meta({
    description: 'Keep only these relationship ids (`from|TYPE|to[|round]`), e.g. the edges on screen.',
  }),
  view: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'A saved view id: export exactly its graph.', example: 'view-cets-197-monitoring' }),
  text: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Keep the nodes whose names or aliases match this text (as search does, every hit).' }),
  ...exploreFilters,
  sourceNodes: queryFlag.default(true).meta({
    description: 'Add the Source nodes that exported relationships cite, so the file is self-contained (default true).',
  }),
};

/**
 * What to export. Nothing but `format` means the whole graph. `ids` (the selection, or everything
 * on screen) keeps those nodes and the relationships among them; `edgeIds` further keeps only those
 * relationships; `view` takes a saved view's graph; `text` keeps the nodes a search finds; the
 * filters mean what they mean for the exploration routes. Everything given applies together.
 */
export const exportSelection = z.object(selectionFields).refine(windowIsOrdered, windowIssue);

/** GET /api/export (and the POST body): the selection and the file format. */
export const exportQuery = z
  .object({ ...selectionFields, format: z.enum(EXPORT_FORMATS).meta({ description: 'The file format.', example: 'gexf' }) })
  .refine(windowIsOrdered, windowIssue);

/** `GET /api/export/count`: what an export of this selection would hold. */
export const exportCountResponse = z.object({
  nodes: z.number().int(),
  edges: z.number().int(),
  labels: z.record(z.string(), z.number().int()).meta({ description: 'Nodes per label.' }),
  types: z.record(z.string(), z.number().int()).meta({ description: 'Relationships per type.' }),
});

export type ExportSelection = z.infer<typeof exportSelection>;
export type ExportQuery = z.infer<typeof exportQuery>;
export type ExportCountResponse = z.infer<typeof exportCountResponse>;
