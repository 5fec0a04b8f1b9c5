import { z } from 'zod';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, months 01–12 and days 01–31 (the calendar check follows). */
export const ISO_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
export const ISO_DATE_MESSAGE = 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD';

/** Whether a text is a date at one of the graph's precisions that exists in the calendar (no 2023-02-29). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined || day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/**
 * The one date schema of the graph: seed files, imports and API parameters all use it, and dates
 * are compared as strings at their common precision. The pattern stays visible in OpenAPI.
 */
export const isoDate = z.string().regex(ISO_DATE_PATTERN, ISO_DATE_MESSAGE).refine(isIsoDate, ISO_DATE_MESSAGE);
