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
  // An element recorded whole ({node: {properties}, relationships}) reads as its properties beside the rest.
  const { node, ...others } = outer;
  const record = node && typeof node === 'object' && !Array.isArray(node) ? { ...others, ...(node as Record<string, unknown>) } : outer;
  const { properties, labels: _labels, ...rest } = record;
  return properties && typeof properties === 'object' && !Array.isArray(properties)
    ? { ...rest, ...(properties as Record<string, unknown>) }
    : record;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The properties a change touched, in a stable order, leaving out bookkeeping that says nothing to a reader. */
export function diffOf(before: unknown, after: unknown): PropertyDiff[] {
  const a = asObject(before);
  const b = asObject(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => key !== 'version');
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
