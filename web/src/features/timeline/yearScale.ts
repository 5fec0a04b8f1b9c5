const STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

function roundYears(first: number, last: number, step: number): number[] {
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  return ticks;
}

/** Years to label under the time bar: every 1, 2, 5, 10, 20 or 50 years, at most `maxLabels`, on round years. */
export function yearTicks(first: number, last: number, maxLabels = 12): number[] {
  if (last < first) return [];
  const span = last - first + 1;
  const step = STEPS.find((candidate) => Math.ceil(span / candidate) <= maxLabels) ?? 100;
  return roundYears(first, last, step);
}

/**
 * Where the time bar draws a year's label: the middle of its column, as a fraction of the scale's
 * width (the histogram has one column per year).
 */
export const yearPosition = (year: number, first: number, last: number) => (year - first + 0.5) / (last - first + 1);

/**
 * The years to label on a scale `width` pixels wide when a label is `labelWidth` pixels wide: the
 * finest round step whose labels stand at least `gap` pixels apart, so they never run into one
 * another ("199520002005") however narrow the canvas gets. None while the width is unknown.
 */
export function fittingYearTicks(first: number, last: number, width: number, labelWidth: number, gap = 8): number[] {
  if (last < first || width <= 0) return [];
  const perYear = width / (last - first + 1);
  const step = STEPS.find((candidate) => candidate * perYear >= labelWidth + gap);
  if (step === undefined) return [];
  return roundYears(first, last, step);
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
