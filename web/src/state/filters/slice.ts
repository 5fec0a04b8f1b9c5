import type { Slice } from '../slice';

/** Client-side filters of what is drawn; also passed to the API for expansions. Years, inclusive. */
export interface Filters {
  hiddenLabels: string[];
  hiddenTypes: string[];
  country: string | null;
  topic: string | null;
  from: number | null;
  to: number | null;
}

export const NO_FILTERS: Filters = { hiddenLabels: [], hiddenTypes: [], country: null, topic: null, from: null, to: null };

export interface FiltersSlice {
  filters: Filters;
  setFilters(patch: Partial<Filters>): void;
  toggleLabel(label: string): void;
  toggleType(type: string): void;
  /** Back to no filter at all, and stops showing a played year. */
  resetFilters(): void;
}

const toggled = (list: string[], item: string) => (list.includes(item) ? list.filter((other) => other !== item) : [...list, item]);

export const createFiltersSlice: Slice<FiltersSlice> = (set, get) => ({
  filters: NO_FILTERS,
  setFilters(patch) {
    set({ filters: { ...get().filters, ...patch } });
  },
  toggleLabel(label) {
    get().setFilters({ hiddenLabels: toggled(get().filters.hiddenLabels, label) });
  },
  toggleType(type) {
    get().setFilters({ hiddenTypes: toggled(get().filters.hiddenTypes, type) });
  },
  resetFilters() {
    set({ filters: NO_FILTERS, playYear: null });
  },
});
