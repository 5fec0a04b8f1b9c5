import { franc } from 'franc';

/**
 * French or English, by franc's trigram model restricted to the two languages of the graph.
 * Undetermined text (too short) falls back to `fallback`.
 */
export function detectLanguage(text: string, fallback: 'fr' | 'en' = 'en'): 'fr' | 'en' {
  const code = franc(text.slice(0, 20_000), { only: ['fra', 'eng'], minLength: 10 });
  return code === 'fra' ? 'fr' : code === 'eng' ? 'en' : fallback;
}

/** A language tag from a file ("fr-FR", "en", "French") as fr/en, or null. */
export function languageTag(tag: string | null | undefined): 'fr' | 'en' | null {
  const lower = (tag ?? '').trim().toLowerCase();
  if (/^(fr|fra|fre|french|français)\b/.test(lower)) return 'fr';
  if (/^(en|eng|english|anglais)\b/.test(lower)) return 'en';
  return null;
}
