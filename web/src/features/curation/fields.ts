import { isoDate } from '../../../../api/src/model/dates';
import { NODE_LABELS, type NodeLabel } from '../../../../api/src/model/vocabulary';
import { seedNodeSchema } from '../../../../api/src/seed/schema';

/** How a property is typed in: the form control follows the seed schema's type of the field. */
export type FieldKind = 'text' | 'long-text' | 'date' | 'number' | 'boolean' | 'list' | 'choice';

export interface Field {
  key: string;
  kind: FieldKind;
  required: boolean;
  /** The closed vocabulary of a `choice` (kinds, languages). */
  choices?: readonly string[];
}

export { NODE_LABELS, type NodeLabel };

/** Keys the form never shows: the label is the picker, versions and ids are the server's business. */
const HIDDEN = new Set(['label', 'id', 'version']);
const LONG = new Set(['description', 'participants_note', 'place_note']);

interface Introspected {
  def: { type: string; innerType?: Introspected };
  options?: readonly string[];
  shape?: Record<string, Introspected>;
}

/** The schema of one label: an option of the seed's discriminated union (a zod object). */
function labelSchema(label: NodeLabel): Record<string, Introspected> {
  const options = (seedNodeSchema as unknown as { options: Introspected[] }).options;
  const found = options.find((option) => (option.shape?.label as { def: { values?: unknown[] } } | undefined)?.def.values?.[0] === label);
  return found?.shape ?? {};
}

/** One field's control and whether it is required, read from its zod type (optional/default wrap it). */
function describe(key: string, schema: Introspected): Field {
  let inner = schema;
  let required = true;
  while (inner.def.type === 'optional' || inner.def.type === 'default') {
    required = false;
    inner = inner.def.innerType!;
  }
  const type = inner.def.type;
  const kind: FieldKind =
    (inner as unknown) === isoDate
      ? 'date'
      : type === 'enum'
        ? 'choice'
        : type === 'boolean'
          ? 'boolean'
          : type === 'number'
            ? 'number'
            : type === 'array'
              ? 'list'
              : LONG.has(key)
                ? 'long-text'
                : 'text';
  return { key, kind, required, ...(kind === 'choice' ? { choices: inner.options } : {}) };
}

/**
 * The fields of an entity of `label`, in the seed schema's order, as the API validates them
 * (with the same schema). Names come first; either name satisfies the "a name is required" rule.
 */
export function fieldsOf(label: NodeLabel): Field[] {
  return Object.entries(labelSchema(label))
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, schema]) => describe(key, schema));
}

/** The whole candidate entity checked with the seed schema: field → message of the first problem. */
export function checkEntity(label: NodeLabel, properties: Record<string, unknown>): Record<string, string> {
  const result = seedNodeSchema.safeParse({ label, id: 'placeholder-id', ...properties });
  if (result.success) return {};
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    // The id is the server's to make (from the name) when the form leaves it empty.
    if (key && key !== 'id' && !(key in problems)) problems[key] = issue.message;
  }
  return problems;
}
