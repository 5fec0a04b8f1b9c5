import type { Slice } from '../slice';

export interface TimeSlice {
  /** While the time slider plays: the last year shown. */
  playYear: number | null;
  /** First and last year with events (from the timeline), the slider's bounds. */
  timeExtent: [number, number] | null;
  /** Comparison mode: the canvas shows what changed from the first year to the second (null: off). */
  compare: [number, number] | null;
  showYear(year: number | null): void;
  setTimeExtent(extent: [number, number]): void;
  setCompare(years: [number, number] | null): void;
}

export const createTimeSlice: Slice<TimeSlice> = (set, get) => ({
  playYear: null,
  timeExtent: null,
  compare: null,
  setCompare(years) {
    set({ compare: years });
  },
  showYear(year) {
    set({ playYear: year });
  },
  setTimeExtent(extent) {
    const current = get().timeExtent;
    if (current?.[0] !== extent[0] || current[1] !== extent[1]) set({ timeExtent: extent });
  },
});
