/**
 * `npm run seed` validates every seed file, then loads them (MERGE, idempotent).
 *   --check   validate only; write nothing (no database needed)
 *   --reset   delete everything first, in the same transaction
 *   --dir D   another seed folder
 *   --prefer-seed  load seed values over curated changes (reported either way; default: keep curated)
 */
import { parseArgs } from 'node:util';
import { applySchema, connect } from '../db/connect.js';
import { EnvError, loadEnv } from '../env.js';
import { seedWithCuration } from './curated-load.js';
import { formatSummary, seedStoriesOf } from './load.js';
import { seedDir } from './seed-dir.js';
import { readSeedFiles, SeedValidationError, validateSeed } from './validate.js';

const { values } = parseArgs({
  options: { check: { type: 'boolean' }, reset: { type: 'boolean' }, dir: { type: 'string' }, 'prefer-seed': { type: 'boolean' } },
});

try {
  const files = readSeedFiles(values.dir ?? seedDir);
  const graph = validateSeed(files);
  const stories = seedStoriesOf(graph);
  console.log(
    `Seed valid: ${files.length} files, ${graph.nodes.length} nodes, ${graph.relationships.length} relationships, ${stories.length} stories.`,
  );
  if (!values.check) {
    const env = loadEnv();
    const connection = await connect(env, () => {});
    try {
      await applySchema(connection.db);
      const summary = await seedWithCuration(connection.db, graph, {
        reset: values.reset,
        preferSeed: values['prefer-seed'],
        log: (line) => console.log(line),
      });
      console.log(formatSummary(summary));
    } finally {
      await connection.close();
    }
  }
} catch (error) {
  console.error(error instanceof SeedValidationError || error instanceof EnvError ? error.message : error);
  process.exitCode = 1;
}
