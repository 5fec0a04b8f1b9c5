/** What node size stands for; `none` draws every node the same size. */
export const SIZE_METRICS = ['degree', 'betweenness', 'pagerank', 'none'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export interface SizeScale {
  /** Node diameter in model pixels for a metric value. */
  size(value: number): number;
  /** Values to show in the legend with the diameter each gets, smallest first. */
  ticks: { value: number; size: number }[];
}

export const MIN_NODE_SIZE = 14;
export const MAX_NODE_SIZE = 56;

/** A round number near `value` (1, 2, 2.5 or 5 times a power of ten), not above it. */
export function niceFloor(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  const steps = [5, 2.5, 2, 1];
  return (steps.find((step) => step * power <= value) ?? 1) * power;
}

/**
 * Area proportional to the value (diameter by square root), so a node with four times the degree
 * looks four times as big, not sixteen. Legend ticks are round values spread over the range.
 */
export function sizeScale(values: number[], min = MIN_NODE_SIZE, max = MAX_NODE_SIZE): SizeScale {
  const top = Math.max(0, ...values.filter(Number.isFinite));
  if (top === 0) return { size: () => min, ticks: [] };
  const size = (value: number) => min + (max - min) * Math.sqrt(Math.max(0, Math.min(value, top)) / top);
  const candidates = [niceFloor(top), niceFloor(top / 4), niceFloor(top / 20)].filter((value) => value > 0);
  const ticks = [...new Set(candidates)].sort((a, b) => a - b).map((value) => ({ value, size: size(value) }));
  return { size, ticks };
}

/** Every node's degree on the canvas (edges counted once per end, loops once). */
export function degrees(nodeIds: Iterable<string>, edges: Iterable<{ source: string; target: string }>): Map<string, number> {
  const result = new Map<string, number>();
  for (const id of nodeIds) result.set(id, 0);
  for (const edge of edges) {
    if (result.has(edge.source)) result.set(edge.source, result.get(edge.source)! + 1);
    if (edge.target !== edge.source && result.has(edge.target)) result.set(edge.target, result.get(edge.target)! + 1);
  }
  return result;
}
