import { useExplorer } from '../state/store';
import { catalogues, type Messages } from './catalogues';

export { catalogues, type Lang, type Messages } from './catalogues';

/** The messages of the chosen language. */
export function useT(): Messages {
  return catalogues[useExplorer((state) => state.lang)];
}
