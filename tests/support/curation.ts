import type { Database } from '../../api/src/db/driver.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { request, startTestApp, type TestApp } from './app.js';

/** The ADMIN_TOKEN the curation tests write with (the admin-token actor, via 'admin-token'). */
export const CURATOR_TOKEN = 'curation-tests-admin-token-4242';
export const asCurator = { authorization: `Bearer ${CURATOR_TOKEN}` };

/** The app with ADMIN_TOKEN set, and `call` bound to it (bearer included unless `anonymous`). */
export async function curationApp(db: Database) {
  const app: TestApp = await startTestApp(db, { adminToken: CURATOR_TOKEN });
  const call = (method: string, path: string, body?: unknown, options: { anonymous?: boolean } = {}) =>
    request(app.baseUrl, path, { method, body, headers: options.anonymous ? {} : asCurator });
  return { app, call };
}

/** How many :Change records the database holds (the audit trail). */
export async function changeCount(db: Database): Promise<number> {
  const [row] = await rows(db, 'MATCH (c:Change) RETURN count(c) AS count');
  return Number(row?.count ?? 0);
}
