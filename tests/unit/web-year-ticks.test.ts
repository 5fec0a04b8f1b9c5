import { describe, expect, it } from 'vitest';
import { fittingYearTicks, yearPosition } from '../../web/src/features/timeline/yearScale.js';

/** The labels' extents in pixels, as the time bar draws them (centred on their year's column). */
function extents(ticks: number[], first: number, last: number, width: number, labelWidth: number) {
  return ticks.map((year) => {
    const centre = yearPosition(year, first, last) * width;
    return { x1: centre - labelWidth / 2, x2: centre + labelWidth / 2 };
  });
}

describe('time bar year labels thinned by measured width', () => {
  const LABEL = 27; // "2005" at 11 px in the app's font
  for (const [first, last] of [
    [1993, 2021],
    [1949, 2025],
    [2004, 2010],
  ] as const)
    for (const width of [90, 160, 240, 330, 600, 1000]) {
      it(`labels ${first}–${last} on ${width} px without two labels touching`, () => {
        const ticks = fittingYearTicks(first, last, width, LABEL, 8);
        const boxes = extents(ticks, first, last, width, LABEL);
        for (let index = 1; index < boxes.length; index += 1) expect(boxes[index]!.x1 - boxes[index - 1]!.x2).toBeGreaterThanOrEqual(8);
        // Round years, in order, within the range.
        for (const year of ticks) expect(year).toBeGreaterThanOrEqual(first);
        for (const year of ticks) expect(year).toBeLessThanOrEqual(last);
        expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
        const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : null;
        if (step !== null) for (const year of ticks) expect(year % step).toBe(0);
        // As many as fit: halving the step (or the next finer round step) would make labels touch.
        if (width >= 240) expect(ticks.length).toBeGreaterThanOrEqual(2);
      });
    }

  it('uses the finest step that fits, and more labels on a wider scale', () => {
    expect(fittingYearTicks(2004, 2010, 1000, 27)).toEqual([2004, 2005, 2006, 2007, 2008, 2009, 2010]);
    expect(fittingYearTicks(1993, 2021, 160, 27).length).toBeLessThan(fittingYearTicks(1993, 2021, 600, 27).length);
    // 29 years on 330 px: 11.4 px a year; 2-year steps give 22.8 px < 35, 5-year steps 57 px.
    expect(fittingYearTicks(1993, 2021, 330, 27)).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
  });

  it('draws nothing until the width is known, and nothing for an empty range', () => {
    expect(fittingYearTicks(1993, 2021, 0, 27)).toEqual([]);
    expect(fittingYearTicks(2010, 2009, 500, 27)).toEqual([]);
  });
});
