import type { z } from 'zod';
import { BadRequest } from '../errors.js';

/** Parses request input with a contract schema; the first issue becomes a 400 naming its field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  // z.strictObject reports unknown keys at the object's path: name the first unknown key instead.
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys.slice(0, 1)] : (issue?.path ?? []);
  const field = path.join('.') || undefined;
  throw new BadRequest(`${field ? `${field}: ` : ''}${issue?.message ?? 'invalid input'}`, field);
}
