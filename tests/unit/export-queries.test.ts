import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir } from '../../api/src/db/queries.js';

/** Cypher cannot share a fragment between files: the selection and edge blocks are repeated and must stay identical. */
function block(name: string, marker: 'selection' | 'edges'): string {
  const text = readFileSync(path.join(cypherDir, 'queries', `${name}.cypher`), 'utf8');
  const start = text.indexOf(`// ${marker}:begin`);
  const end = text.indexOf(`// ${marker}:end`);
  expect(start, `${name} ${marker}`).toBeGreaterThan(-1);
  expect(end, `${name} ${marker}`).toBeGreaterThan(start);
  // Indentation differs where a block sits inside a subquery.
  return text
    .slice(start, end)
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

describe('export queries', () => {
  for (const marker of ['selection', 'edges'] as const) {
    it(`export-nodes, export-edges and export-summary share the same ${marker} block`, () => {
      const reference = block('export-edges', marker);
      expect(reference.length).toBeGreaterThan(100);
      expect(block('export-nodes', marker)).toBe(reference);
      expect(block('export-summary', marker)).toBe(reference);
    });
  }
});
