import type { MapView } from './projection';

/** What the map shows; kept by the app (URL and store), changed through `onChange`. */
export interface MapSettings {
  measure: string;
  /** A second measure: countries coloured by the pair (bivariate). */
  second: string | null;
  view: MapView;
  /** Comparison year: countries coloured by what changed between `year` and this year. */
  compare: number | null;
  events: boolean;
  flows: boolean;
}
