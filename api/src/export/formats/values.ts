import { jsonText, type PropertyKey, type PropertyType } from '../properties.js';

/**
 * A property value as the text of a typed attribute (GraphML `<data>`, CSV cells): scalars as
 * themselves, string lists and anything of type `json` as JSON, so list items may hold commas,
 * quotes and line breaks. Returns undefined for an absent value.
 */
export function valueText(value: unknown, type: PropertyType): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (type === 'string[]' || type === 'json' || typeof value === 'object') return jsonText(value);
  return String(value);
}

/** Looks properties up in a key list's order, skipping `id` and absent values. */
export function presentValues(keys: PropertyKey[], properties: Record<string, unknown>): { key: PropertyKey; value: unknown }[] {
  const present: { key: PropertyKey; value: unknown }[] = [];
  for (const key of keys) {
    if (key.name === 'id') continue;
    const value = properties[key.name];
    if (value !== null && value !== undefined) present.push({ key, value });
  }
  return present;
}
