import type { z } from 'zod';
import { BadRequest } from '../errors.js';

/** Parses request input with a contract schema; the first issue becomes a 400 naming its field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw new BadRequest(`${field ? `${field}: ` : ''}${issue?.message ?? 'invalid input'}`, field);
}
