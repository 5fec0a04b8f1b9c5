import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir, NamedQueries } from '../../api/src/db/queries.js';

const dir = path.join(cypherDir, 'queries');

describe('NamedQueries', () => {
  const queries = new NamedQueries();

  it('sends no comment lines to Neo4j, and every other line of each file as written', () => {
    const files = readdirSync(dir).filter((name) => name.endsWith('.cypher'));
    expect(queries.names()).toHaveLength(files.length);
    for (const file of files) {
      const text = queries.get(path.basename(file, '.cypher'));
      const lines = text.split('\n');
      expect(
        lines.filter((line) => line.trim().startsWith('//')),
        file,
      ).toEqual([]);
      // Lines without a fragment call are kept verbatim and in order.
      const written = readFileSync(path.join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.trim().startsWith('//') && !line.includes('@'));
      let at = 0;
      for (const line of written) {
        at = lines.indexOf(line, at);
        expect(at, `${file}: ${line}`).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("keeps search's text within one driver write (1 400 bytes with its parameters)", () => {
    // neo4j-driver flushes its 1 400-byte chunk buffer as soon as a message outgrows it: one socket write more.
    expect(Buffer.byteLength(queries.get('search-entities'))).toBeLessThan(1000);
  });
});
