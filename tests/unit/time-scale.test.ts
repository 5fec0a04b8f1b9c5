import { describe, expect, it } from 'vitest';
import { shiftWindow, typedYear, yearTicks } from '../../web/src/features/timeline/yearScale.js';

describe('time bar scale', () => {
  it('labels round years, at most 12', () => {
    expect(yearTicks(2004, 2010)).toEqual([2004, 2005, 2006, 2007, 2008, 2009, 2010]);
    expect(yearTicks(1993, 2021)).toEqual([1995, 2000, 2005, 2010, 2015, 2020]);
    expect(yearTicks(1930, 2025).length).toBeLessThanOrEqual(12);
    expect(yearTicks(1930, 2025)[0]).toBe(1930);
    expect(yearTicks(2010, 2009)).toEqual([]);
  });

  it('drags a window by whole years, keeping its length, inside the bounds', () => {
    expect(shiftWindow(2014, 2017, 2, 2000, 2025)).toEqual([2016, 2019]);
    expect(shiftWindow(2014, 2017, 20, 2000, 2025)).toEqual([2022, 2025]);
    expect(shiftWindow(2014, 2017, -30, 2000, 2025)).toEqual([2000, 2003]);
  });

  it('accepts a typed year within the bounds only', () => {
    expect(typedYear(' 2014 ', 2000, 2025)).toBe(2014);
    expect(typedYear('1999', 2000, 2025)).toBeNull();
    expect(typedYear('20', 2000, 2025)).toBeNull();
  });
});
