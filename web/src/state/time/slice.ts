import type { Slice } from '../slice';

export interface TimeSlice {
  /** While the time slider plays: the last year shown. */
  playYear: number | null;
  /** First and last year with events (from the timeline), the slider's bounds. */
  timeExtent: [number, number] | null;
  /** Comparison mode: the canvas shows what changed from the first year to the second (null: off). */
  compare: [number, number] | null;
  /**
   * The year the open map has drawn (its statuses and places answered), null while it loads or when
   * no map is open: play waits for it, so no year goes by undrawn on a slow machine or network.
   */
  mapDrawnYear: number | null;
  setMapDrawnYear(year: number | null): void;
  showYear(year: number | null): void;
  setTimeExtent(extent: [number, number]): void;
  setCompare(years: [number, number] | null): void;
}

export const createTimeSlice: Slice<TimeSlice> = (set, get) => ({
  playYear: null,
  timeExtent: null,
  compare: null,
  mapDrawnYear: null,
  setMapDrawnYear(mapDrawnYear) {
    if (get().mapDrawnYear !== mapDrawnYear) set({ mapDrawnYear });
  },
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
