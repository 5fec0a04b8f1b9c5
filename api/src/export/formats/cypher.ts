import type { PropertyKey, PropertyType } from '../properties.js';
import type { FormatWriter } from './format.js';

const NAMED_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Backslash, quote, C0 control characters and the two JavaScript line separators need escaping. */
function needsEscape(code: number): boolean {
  return code < 0x20 || code === 0x5c || code === 0x27 || code === 0x2028 || code === 0x2029;
}

/** A Cypher string literal: single-quoted, with backslash escapes for quotes, backslashes and control characters. */
export function cypherString(value: string): string {
  // A scan by char code rather than a regular expression: a pattern listing control characters is
  // what no-control-regex forbids, and this keeps the common case (nothing to escape) copy-free.
  let escaped = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!needsEscape(code)) continue;
    const char = value.charAt(i);
    escaped += value.slice(start, i) + (NAMED_ESCAPES[char] ?? `\\u${code.toString(16).padStart(4, '0')}`);
    start = i + 1;
  }
  return `'${start === 0 ? value : escaped + value.slice(start)}'`;
}

/** A label, relationship type or property key, backtick-quoted unless it is a plain identifier. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** A Cypher literal for a property value; floats keep a decimal point so they stay FLOAT. */
export function cypherValue(value: unknown, type: PropertyType = 'string'): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as a Cypher literal`);
    return type === 'float' && Number.isInteger(value) ? value.toFixed(1) : String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => cypherValue(item, type === 'float' ? 'float' : 'string')).join(', ')}]`;
  throw new Error(`A ${typeof value} cannot be stored as a Neo4j property`);
}

function cypherMap(properties: Record<string, unknown>, types: Map<string, PropertyType>): string {
  const entries = Object.entries(properties).filter(([, value]) => value !== null && value !== undefined);
  return `{${entries.map(([key, value]) => `${cypherName(key)}: ${cypherValue(value, types.get(key))}`).join(', ')}}`;
}

const ROWS_PER_STATEMENT = 100;

/**
 * A Cypher script that recreates the subgraph in an empty database: one line per statement, each
 * an UNWIND of literal rows (no parameters), nodes grouped by label, then relationships by type.
 * Run it with `cypher-shell -f export.cypher`. Node ids are unique (`:Entity` constraint first).
 */
export const cypherWriter: FormatWriter = {
  format: 'cypher',
  extension: 'cypher',
  contentType: 'text/plain; charset=utf-8',
  async write({ summary, elements }, sink, meta) {
    const typesOf = (keys: PropertyKey[]) => new Map(keys.map((key) => [key.name, key.type]));
    const nodeTypes = typesOf(summary.nodeKeys);
    const edgeTypes = typesOf(summary.edgeKeys);
    const comment = (text: string) => `// ${text.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n`;
    sink.write(
      comment(`Liaison export (${meta.selection}), ${meta.generatedAt.toISOString()}: ${summary.nodes} nodes, ${summary.edges} relationships.`),
    );
    sink.write(comment('Recreates the subgraph in an empty Neo4j 5 database: cypher-shell -f <this file>. One statement per line.'));
    sink.write('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n');

    // Rows wait per label (or type) until a statement is full, so each statement names its label literally.
    const pending = new Map<string, string[]>();
    const statement = (group: string, rows: string[]) => {
      const [kind, name] = group.split(' ') as [string, string];
      if (kind === 'node') {
        const labels = ['Entity', ...name.split(';').filter(Boolean)].map(cypherName).join(':');
        return `UNWIND [${rows.join(', ')}] AS properties CREATE (n:${labels}) SET n = properties;\n`;
      }
      return (
        `UNWIND [${rows.join(', ')}] AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) ` +
        `CREATE (a)-[r:${cypherName(name)}]->(b) SET r = row.properties;\n`
      );
    };
    const add = (group: string, row: string) => {
      const rows = pending.get(group) ?? [];
      rows.push(row);
      pending.set(group, rows);
      if (rows.length >= ROWS_PER_STATEMENT) {
        sink.write(statement(group, rows));
        pending.delete(group);
      }
    };
    const flushAll = () => {
      for (const [group, rows] of pending) sink.write(statement(group, rows));
      pending.clear();
    };

    let inEdges = false;
    for await (const element of elements) {
      if (element.kind === 'node') {
        const { id, labels, properties } = element.node;
        add(`node ${labels.join(';')}`, cypherMap({ ...properties, id }, nodeTypes));
      } else {
        if (!inEdges) {
          flushAll();
          inEdges = true;
        }
        const { id, type, source, target, properties } = element.edge;
        add(
          `edge ${type}`,
          `{from: ${cypherString(source)}, to: ${cypherString(target)}, properties: ${cypherMap({ ...properties, id }, edgeTypes)}}`,
        );
      }
      await sink.ready();
    }
    flushAll();
    await sink.close();
  },
};
