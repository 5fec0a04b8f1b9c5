import { filterParams } from '../contract/filters.js';
import type { NodeTimelineResponse, TimelineQuery, TimelineResponse } from '../contract/timeline.js';
import type { Database } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { readBounded } from './read.js';

type Granularity = 'year' | 'month';

/** The period after `period` ("2014" → "2015", "2014-12" → "2015-01"). */
function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number | undefined];
  if (month === undefined) return String(year + 1).padStart(4, '0');
  return month === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * Fills the gaps between the first and last period with empty buckets, so a chart's x axis is
 * continuous. Bounded: periods come from 4-digit years, so at most 12 × 10 000 buckets.
 */
export function continuousPeriods<T extends { period: string }>(buckets: T[], empty: (period: string) => T): T[] {
  if (buckets.length === 0) return [];
  const byPeriod = new Map(buckets.map((bucket) => [bucket.period, bucket]));
  const sorted = [...byPeriod.keys()].sort();
  const filled: T[] = [];
  for (let period = sorted[0]!; period <= sorted[sorted.length - 1]!; period = nextPeriod(period)) {
    filled.push(byPeriod.get(period) ?? empty(period));
  }
  return filled;
}

/** Events per year or month under the exploration filters. */
export async function eventTimeline(db: Database, input: TimelineQuery): Promise<TimelineResponse> {
  const rows = await readBounded(db, 'timeline-events', {
    ...filterParams(input),
    granularity: input.granularity,
    ids: input.ids?.length ? input.ids : null,
  });
  const dated = rows.filter((row) => row.period !== null).map((row) => ({ period: String(row.period), count: Number(row.count) }));
  const imprecise = rows.filter((row) => row.period === null).reduce((sum, row) => sum + Number(row.count), 0);
  return {
    granularity: input.granularity,
    total: dated.reduce((sum, bucket) => sum + bucket.count, 0) + imprecise,
    imprecise,
    buckets: continuousPeriods(dated, (period) => ({ period, count: 0 })),
  };
}

/** One node's activity (events and dated relationships) per period and relationship type. */
export async function nodeTimeline(
  db: Database,
  id: string,
  input: { granularity: Granularity; types?: string[]; from?: string; to?: string; as_of?: string; country?: string; topic?: string },
): Promise<NodeTimelineResponse> {
  const rows = await readBounded(db, 'node-timeline', { ...filterParams(input), id, granularity: input.granularity });
  if (rows.length === 0) throw new NotFound(`No node with id "${id}"`);
  const active = rows.filter((row) => Number(row.count) > 0);
  const toBucket = (row: (typeof rows)[number]) => ({
    period: String(row.period),
    count: Number(row.count),
    byType: Object.fromEntries((row.byType as { type: string; count: number }[]).map((entry) => [entry.type, entry.count])),
  });
  const dated = active.filter((row) => row.period !== null).map(toBucket);
  const imprecise = active.filter((row) => row.period === null).reduce((sum, row) => sum + Number(row.count), 0);
  return {
    id,
    granularity: input.granularity,
    total: dated.reduce((sum, bucket) => sum + bucket.count, 0) + imprecise,
    imprecise,
    buckets: continuousPeriods(dated, (period) => ({ period, count: 0, byType: {} })),
  };
}
