import { inject } from 'vitest';
import { applySchema } from '../../api/src/db/connect.js';
import { Database } from '../../api/src/db/driver.js';
import { loadSeedGraph } from '../../api/src/seed/load.js';
import { seedDir } from '../../api/src/seed/seed-dir.js';
import { readSeedFiles, validateSeed, type SeedGraph } from '../../api/src/seed/validate.js';

/** A Database on the run's throwaway Neo4j (see tests/setup/global-neo4j.ts). */
export function testDatabase(): Database {
  const config = inject('neo4j');
  return new Database({ ...config, queryTimeoutMs: 15000 });
}

/** The repository's seed graph, validated. */
export function seedGraph(): SeedGraph {
  return validateSeed(readSeedFiles(seedDir));
}

/** Resets the throwaway database to exactly the repository's seed graph. */
export async function loadRepositorySeed(db: Database): Promise<SeedGraph> {
  await applySchema(db);
  const graph = seedGraph();
  await loadSeedGraph(db, graph, { reset: true });
  return graph;
}
