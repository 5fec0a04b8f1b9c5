/** The two languages the graph names things in. */
export const CAPTION_LANGS = ['en', 'fr'] as const;
export type CaptionLang = (typeof CAPTION_LANGS)[number];

/** A name at most this long reads as a caption in two short lines; longer ones look for a short form. */
export const CAPTION_NAME_MAX = 28;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * The short caption of a node in one language: its curated short name or acronym in that language
 * (UNODC / ONUDC, CETS 197 / STCE 197), else its name when short enough, else a short form in the
 * other language or a language-neutral one (a symbol such as A/RES/64/178), else the full name.
 * Reading order matters: a French screen prefers "Conseil de l'Europe" to the English acronym "CoE".
 */
export function captionOf(id: string, properties: Record<string, unknown>, lang: CaptionLang): string {
  const other: CaptionLang = lang === 'en' ? 'fr' : 'en';
  // `short_name` predates the per-language fields and is English or language-neutral.
  const own =
    text(properties[`short_name_${lang}`]) ?? text(properties[`acronym_${lang}`]) ?? (lang === 'en' ? text(properties.short_name) : undefined);
  if (own) return own;
  const name = text(properties[`name_${lang}`]) ?? text(properties[`name_${other}`]) ?? text(properties.title) ?? id;
  if (name.length <= CAPTION_NAME_MAX) return name;
  return (
    text(properties[`short_name_${other}`]) ?? text(properties[`acronym_${other}`]) ?? text(properties.short_name) ?? text(properties.symbol) ?? name
  );
}

/** The caption in every language, as the graph node shape carries it. */
export function captionsOf(id: string, properties: Record<string, unknown>): Record<CaptionLang, string> {
  return { en: captionOf(id, properties, 'en'), fr: captionOf(id, properties, 'fr') };
}
