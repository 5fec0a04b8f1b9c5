/** Years to label under the time bar: every 1, 2, 5, 10, 20 or 50 years, at most `maxLabels`, on round years. */
export function yearTicks(first: number, last: number, maxLabels = 12): number[] {
  if (last < first) return [];
  const span = last - first + 1;
  const step = [1, 2, 5, 10, 20, 50, 100].find((candidate) => Math.ceil(span / candidate) <= maxLabels) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  return ticks;
}

/**
 * Moves a window by whole years without changing its length, stopped at the bounds (dragging the
 * band between the two handles).
 */
export function shiftWindow(from: number, to: number, delta: number, first: number, last: number): [number, number] {
  const length = to - from;
  const start = Math.min(Math.max(from + delta, first), last - length);
  return [start, start + length];
}

/** A typed year, if it is a whole year within the bounds; null otherwise (the input keeps its text). */
export function typedYear(text: string, first: number, last: number): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const year = Number(text);
  return year >= first && year <= last ? year : null;
}

/** Play speeds offered, in milliseconds per year. */
export const PLAY_SPEEDS = [250, 500, 1000, 2000] as const;
