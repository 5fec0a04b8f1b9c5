import { afterAll, beforeAll } from 'vitest';
import { Database } from '../../api/src/db/driver.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { request, startTestApp, type TestApp } from './app.js';
import { seededForFile } from './db.js';

/** The ADMIN_TOKEN the curation tests write with (the admin-token actor, via 'admin-token'). */
export const CURATOR_TOKEN = 'curation-tests-admin-token-4242';
export const asCurator = { authorization: `Bearer ${CURATOR_TOKEN}` };

/** The app with ADMIN_TOKEN set, and `call` bound to it (bearer included unless `anonymous`). */
export async function curationApp(db: Database) {
  // A shared 2-core machine under load runs reads well past the 15 s the test database allows.
  const patient = new Database({ ...db.config, queryTimeoutMs: 60_000 });
  const served: TestApp = await startTestApp(patient, { adminToken: CURATOR_TOKEN });
  const app: TestApp = {
    baseUrl: served.baseUrl,
    close: async () => {
      await served.close();
      await patient.close();
    },
  };
  const call = (method: string, path: string, body?: unknown, options: { anonymous?: boolean } = {}) =>
    request(app.baseUrl, path, { method, body, headers: options.anonymous ? {} : asCurator });
  return { app, call };
}

/** How many :Change records the database holds (the audit trail). */
export async function changeCount(db: Database): Promise<number> {
  const [row] = await rows(db, 'MATCH (c:Change) RETURN count(c) AS count');
  return Number(row?.count ?? 0);
}

/**
 * A test file's seeded database and its curation app, started before the file's tests and closed
 * after them: `call` as curationApp's, `app()` for the running app.
 */
export function curationForFile() {
  const file = seededForFile();
  let curation: Awaited<ReturnType<typeof curationApp>>;
  beforeAll(async () => {
    curation = await curationApp(file.db);
  });
  afterAll(async () => {
    await curation.app.close();
  });
  const call = (...args: Parameters<typeof curation.call>) => curation.call(...args);
  return { file, call, app: () => curation.app };
}
