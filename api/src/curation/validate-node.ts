import { BadRequest } from '../errors.js';
import type { NodeLabel } from '../model/vocabulary.js';
import { seedNodeSchema } from '../seed/schema.js';

/**
 * A node's properties checked (and normalised: trimmed, defaults) by the seed schema of its label;
 * the first issue becomes a 400 naming `<prefix>.<key>`. `version` is bookkeeping, not data.
 */
export function validNodeProperties(label: NodeLabel, id: string, properties: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const { version: _version, id: _id, ...data } = properties;
  const parsed = seedNodeSchema.safeParse({ label, id, ...data });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0];
    const field = key === undefined ? prefix : key === 'id' ? 'id' : `${prefix}.${String(key)}`;
    const message = issue?.code === 'unrecognized_keys' ? `is not a property of a ${label}` : (issue?.message ?? 'invalid');
    throw new BadRequest(`${field}: ${message}`, field);
  }
  const { label: _label, ...normalised } = parsed.data;
  // A source is named by its title when no display name is given (as the seed loader does).
  if (parsed.data.label === 'Source' && !parsed.data.name_en && !parsed.data.name_fr)
    (normalised as Record<string, unknown>)[parsed.data.language === 'fr' ? 'name_fr' : 'name_en'] = parsed.data.title;
  return normalised;
}

/** Keys whose values differ between two property maps (compared as JSON). */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)).sort();
}

/** The given keys of a property map, absent ones as null (so a revert knows to remove them). */
export function pick(properties: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, properties[key] ?? null]));
}
