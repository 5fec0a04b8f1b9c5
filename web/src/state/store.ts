import { create, type StateCreator } from 'zustand';
import { createCurationSlice, type CurationSlice } from './curation/slice';
import { createCanvasSlice, type CanvasSlice } from './canvas/slice';
import { createFiltersSlice, type FiltersSlice } from './filters/slice';
import { createLanguageSlice, type LanguageSlice } from './language/slice';
import { createMapSlice, type MapSlice } from './map/slice';
import { createPresentationSlice, type PresentationSlice } from './presentation/slice';
import { createSelectionSlice, type SelectionSlice } from './selection/slice';
import { createTimeSlice, type TimeSlice } from './time/slice';
import { createStoriesSlice, type StoriesSlice } from './stories/slice';
import { createWorkingGraphSlice, type WorkingGraphSlice } from './workingGraph/slice';

export { LAYOUTS, type LayoutName, type Renderer } from './canvas/slice';
export { NO_FILTERS, type Filters } from './filters/slice';
export type { Metric } from './presentation/slice';
export type { Focus, Selection } from './selection/slice';
export type { CurationTask } from './curation/slice';
export type { Position } from './slice';

/**
 * The explorer's client state, one slice per domain (working graph, canvas, filters, time,
 * selection, presentation, language, map, curation), each in its own folder with its named actions. One store,
 * so that an action touching two domains (a reset of filters stops the played year) stays atomic
 * and the deep link can watch everything it writes.
 */
export type ExplorerState = WorkingGraphSlice &
  CanvasSlice &
  FiltersSlice &
  TimeSlice &
  SelectionSlice &
  PresentationSlice &
  LanguageSlice &
  MapSlice &
  CurationSlice &
  StoriesSlice;

/** Every slice in one state (exported for tests, which build the store outside a browser). */
export const explorerState: StateCreator<ExplorerState> = (...args) => ({
  ...createWorkingGraphSlice(...args),
  ...createCanvasSlice(...args),
  ...createFiltersSlice(...args),
  ...createTimeSlice(...args),
  ...createSelectionSlice(...args),
  ...createPresentationSlice(...args),
  ...createLanguageSlice(...args),
  ...createMapSlice(...args),
  ...createCurationSlice(...args),
  ...createStoriesSlice(...args),
});

export const useExplorer = create<ExplorerState>()(explorerState);
