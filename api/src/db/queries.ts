import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../cypher');

/** Thrown when code asks for a query that cypher/queries does not hold. */
export class UnknownQuery extends Error {
  constructor(name: string) {
    super(`No named query "${name}" in cypher/queries`);
    this.name = 'UnknownQuery';
  }
}

/**
 * The text without its `//` comment lines. Comments document the files; Neo4j needs none of them,
 * and a query's text travels with every run: with its header, search's RUN message outgrew the
 * driver's 1 400-byte write buffer and every read took two socket writes instead of one.
 */
export function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}

/** A query names a fragment as `@name(variable)`; only cypher/fragments files qualify. */
const FRAGMENT_CALL = /@([A-Za-z]+)\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

/**
 * The predicates of cypher/fragments/*.cypher (comment lines dropped), whose element is written
 * `_r_`: shared by many queries so a rule (e.g. when a fact holds in time) is written once.
 */
export function readFragments(dir = path.join(cypherDir, 'fragments')): Map<string, string> {
  const fragments = new Map<string, string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cypher'))) {
    fragments.set(path.basename(file, '.cypher'), withoutCommentLines(readFileSync(path.join(dir, file), 'utf8')));
  }
  return fragments;
}

/** Replaces every `@fragment(variable)` with the fragment's predicate about that variable. */
export function expandFragments(text: string, fragments: Map<string, string>): string {
  return text.replace(FRAGMENT_CALL, (call: string, name: string, variable: string) => {
    const fragment = fragments.get(name);
    if (fragment === undefined) throw new Error(`Unknown Cypher fragment ${call}`);
    return fragment.replaceAll('_r_', variable);
  });
}

/** The named, parameterised queries of cypher/queries/*.cypher, read once at start, comment lines dropped. */
export class NamedQueries {
  private readonly byName = new Map<string, string>();

  constructor(dir = path.join(cypherDir, 'queries'), fragments = readFragments()) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.cypher'))) {
      const text = withoutCommentLines(readFileSync(path.join(dir, file), 'utf8'));
      this.byName.set(path.basename(file, '.cypher'), expandFragments(text, fragments));
    }
  }

  get(name: string): string {
    const text = this.byName.get(name);
    if (text === undefined) throw new UnknownQuery(name);
    return text;
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }
}

/** Splits cypher/schema.cypher into statements (one per `;`), dropping `//` comment lines. */
export function schemaStatements(file = path.join(cypherDir, 'schema.cypher')): string[] {
  return withoutCommentLines(readFileSync(file, 'utf8'))
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}
