import { z } from 'zod';
import { queryFlag } from './filters.js';

/** The formats POST /api/import and `npm run import` read. */
export const IMPORT_FORMATS = ['seed', 'cytoscape', 'csv', 'graphml', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Query parameters of POST /api/import; the body is the file itself. */
export const importQuery = z.object({
  dryRun: queryFlag.default(false).meta({ description: 'Validate and report what would change; write nothing.' }),
  format: z.enum(IMPORT_FORMATS).optional().meta({ description: 'The file format; detected from the name and content when absent.' }),
  filename: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'The file name, for issues and format detection (e.g. graph.graphml).', example: 'export.graphml' }),
});

/** One problem, located: file, element or line, field. */
export const importIssue = z.object({
  file: z.string(),
  entry: z.string().meta({ description: 'The element: `nodes[3] (an-id)`, `line 12 (an-id)`, `node at line 40 (an-id)`.' }),
  line: z.number().int().optional(),
  field: z.string(),
  message: z.string(),
});

const outcomeCounts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
const outcomeSummary = outcomeCounts.extend({ total: z.number().int() });

export const importReport = z.object({
  dryRun: z.boolean(),
  format: z.enum(IMPORT_FORMATS),
  files: z.array(z.string()),
  nodes: outcomeSummary.extend({ byLabel: z.record(z.string(), outcomeCounts) }),
  relationships: outcomeSummary.extend({ byType: z.record(z.string(), outcomeCounts) }),
  warnings: z.array(importIssue).meta({ description: 'Differences that do not stop the import, e.g. a qualifier kept from the database.' }),
});

/** 422: the import is invalid and nothing was written. */
export const importInvalidResponse = z.object({
  error: z.object({ code: z.literal('IMPORT_INVALID'), message: z.string(), issues: z.array(importIssue) }),
});

export type ImportQuery = z.infer<typeof importQuery>;
export type ImportReportBody = z.infer<typeof importReport>;
