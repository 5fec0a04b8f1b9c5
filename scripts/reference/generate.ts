import path from 'node:path';
import { validateSeed } from '../../api/src/seed/validate.js';
import { placeCities, type GazetteerPlace, type SeedFileData } from './coordinates.js';
import { readReferenceMaps } from './maps.js';
import { serialise, transformReference, type ReferenceFile } from './transform.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const defaultTablesDir = path.join(repoRoot, '..', 'shared', 'reference');
export const referenceSeedDir = path.join(repoRoot, 'seed', 'reference');
export const defaultMapsFile = path.join(referenceSeedDir, 'maps.yaml');

/** Thrown when the tables or maps have problems; carries them all, and nothing is written. */
export class ReferenceProblems extends Error {
  constructor(readonly problems: string[]) {
    super(`import-reference: ${problems.length} problem(s), nothing written:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ReferenceProblems';
  }
}

/** Checks generated files with the seed validator (`npm run seed`'s); throws SeedValidationError. */
export function validateReference(files: Map<string, ReferenceFile>): void {
  validateSeed([...files].map(([file, data]) => ({ file: `reference/${file}`, data })));
}

/**
 * The seed files (name → exact bytes) the tables and maps give. Throws ReferenceProblems when the
 * transformer's own checks fail, and SeedValidationError when the output does not pass the seed
 * validator (the same one `npm run seed` uses).
 */
export function generateReference(tablesDir: string, mapsFile = defaultMapsFile): Map<string, string> {
  const { files, problems } = transformReference(tablesDir, readReferenceMaps(mapsFile));
  if (problems.length > 0) throw new ReferenceProblems(problems);
  validateReference(files);
  return new Map([...files].map(([file, data]) => [file, serialise(data)]));
}

/**
 * The generated files with their cities' coordinates (scripts/reference/coordinates.ts), so that
 * regenerating keeps what `npm run reference:coordinates` wrote into seed/reference/cities.json.
 */
export function withCityCoordinates(files: Map<string, string>, places: readonly GazetteerPlace[]): Map<string, string> {
  const parsed = new Map([...files].map(([file, text]) => [file, JSON.parse(text) as SeedFileData]));
  const { changed } = placeCities(parsed, places);
  return new Map([...files].map(([file, text]) => [file, changed.has(file) ? serialise(changed.get(file) as ReferenceFile) : text]));
}
