/** One property as a change record states it: its value before and after (undefined: absent). */
export interface PropertyDiff {
  key: string;
  before: unknown;
  after: unknown;
}

/** A change's before/after as an object: the API may send them parsed or as the JSON text stored. */
function asObject(value: unknown): Record<string, unknown> {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return { value };
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return parsed === null || parsed === undefined ? {} : { value: parsed };
  const outer = parsed as Record<string, unknown>;
  // An element recorded whole ({node: {properties}, relationships} or {relationship: {type, from, to,
  // properties}}) reads as its properties beside the rest; the relationships a node took with it count.
  const { node, relationship, relationships, createdSource: _source, ...others } = outer;
  const whole = [node, relationship].find((value) => value && typeof value === 'object' && !Array.isArray(value)) as
    Record<string, unknown> | undefined;
  const record: Record<string, unknown> = { ...others, ...(whole ?? {}) };
  if (Array.isArray(relationships) && relationships.length > 0) record.relationships = relationships.length;
  const { properties, labels: _labels, id: _id, ...rest } = record;
  return properties && typeof properties === 'object' && !Array.isArray(properties)
    ? { ...rest, ...(properties as Record<string, unknown>) }
    : record;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The properties a change touched, in a stable order, leaving out bookkeeping that says nothing to a reader. */
export function diffOf(before: unknown, after: unknown): PropertyDiff[] {
  const a = asObject(before);
  const b = asObject(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== 'version' && key !== 'id');
  return keys
    .filter((key) => !same(a[key], b[key]) || before === null || after === null)
    .sort()
    .map((key) => ({ key, before: a[key], after: b[key] }));
}

/** A value shown in one line (lists joined, objects as JSON, long texts cut). */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text =
    Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? value.join(' · ')
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** An entity as a merge record keeps it: its id and properties. */
export interface MergedEntity {
  id: string;
  properties: Record<string, unknown>;
}

const entityAt = (value: unknown): MergedEntity | null => {
  const entity = value as Partial<MergedEntity> | null | undefined;
  return entity && typeof entity.id === 'string' && entity.properties && typeof entity.properties === 'object' ? (entity as MergedEntity) : null;
};

/** The two sides of a merge record (`before.node` merged into `after.into`), or null for another change. */
export function mergeOf(before: unknown, after: unknown): { merged: MergedEntity; kept: MergedEntity } | null {
  const merged = entityAt((before as { node?: unknown } | null)?.node);
  const kept = entityAt((after as { into?: unknown } | null)?.into);
  return merged && kept ? { merged, kept } : null;
}
