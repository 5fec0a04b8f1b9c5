import type { NodeLabel } from './vocabulary.js';

/** The prefix each label's ids start with (the seed's rules in api/src/seed/schema.ts). */
export const ID_PREFIX: Partial<Record<NodeLabel, string>> = {
  Event: 'event-',
  City: 'city-',
  Person: 'person-',
  Topic: 'topic-',
};

/** A lower-case ASCII slug of a name: accents folded, anything else becomes one hyphen. */
export function slugOf(text: string, maxLength = 60): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/**
 * The id a new entity gets when the curator gives none: its label's prefix and a slug of its
 * name (English, else French, else a Source's title). Countries keep their ISO code, which only
 * the curator can give, so they get none here (undefined).
 */
export function entityIdFor(label: NodeLabel, properties: Record<string, unknown>): string | undefined {
  if (label === 'Country') return undefined;
  const name = [properties.name_en, properties.name_fr, properties.title].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  if (!name) return undefined;
  const slug = slugOf(name);
  if (!slug) return undefined;
  const prefix = label === 'Source' ? (properties.kind === 'reference' ? 'ref-' : 'doc-') : (ID_PREFIX[label] ?? '');
  return slug.startsWith(prefix) ? slug : `${prefix}${slug}`;
}
