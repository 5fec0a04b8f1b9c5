import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SeedValidationError } from '../../api/src/seed/validate.js';
import { generateReference, ReferenceProblems, validateReference } from '../../scripts/reference/generate.js';
import { readReferenceMaps } from '../../scripts/reference/maps.js';
import { ratificationDateFromNotes, serialise, transformReference } from '../../scripts/reference/transform.js';

/**
 * The typed reference transformer against the output of the script it replaced
 * (scripts/import-reference.mjs), run once on the same small tables: tests/fixtures/reference/
 * tables holds a few rows of each table (one file with a BOM, one with CRLF line ends, quoted cells
 * with commas), and expected/ the old script's output for them, byte for byte, with the problems
 * it reported (a small table set is not the full one: counts and map entries do not match).
 */
const fixtures = path.resolve(import.meta.dirname, '../fixtures/reference');
const tables = path.join(fixtures, 'tables');
const expected = path.join(fixtures, 'expected');
const mapsFile = path.resolve(import.meta.dirname, '../../seed/reference/maps.yaml');

describe('reference transformer', () => {
  const output = transformReference(tables, readReferenceMaps(mapsFile));

  it('writes the same files, byte for byte, as the script it replaced', () => {
    const files = readdirSync(expected).filter((name) => name.endsWith('.json'));
    expect([...output.files.keys()].sort()).toEqual(files.sort());
    for (const file of files) expect(serialise(output.files.get(file)!), file).toBe(readFileSync(path.join(expected, file), 'utf8'));
  });

  it('reports the same problems for tables that are not the full set', () => {
    const problems = readFileSync(path.join(expected, 'problems.txt'), 'utf8').trimEnd().split('\n');
    expect([...output.problems].sort()).toEqual([...problems].sort());
  });

  it('refuses to generate anything while there are problems', () => {
    expect(() => generateReference(tables, mapsFile)).toThrow(ReferenceProblems);
  });

  it('checks its output with the seed validator', () => {
    expect(() => validateReference(output.files)).not.toThrow();
    const organisations = output.files.get('organisations.json')!;
    // The transformer's own checks pass this node; the seed schema does not (no such Actor kind).
    const broken = new Map(output.files);
    broken.set('organisations.json', {
      ...organisations,
      nodes: organisations.nodes.map((node) => (node.id === 'greta' ? { ...node, kind: 'club' } : node)),
    });
    expect(() => validateReference(broken)).toThrow(SeedValidationError);
  });
});

describe('a ratification the table leaves undated', () => {
  it('takes the year, and the month when given, that its notes state for the act', () => {
    expect(ratificationDateFromNotes('ratified in 2012 per source; exact dates not found')).toBe('2012');
    expect(ratificationDateFromNotes('party; ratified in June 2003 per source (day not given)')).toBe('2003-06');
    expect(ratificationDateFromNotes('instrument of accession deposited in spring 2021 (exact day not found)')).toBe('2021');
    expect(ratificationDateFromNotes('Japan says it became a party to UNTOC and the Protocol in 2017 (day not given)')).toBe('2017');
  });

  it('gives nothing for a bound or a date of something else', () => {
    expect(ratificationDateFromNotes('party per OSCE Commentary statement that all States had ratified the Protocol by 17 Dec 2014')).toBeUndefined();
    expect(ratificationDateFromNotes('signature date from Dutch Tractatenblad 2004, 35; deposit date not found')).toBeUndefined();
    expect(ratificationDateFromNotes(undefined)).toBeUndefined();
  });
});
