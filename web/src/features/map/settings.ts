import type { MapView } from './projection';

/**
 * What the map shows; kept by the app (URL and store), changed through `onChange`. The comparison
 * of two years is not here: it is the app's one comparison mode (state/time `compare`), shared with
 * the canvas and the time bar.
 */
export interface MapSettings {
  measure: string;
  /** A second measure: countries coloured by the pair (bivariate). */
  second: string | null;
  view: MapView;
  events: boolean;
  flows: boolean;
}
