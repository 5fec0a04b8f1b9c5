import { useExplorer } from '../state/store';
import { en, type Messages } from './en';
import { fr } from './fr';

export type { Messages };
export const catalogues = { en, fr } as const;
export type Lang = keyof typeof catalogues;

/** The messages of the chosen language. */
export function useT(): Messages {
  return catalogues[useExplorer((state) => state.lang)];
}
