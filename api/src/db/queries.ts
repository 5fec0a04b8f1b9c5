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

/** The named, parameterised queries of cypher/queries/*.cypher, read once at start. */
export class NamedQueries {
  private readonly byName = new Map<string, string>();

  constructor(dir = path.join(cypherDir, 'queries')) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.cypher'))) {
      this.byName.set(path.basename(file, '.cypher'), readFileSync(path.join(dir, file), 'utf8'));
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
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}
