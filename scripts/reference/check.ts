/**
 * `npx tsx scripts/reference/check.ts [tables-dir]`: the maintainer check that the transformer still gives the
 * committed seed/reference/*.json byte for byte. It needs the tables in ../shared/reference (which a
 * user's clone has not): without them it says so and exits 0. Writes to a temporary folder only.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultTablesDir, generateReference, referenceSeedDir, withCityCoordinates } from './generate.js';
import { loadGazetteer } from './gazetteer.js';

const tablesDir = path.resolve(process.argv[2] ?? defaultTablesDir);
if (!existsSync(path.join(tablesDir, 'countries.csv'))) {
  console.log(`reference check skipped: no tables in ${tablesDir}`);
  process.exit(0);
}
const temp = mkdtempSync(path.join(os.tmpdir(), 'liaison-reference-'));
try {
  const files = withCityCoordinates(generateReference(tablesDir), await loadGazetteer());
  const differing: string[] = [];
  for (const [file, text] of files) {
    writeFileSync(path.join(temp, file), text, 'utf8');
    const committed = path.join(referenceSeedDir, file);
    const same = existsSync(committed) && Buffer.compare(readFileSync(committed), readFileSync(path.join(temp, file))) === 0;
    console.log(`${same ? 'same' : 'DIFFERENT'}  seed/reference/${file} (${Buffer.byteLength(text)} bytes)`);
    if (!same) differing.push(file);
  }
  if (differing.length > 0) {
    console.error(`${differing.length} file(s) differ from the transformer's output: ${differing.join(', ')}`);
    process.exitCode = 1;
  } else console.log(`all ${files.size} files identical, byte for byte`);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
