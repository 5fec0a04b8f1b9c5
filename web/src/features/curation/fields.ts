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

/**
 * What is wrong with a field, as a stable reason the catalogues say in each language (zod's and the
 * server's messages are English). Found from the field itself, so a server 400 naming only the
 * field gets the same sentence as the form's own check; `code` is the zod issue's when there is one.
 */
export type ProblemReason =
  | 'required'
  | 'name'
  | 'date'
  | 'number'
  | 'choice'
  | 'url'
  | 'id'
  | 'coordinates'
  | 'evidence'
  | 'source'
  | 'ends'
  | 'unchanged'
  | 'unknown-property'
  | 'invalid';

/** Fields (and relationship qualifiers) by kind, over every label: one key has one kind in the seed schema. */
const KIND_OF = new Map<string, FieldKind>([
  ...NODE_LABELS.flatMap((label) => fieldsOf(label).map((field) => [field.key, field.kind] as const)),
  ['date', 'date'],
  ['round', 'number'],
]);
const COORDINATES = new Set(['lat', 'lon', 'coordinates_source', 'coordinates_url']);
/** Inputs of a write that are not properties, named by the server's `field`. */
const BY_KEY: Record<string, ProblemReason> = {
  id: 'id',
  evidence: 'evidence',
  source: 'source',
  from: 'ends',
  to: 'ends',
  type: 'ends',
  set: 'unchanged',
};

/** The reason of a problem with `key` (a server 400 without `code` says only that the value was refused). */
export function problemReason(key: string, code?: string): ProblemReason {
  if (key === 'name_en' || key === 'name_fr') return 'name';
  if (code === 'custom' && COORDINATES.has(key)) return 'coordinates';
  if (code === 'unrecognized_keys') return 'unknown-property';
  const fixed = BY_KEY[key];
  if (fixed) return fixed;
  const kind = KIND_OF.get(key);
  if (kind === 'date' || kind === 'number' || kind === 'choice') return kind;
  if (key.endsWith('url')) return 'url';
  if (code === 'too_small' || code === 'invalid_type') return 'required';
  return 'invalid';
}

/** The whole candidate entity checked with the seed schema: field → reason of its first problem. */
export function checkEntity(label: NodeLabel, properties: Record<string, unknown>): Record<string, ProblemReason> {
  const result = seedNodeSchema.safeParse({ label, id: 'placeholder-id', ...properties });
  if (result.success) return {};
  const problems: Record<string, ProblemReason> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    // The id is the server's to make (from the name) when the form leaves it empty.
    if (key && key !== 'id' && !(key in problems)) problems[key] = problemReason(key, issue.code);
  }
  return problems;
}
