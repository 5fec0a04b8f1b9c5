import type { Slice } from '../slice';

export interface TimeSlice {
  /** While the time slider plays: the last year shown. */
  playYear: number | null;
  /** First and last year with events (from the timeline), the slider's bounds. */
  timeExtent: [number, number] | null;
  showYear(year: number | null): void;
  setTimeExtent(extent: [number, number]): void;
}

export const createTimeSlice: Slice<TimeSlice> = (set, get) => ({
  playYear: null,
  timeExtent: null,
  showYear(year) {
    set({ playYear: year });
  },
  setTimeExtent(extent) {
    const current = get().timeExtent;
    if (current?.[0] !== extent[0] || current[1] !== extent[1]) set({ timeExtent: extent });
  },
});
