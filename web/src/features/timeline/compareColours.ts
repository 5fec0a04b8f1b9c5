/**
 * The comparison of two years in one pair of colours wherever it shows (canvas, map, map table,
 * legends): blue for added, vermilion for gone, told apart with the common colour-vision
 * deficiencies (on the canvas gone is also dashed).
 */
export const COMPARE_COLOURS = { added: '#0a6fc2', removed: '#d2461e' } as const;

/** The two compared years in order, whichever was typed first. */
export function orderedYears(years: readonly [number, number]): [early: number, late: number] {
  return [Math.min(years[0], years[1]), Math.max(years[0], years[1])];
}
