import { describe, expect, it } from 'vitest';
import { gatherAround, RING_SPACING } from '../../web/src/graph/gather';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

function scattered(count: number, seed = 7): Map<string, { x: number; y: number }> {
  let state = seed;
  const random = () => ((state = (state * 48271) % 2147483647) / 2147483647) * 4000 - 2000;
  return new Map(Array.from({ length: count }, (_, index) => [`n${index}`, { x: random(), y: random() }]));
}

describe('gatherAround', () => {
  const centre = { x: 500, y: -300 };

  for (const count of [1, 3, 12, 40, 150]) {
    it(`places ${count} neighbours around the centre, never closer than the spacing to each other or to it`, () => {
      const current = scattered(count);
      const placed = gatherAround(centre, current);
      expect([...placed.keys()].sort()).toEqual([...current.keys()].sort());
      const points = [...placed.values()];
      for (const point of points) expect(distance(point, centre)).toBeGreaterThanOrEqual(RING_SPACING);
      for (let i = 0; i < points.length; i += 1)
        for (let j = i + 1; j < points.length; j += 1) expect(distance(points[i]!, points[j]!)).toBeGreaterThanOrEqual(RING_SPACING - 1e-6);
      // Gathered: much closer than where they were scattered (a 4,000-unit square).
      const farthest = Math.max(...points.map((point) => distance(point, centre)));
      expect(farthest).toBeLessThan(110 + RING_SPACING * Math.ceil(Math.sqrt(count)) + 1);
    });
  }

  it('keeps the neighbours in the angular order they had around the centre', () => {
    const current = new Map([
      ['east', { x: centre.x + 900, y: centre.y }],
      ['north', { x: centre.x, y: centre.y - 50 }],
      ['west', { x: centre.x - 10, y: centre.y }],
      ['south', { x: centre.x, y: centre.y + 300 }],
    ]);
    const placed = gatherAround(centre, current);
    const side = (id: string) => {
      const point = placed.get(id)!;
      return Math.atan2(point.y - centre.y, point.x - centre.x);
    };
    // North stays north (above), south below, east to the right, west to the left.
    expect(placed.get('north')!.y).toBeLessThan(centre.y);
    expect(placed.get('south')!.y).toBeGreaterThan(centre.y);
    expect(placed.get('east')!.x).toBeGreaterThan(centre.x);
    expect(placed.get('west')!.x).toBeLessThan(centre.x);
    expect(Math.abs(side('east'))).toBeLessThan(Math.PI / 4);
  });
});
