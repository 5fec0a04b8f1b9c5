import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../api/src/db/driver.js';
import { toPlain } from '../../../api/src/db/records.js';
import { request, startTestApp, type TestApp } from '../../support/app.js';
import { loadRepositorySeed, testDatabase } from '../../support/db.js';
import { SeedIndex } from './reference.js';

export interface ExploreContext {
  db: Database;
  app: TestApp;
  seed: SeedIndex;
  /** GET/POST against the app under test. */
  get(path: string): ReturnType<typeof request>;
  post(path: string, body: unknown): ReturnType<typeof request>;
  /** A direct read through the driver, to check the API against the database itself. */
  cypher(statement: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

/** Loads the repository seed into the run's Neo4j and serves the real app for one test file. */
export function exploreContext(settings: Parameters<typeof testDatabase>[0] = {}): ExploreContext {
  const context = {} as ExploreContext;
  beforeAll(async () => {
    context.db = testDatabase(settings);
    context.seed = new SeedIndex(await loadRepositorySeed(context.db));
    context.app = await startTestApp(context.db);
    context.get = (path) => request(context.app.baseUrl, path);
    context.post = (path, body) => request(context.app.baseUrl, path, { method: 'POST', body });
    context.cypher = async (statement, params = {}) => {
      const result = await context.db.driver.executeQuery(statement, params, { database: context.db.config.database, routing: 'READ' });
      return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
    };
  });
  afterAll(async () => {
    await context.app?.close();
    await context.db?.close();
  });
  return context;
}

/** Query string from an object, lists joined with commas. */
export function qs(params: Record<string, string | number | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return search.toString();
}
