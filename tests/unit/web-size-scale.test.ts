import { describe, expect, it } from 'vitest';
import { degrees, MAX_NODE_SIZE, MIN_NODE_SIZE, niceFloor, sizeScale } from '../../web/src/graph/readability/sizeScale.js';

describe('node size scale', () => {
  it('maps the largest value to the largest size and area grows with the value', () => {
    const scale = sizeScale([0, 4, 16, 64]);
    expect(scale.size(64)).toBeCloseTo(MAX_NODE_SIZE);
    expect(scale.size(0)).toBeCloseTo(MIN_NODE_SIZE);
    const extra = (value: number) => scale.size(value) - MIN_NODE_SIZE;
    // Diameter above the minimum goes with the square root: 4x the value, 2x the extra diameter.
    expect(extra(64) / extra(16)).toBeCloseTo(2);
    expect(scale.size(1000)).toBeCloseTo(MAX_NODE_SIZE);
  });

  it('gives round legend ticks within the range, smallest first, with their sizes', () => {
    const scale = sizeScale([3, 17, 143]);
    expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
    const values = scale.ticks.map((tick) => tick.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    for (const tick of scale.ticks) {
      expect(tick.value).toBeLessThanOrEqual(143);
      expect(tick.size).toBeCloseTo(scale.size(tick.value));
      expect(niceFloor(tick.value)).toBe(tick.value);
    }
    expect(values.at(-1)).toBe(100);
  });

  it('works for small fractional metrics (PageRank) and for an empty or flat graph', () => {
    const scale = sizeScale([0.004, 0.031, 0.12]);
    expect(scale.ticks.map((tick) => tick.value)).toContain(0.1);
    expect(sizeScale([]).ticks).toEqual([]);
    expect(sizeScale([0, 0]).size(0)).toBe(MIN_NODE_SIZE);
  });

  it('counts degrees on the canvas', () => {
    const result = degrees(
      ['a', 'b', 'c'],
      [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'c' },
        { source: 'a', target: 'zz' },
      ],
    );
    expect(Object.fromEntries(result)).toEqual({ a: 3, b: 1, c: 1 });
  });
});
