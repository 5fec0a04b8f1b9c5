import { en, type Messages } from './en';
import { fr } from './fr';

export type { Messages };
export const catalogues = { en, fr } as const;
export type Lang = keyof typeof catalogues;
