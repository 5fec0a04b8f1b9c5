type Point = { x: number; y: number };

/** Room per node on a ring, in layout units (a node up to 48 px wide plus its caption). */
export const RING_SPACING = 70;
/** The first ring's smallest radius, so a few neighbours do not sit on the expanded node. */
const MIN_RADIUS = 110;

/**
 * Where to gather a node's neighbours: around `centre`, in the angular order they already have (so
 * edges cross as little as before), on as many concentric rings as needed so that two neighbours
 * are never closer than `spacing`. `current` holds where each neighbour stands now.
 */
export function gatherAround(centre: Point, current: ReadonlyMap<string, Point>, spacing = RING_SPACING): Map<string, Point> {
  const ids = [...current.keys()].sort((a, b) => angleOf(centre, current.get(a)!) - angleOf(centre, current.get(b)!) || a.localeCompare(b));
  const result = new Map<string, Point>();
  let start = 0;
  let radius = MIN_RADIUS;
  while (start < ids.length) {
    // How many fit on this ring at `spacing` apart (a chord of 2r·sin(π/n) ≥ spacing).
    const capacity = Math.max(1, Math.floor(Math.PI / Math.asin(Math.min(1, spacing / (2 * radius)))));
    const ring = ids.slice(start, start + capacity);
    // Fewer nodes than the ring holds: spread them evenly all the same.
    ring.forEach((id, index) => {
      const angle = (2 * Math.PI * index) / ring.length - Math.PI / 2;
      result.set(id, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
    });
    start += ring.length;
    radius += spacing;
  }
  return result;
}

function angleOf(centre: Point, point: Point): number {
  const angle = Math.atan2(point.y - centre.y, point.x - centre.x) + Math.PI / 2;
  return angle < 0 ? angle + 2 * Math.PI : angle;
}
