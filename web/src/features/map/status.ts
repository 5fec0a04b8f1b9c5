import type { CountryMapEntry, CountryStatus } from '../../../../api/src/contract/map';
import { COMPARE_COLOURS } from '../timeline/compareColours';

/**
 * What a country's fill means. `status`: one measure at one date; `compare`: what changed between
 * two dates; `bivariate`: two measures at once ("Party to Palermo, not to CETS 197").
 */
export type FillCategory = CountryStatus | 'added' | 'removed' | 'changed' | 'kept' | 'both' | 'onlyFirst' | 'onlySecond' | 'neither' | 'noData';

/**
 * Colours, distinguishable with the common colour-vision deficiencies (ColorBrewer and Joshua
 * Stevens' bivariate scheme); "none" stays light so the held statuses carry the eye.
 */
export const FILL: Record<FillCategory, string> = {
  party: '#1b7837',
  member: '#2166ac',
  signed: '#a6dba0',
  none: '#e7e1ef',
  // The comparison's colours are the canvas's: one comparison mode, one meaning per colour.
  added: COMPARE_COLOURS.added,
  removed: COMPARE_COLOURS.removed,
  changed: COMPARE_COLOURS.changed,
  kept: COMPARE_COLOURS.kept,
  both: '#3b4994',
  onlyFirst: '#5ac8c8',
  onlySecond: '#be64ac',
  neither: '#e8e8e8',
  noData: '#f7f7f7',
};

/** Held statuses, strongest first: a legend lists them in this order. */
export const STATUS_ORDER: CountryStatus[] = ['party', 'member', 'signed', 'none'];
export const CHANGE_ORDER: FillCategory[] = ['added', 'removed', 'changed', 'kept', 'none'];
export const BIVARIATE_ORDER: FillCategory[] = ['both', 'onlyFirst', 'onlySecond', 'neither'];

/** Whether a status counts as holding the measure (Party or member; a signature alone does not). */
export function holds(status: CountryStatus | undefined): boolean {
  return status === 'party' || status === 'member';
}

/** The fill of one country in status mode. */
export function statusCategory(entry: Pick<CountryMapEntry, 'status'> | undefined): FillCategory {
  return entry ? entry.status : 'noData';
}

/** The fill in comparison mode: added/removed/changed between the two dates, kept when held at both. */
export function changeCategory(entry: Pick<CountryMapEntry, 'status' | 'change'> | undefined): FillCategory {
  if (!entry || entry.change === null) return 'noData';
  if (entry.change === 'same') return entry.status === 'none' ? 'none' : 'kept';
  return entry.change;
}

/** The fill in bivariate mode: which of the two measures the country holds (Party or member). */
export function bivariateCategory(first: CountryStatus | undefined, second: CountryStatus | undefined): FillCategory {
  if (first === undefined && second === undefined) return 'noData';
  const a = holds(first);
  const b = holds(second);
  if (a && b) return 'both';
  if (a) return 'onlyFirst';
  if (b) return 'onlySecond';
  return 'neither';
}

/** How many countries fall in each category, in the legend's order (empty categories kept, at 0). */
export function legendCounts(categories: Iterable<FillCategory>, order: FillCategory[]): { category: FillCategory; count: number }[] {
  const counts = new Map<FillCategory, number>(order.map((category) => [category, 0]));
  for (const category of categories) if (counts.has(category)) counts.set(category, counts.get(category)! + 1);
  return order.map((category) => ({ category, count: counts.get(category)! }));
}
