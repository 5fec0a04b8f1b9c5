import { z } from 'zod';

/** Rows the console returns at most; the rest of the result is never fetched. */
export const CONSOLE_ROW_CAP = 1000;

/** Parameters nest at most this deep (deeper ones would only serve to exhaust the stack). */
export const CONSOLE_PARAMS_MAX_DEPTH = 32;

/** How deep arrays and objects nest in a JSON value, counted without recursion. */
export function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(item as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export const consoleRequest = z.strictObject({
  cypher: z
    .string()
    .trim()
    .min(1)
    .max(20_000)
    .meta({ description: 'One read-only Cypher statement.', example: 'MATCH (a:Actor) RETURN a.id, a.name_en LIMIT 5' }),
  params: z
    .record(z.string(), z.unknown())
    .refine(
      (params) => nestingDepth(params) <= CONSOLE_PARAMS_MAX_DEPTH,
      `must not nest lists and maps deeper than ${CONSOLE_PARAMS_MAX_DEPTH} levels`,
    )
    .default({})
    .meta({ description: `Query parameters ($name); lists and maps nest at most ${CONSOLE_PARAMS_MAX_DEPTH} levels.` }),
});

export const consoleResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())).meta({ description: 'Values in column order; nodes as { labels, properties }.' }),
  truncated: z.boolean().meta({ description: `True when the result had more than ${CONSOLE_ROW_CAP} rows or 5 MB.` }),
});

export type ConsoleRequest = z.infer<typeof consoleRequest>;
export type ConsoleResponse = z.infer<typeof consoleResponse>;
