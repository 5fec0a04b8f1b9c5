import { z } from 'zod';
import { isoDate } from '../model/dates.js';
import { timeParam, type TimeParam } from '../model/time-rules.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../model/vocabulary.js';

/**
 * Building blocks shared by the exploration contracts. Query strings arrive as text, so lists
 * accept both `labels=Actor,Event` and `labels=Actor&labels=Event`, and numbers are coerced.
 */

/** Splits comma-separated text (or repeated parameters) into a list before validation. */
export function listOf<T extends z.ZodType>(item: T, bounds: { min?: number; max?: number } = {}) {
  let list = z.array(item);
  if (bounds.min !== undefined) list = list.min(bounds.min);
  if (bounds.max !== undefined) list = list.max(bounds.max);
  return z.preprocess((value) => {
    const parts = Array.isArray(value) ? value : typeof value === 'string' ? [value] : value;
    if (!Array.isArray(parts)) return parts;
    return parts
      .flatMap((part) => (typeof part === 'string' ? part.split(',') : [part]))
      .map((part) => (typeof part === 'string' ? part.trim() : part))
      .filter((part) => part !== '');
  }, list);
}

/** A node's stable id: a slug (`greta`, `event-2014-…`) or an ISO country code (`FR`). */
export const nodeId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a node id (letters, digits, ".", "_" and "-")')
  .meta({ description: 'A node id, e.g. `greta`, `cets-197`, `FR`.', example: 'greta' });

export const nodeLabel = z.enum(NODE_LABELS);
export const relationshipType = z.enum(RELATIONSHIP_TYPES);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the seed's own date schema; compared as strings. */
export const isoDateParam = isoDate.meta({ example: '2014' });

export const labelsParam = listOf(nodeLabel)
  .optional()
  .meta({ description: 'Keep only nodes with one of these labels (comma-separated).', example: 'Actor,Event' });
export const typesParam = listOf(relationshipType)
  .optional()
  .meta({ description: 'Follow only these relationship types (comma-separated).', example: 'ORGANISED,CO_ORGANISED' });

/** A yes/no query parameter: `true`/`false` or `1`/`0` in a query string, a boolean in a body. */
export const queryFlag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((value) => value === true || value === 'true' || value === '1');

/** Integer query parameter within bounds, with a default. */
export function boundedInt(min: number, max: number, fallback: number, description: string) {
  return z.coerce.number().int().min(min).max(max).default(fallback).meta({ description });
}

/** The time parameters: a window (`from`/`to`) or a point (`as_of`), read by the rules of model/time-rules.ts. */
export const timeFilters = {
  from: isoDateParam.optional().meta({ description: 'Start of the time window (inclusive), YYYY[-MM[-DD]].' }),
  to: isoDateParam.optional().meta({ description: 'End of the time window (inclusive), YYYY[-MM[-DD]].' }),
  as_of: isoDateParam.optional().meta({
    description:
      'The graph as it stood at the end of this year/month/day: memberships still running, signatures and ratifications made, events held by then. Not with from/to.',
    example: '2010',
  }),
};

/**
 * The filters every exploration shares. Time (`from`/`to` or `as_of`) applies to every dated fact
 * by its type's rule (api/src/model/time-rules.ts: memberships by start/end, ratifications by their
 * date, events by their dates…; undated facts pass); `country` keeps events held in or hosted by
 * that country; `topic` keeps events that address that topic. Nodes other than events are not
 * affected by country and topic.
 */
export const exploreFilters = {
  labels: labelsParam,
  types: typesParam,
  ...timeFilters,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in upper case')
    .optional()
    .meta({ description: 'Keep only events held in or hosted by this country (ISO alpha-2).', example: 'FR' }),
  topic: nodeId.optional().meta({ description: 'Keep only events that address this Topic id.', example: 'topic-non-punishment' }),
};

/** Refuses a window whose start is after its end (common precision), and `as_of` with a window. */
export function windowIsOrdered(value: { from?: string; to?: string; as_of?: string }): boolean {
  if (value.as_of && (value.from || value.to)) return false;
  if (!value.from || !value.to) return true;
  const length = Math.min(value.from.length, value.to.length);
  return value.from.slice(0, length) <= value.to.slice(0, length);
}
export const windowIssue = { message: 'from must not be after to, and as_of excludes from/to', path: ['from'] };

/** The filter parameters every named exploration query expects (null when unset). */
export interface FilterParams {
  labels: string[] | null;
  types: string[] | null;
  /** The `$time` parameter of the @inTime fragments. */
  time: TimeParam | null;
  country: string | null;
  topic: string | null;
}

export function filterParams(input: {
  labels?: string[];
  types?: string[];
  from?: string;
  to?: string;
  as_of?: string;
  country?: string;
  topic?: string;
}): FilterParams {
  return {
    labels: input.labels?.length ? input.labels : null,
    types: input.types?.length ? input.types : null,
    time: timeParam({ asOf: input.as_of, from: input.from, to: input.to }),
    country: input.country ?? null,
    topic: input.topic ?? null,
  };
}
