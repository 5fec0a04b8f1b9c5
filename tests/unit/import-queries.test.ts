import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir } from '../../api/src/db/queries.js';

/**
 * Right after a large import into an empty database, Neo4j's index statistics still describe an
 * empty index, and the planner chose a full index scan per row for the relationship lookup (a plain
 * `USING INDEX` hint allows that): 100x slower, minutes for 100k relationships. Every import query
 * that finds a node by id therefore carries `USING INDEX SEEK`.
 */
describe('import queries', () => {
  const files = readdirSync(path.join(cypherDir, 'queries')).filter((name) => name.startsWith('import-'));

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(`${file}: every node found by id is found by an index seek`, () => {
      const text = readFileSync(path.join(cypherDir, 'queries', file), 'utf8');
      const lookups = [...text.matchAll(/MATCH \((\w+):Entity \{id: [^}]+\}\)/g)].map((match) => match[1]);
      for (const variable of lookups) expect(text, `${file} (${variable})`).toContain(`USING INDEX SEEK ${variable}:Entity(id)`);
    });
  }
});
