import { afterAll, beforeAll, inject } from 'vitest';
import { applySchema } from '../../api/src/db/connect.js';
import { Database, type DatabaseConfig } from '../../api/src/db/driver.js';
import { loadSeedGraph } from '../../api/src/seed/load.js';
import { seedDir } from '../../api/src/seed/seed-dir.js';
import { readSeedFiles, validateSeed, type SeedGraph } from '../../api/src/seed/validate.js';
import { snapshot, type Snapshot } from '../fixtures/import/graph-snapshot.js';

/** A Database on the run's throwaway Neo4j (see tests/setup/global-neo4j.ts); `settings` as env.ts would set them. */
export function testDatabase(settings: Partial<Pick<DatabaseConfig, 'queryTimeoutMs' | 'kShortestBudgetMs'>> = {}): Database {
  const config = inject('neo4j');
  return new Database({ ...config, queryTimeoutMs: 15000, ...settings });
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

/** A test file's database: the repository seed, and its snapshot when asked for. */
export interface SeededFile {
  db: Database;
  graph: SeedGraph;
  /** The whole database before the file's first test (only with `snapshot: true`). */
  before: Snapshot;
}

/**
 * For a test file that writes to the database: loads the repository seed before the file's tests
 * and again after them (so the next file starts from the seed), then closes the connection. The
 * fields are set once the file's first `beforeAll` has run.
 */
export function seededForFile(options: { snapshot?: boolean } = {}): SeededFile {
  const file = {} as SeededFile;
  beforeAll(async () => {
    file.db = testDatabase();
    file.graph = await loadRepositorySeed(file.db);
    if (options.snapshot) file.before = await snapshot(file.db);
  });
  afterAll(async () => {
    await loadRepositorySeed(file.db);
    await file.db.close();
  });
  return file;
}
