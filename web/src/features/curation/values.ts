import type { Field } from './fields';

/** What a form control holds: text for most fields, a flag for booleans. */
export type Draft = Record<string, string | boolean>;

/** A stored property as the form shows it (lists one item per line). */
export function toDraft(field: Field, value: unknown): string | boolean {
  if (field.kind === 'boolean') return value === true;
  if (Array.isArray(value)) return value.join('\n');
  return value === undefined || value === null ? '' : String(value);
}

/** The property a control's content stands for; undefined when left empty. */
export function fromDraft(field: Field, draft: string | boolean | undefined): string | number | boolean | string[] | undefined {
  if (field.kind === 'boolean') return draft === true;
  const text = typeof draft === 'string' ? draft.trim() : '';
  if (!text) return undefined;
  if (field.kind === 'number') return Number(text);
  if (field.kind === 'list')
    return text
      .split('\n')
      .map((item) => item.trim())
      .filter(Boolean);
  return text;
}

/** The properties of a draft, empty fields left out. */
export function propertiesOf(fields: Field[], draft: Draft): Record<string, string | number | boolean | string[]> {
  const properties: Record<string, string | number | boolean | string[]> = {};
  for (const field of fields) {
    const value = fromDraft(field, draft[field.key]);
    if (value !== undefined) properties[field.key] = value;
  }
  return properties;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Only what the user changed, as a patch: keys whose value differs from the version read go in
 * `set`, keys emptied go in `unset` (an untouched false flag is not a change).
 */
export function patchOf(fields: Field[], draft: Draft, stored: Record<string, unknown>) {
  const set: Record<string, string | number | boolean | string[]> = {};
  const unset: string[] = [];
  for (const field of fields) {
    const before = stored[field.key];
    const after = fromDraft(field, draft[field.key]);
    if (field.kind === 'boolean' && after === false && before === undefined) continue;
    if (field.kind === 'list' && Array.isArray(after) && after.length === 0 && (before === undefined || same(before, []))) continue;
    if (after === undefined) {
      if (before !== undefined && before !== null && !same(before, [])) unset.push(field.key);
    } else if (!same(before, after)) set[field.key] = after;
  }
  return { set, unset };
}
