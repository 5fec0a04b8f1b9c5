import { z } from 'zod';

/** Rows the console returns at most; the rest of the result is never fetched. */
export const CONSOLE_ROW_CAP = 1000;

export const consoleRequest = z.strictObject({
  cypher: z
    .string()
    .trim()
    .min(1)
    .max(20_000)
    .meta({ description: 'One read-only Cypher statement.', example: 'MATCH (a:Actor) RETURN a.id, a.name_en LIMIT 5' }),
  params: z.record(z.string(), z.unknown()).default({}).meta({ description: 'Query parameters ($name).' }),
});

export const consoleResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())).meta({ description: 'Values in column order; nodes as { labels, properties }.' }),
  truncated: z.boolean().meta({ description: `True when the result had more than ${CONSOLE_ROW_CAP} rows or 5 MB.` }),
});

export type ConsoleRequest = z.infer<typeof consoleRequest>;
export type ConsoleResponse = z.infer<typeof consoleResponse>;
