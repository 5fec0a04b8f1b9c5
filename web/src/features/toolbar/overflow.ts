/**
 * How many toolbar groups fit on one row, in order of priority: the first `n` stay on the row and
 * the rest go into the "More" menu. `widths` are the groups' own widths (measured once drawn),
 * `gap` the space between two items, `moreWidth` the width of the More button itself.
 */
export function groupsThatFit(widths: readonly number[], available: number, gap: number, moreWidth: number): number {
  const total = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, widths.length - 1);
  if (total <= available) return widths.length;
  // Room must be left for the More button once anything overflows.
  let used = moreWidth;
  let count = 0;
  for (const width of widths) {
    const next = used + gap + width;
    if (next > available) break;
    used = next;
    count += 1;
  }
  return count;
}
