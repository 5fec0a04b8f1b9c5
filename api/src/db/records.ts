import neo4j from 'neo4j-driver';

/**
 * Converts driver values (Integer, temporal types, Node, Relationship, Path) into plain JSON.
 * Nodes and relationships keep their properties and our stable `id`, never Neo4j's internal ids.
 * Runs on every value of every row (a cooperation answer holds tens of thousands), so the common
 * cases come first: primitives, lists and the driver's maps (plain objects), copied key by key
 * without intermediate arrays; the driver's own types are tested only for other objects.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans, most of every row, are already plain: skip the driver's type tests.
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) {
    const list = new Array<unknown>(value.length);
    for (let index = 0; index < value.length; index++) list[index] = toPlain(value[index]);
    return list;
  }
  // Maps of a row (and record.toObject()) are plain objects; Integer, temporal values, nodes… are class instances.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value)) return { labels: value.labels, properties: toPlain(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (neo4j.isPath(value)) return value.segments.map((segment) => toPlain(segment.relationship));
  return plainMap(value as Record<string, unknown>);
}

function plainMap(map: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(map)) plain[key] = toPlain(map[key]);
  return plain;
}
