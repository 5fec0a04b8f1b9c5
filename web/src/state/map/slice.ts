import type { MapSettings } from '../../features/map/settings';
import type { Slice } from '../slice';

export const DEFAULT_MAP: MapSettings = { measure: 'cets-197', second: null, view: 'europe', events: true, flows: false };

export interface MapSlice {
  /** Whether the map is shown instead of the canvas (the canvas stays mounted underneath). */
  mapOpen: boolean;
  map: MapSettings;
  setMapOpen(open: boolean): void;
  setMap(settings: MapSettings): void;
}

export const createMapSlice: Slice<MapSlice> = (set) => ({
  mapOpen: false,
  map: DEFAULT_MAP,
  setMapOpen(mapOpen) {
    set({ mapOpen });
  },
  setMap(map) {
    set({ map });
  },
});
