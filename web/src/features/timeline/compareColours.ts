/**
 * The comparison of two years in one set of colours wherever it shows (canvas, map, map table,
 * legends), from Okabe and Ito's colour-blind safe palette: blue for added, vermilion for gone,
 * yellow for a status that changed (signed → Party), mid grey for unchanged. Every pair stays
 * apart in CIEDE2000, also as seen with deuteranopia, protanopia and tritanopia
 * (tests/unit/compare-colours.test.ts); on the canvas gone is also dashed.
 */
export const COMPARE_COLOURS = { added: '#0072b2', removed: '#d55e00', changed: '#f0e442', kept: '#8c8c8c' } as const;

/** The two compared years in order, whichever was typed first. */
export function orderedYears(years: readonly [number, number]): [early: number, late: number] {
  return [Math.min(years[0], years[1]), Math.max(years[0], years[1])];
}
