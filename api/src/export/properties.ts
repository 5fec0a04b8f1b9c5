/**
 * Property keys and their value types, as the typed formats declare them (GraphML `attr.type`,
 * GEXF attribute types, typed CSV headers, Cypher literals). Types come from the data itself
 * (Cypher `valueType()` in export-summary.cypher), not from a hand-written list.
 */

/** The value types an exported property can take. `json` is the fallback for mixed or nested values. */
export type PropertyType = 'string' | 'integer' | 'float' | 'boolean' | 'string[]' | 'json';

export interface PropertyKey {
  name: string;
  type: PropertyType;
}

/** One Cypher `valueType()` string ("STRING NOT NULL", "LIST<STRING NOT NULL> NOT NULL"…) as our type. */
function fromValueType(valueType: string): PropertyType | 'empty-list' {
  const bare = valueType.replace(/ NOT NULL/g, '');
  if (bare === 'STRING') return 'string';
  if (bare === 'INTEGER') return 'integer';
  if (bare === 'FLOAT') return 'float';
  if (bare === 'BOOLEAN') return 'boolean';
  if (bare === 'LIST<STRING>') return 'string[]';
  if (bare === 'LIST<NOTHING>') return 'empty-list';
  // Temporal values arrive as ISO strings (db/records.ts); anything else is carried as JSON.
  if (/^(DATE|ZONED DATETIME|LOCAL DATETIME|ZONED TIME|LOCAL TIME|DURATION)$/.test(bare)) return 'string';
  return 'json';
}

/** Folds the value types seen for one key into the one type the key is declared with. */
export function keyType(valueTypes: string[]): PropertyType {
  const seen = new Set(valueTypes.map(fromValueType));
  // An empty list fits any list type; a key that only ever holds empty lists is a string list.
  if (seen.has('empty-list')) {
    seen.delete('empty-list');
    if (seen.size === 0 || (seen.size === 1 && seen.has('string[]'))) return 'string[]';
    return 'json';
  }
  if (seen.size === 1) return [...seen][0] as PropertyType;
  if (seen.size === 2 && seen.has('integer') && seen.has('float')) return 'float';
  return 'json';
}

/** Rows `{key, valueType}` from export-summary.cypher → keys sorted with `id` and names first. */
export function propertyKeys(rows: { key: string; valueType: string }[]): PropertyKey[] {
  const byKey = new Map<string, Set<string>>();
  for (const { key, valueType } of rows) {
    const types = byKey.get(key) ?? new Set<string>();
    types.add(valueType);
    byKey.set(key, types);
  }
  return [...byKey.entries()]
    .map(([name, types]) => ({ name, type: keyType([...types]) }))
    .sort((a, b) => keyRank(a.name) - keyRank(b.name) || a.name.localeCompare(b.name));
}

const FIRST_KEYS = ['id', 'name_en', 'name_fr', 'aliases', 'description', 'sources', 'evidence', 'source_url'];

/** Identity, names and provenance lead, so a spreadsheet shows them first. */
function keyRank(name: string): number {
  const index = FIRST_KEYS.indexOf(name);
  return index === -1 ? FIRST_KEYS.length : index;
}

/** A value of a `json`-typed key, or any non-scalar, as text. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

/** The display name of a node: English, else French, else its id. */
export function displayName(properties: Record<string, unknown>, id: string): string {
  for (const key of ['name_en', 'name_fr', 'title']) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return id;
}

/**
 * The caption a graph tool shows on a node: its short name (`acronym_en`, `acronym_fr`,
 * `short_name`), else its display name. Long names stay in `name_en`/`name_fr`.
 */
export function caption(properties: Record<string, unknown>, id: string): string {
  for (const key of ['acronym_en', 'acronym_fr', 'short_name']) {
    const value = properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return displayName(properties, id);
}

/**
 * What tells parallel relationships apart in Gephi (GEXF `kind`, GraphML edge `label`, CSV
 * `Kind`): Gephi merges edges with the same ends and kind. The type, with the round when a
 * relationship has one (GRETA evaluates a country in several rounds): `EVALUATED round 2`.
 */
export function edgeKind(type: string, properties: Record<string, unknown>): string {
  const round = properties.round;
  return typeof round === 'number' || typeof round === 'string' ? `${type} round ${round}` : type;
}
