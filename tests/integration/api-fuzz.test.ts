import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { graphFingerprint } from '../support/fingerprint.js';
import { fuzzRequests } from '../support/fuzz-requests.js';
import { describeFailures, runFuzz } from '../support/fuzz-runner.js';
import { fuzzTarget } from '../support/fuzz-target.js';
import { PATIENCE_MS } from '../support/processes.js';

/**
 * A fixed-seed sample of the property-based fuzz suite (`npm run fuzz` sends 10,000+): generated
 * requests over every route of the OpenAPI document and the export/import routes, valid and not.
 * Properties: no 5xx, no answer later than the timeout, every 4xx says why, and the graph is
 * exactly as it was (counts per label and type, and a checksum of every property).
 */
const SEED = 13;
const RUNS = 300;

let db: Database;
let app: TestApp;

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  app = await startTestApp(db);
}, PATIENCE_MS);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('fuzzing every route', () => {
  it(`answers ${RUNS} generated requests (seed ${SEED}) without a 5xx or a hang, and changes nothing`, { timeout: 2 * PATIENCE_MS }, async () => {
    const { document, ids } = await fuzzTarget(app.baseUrl);
    const requests = fc.sample(fuzzRequests(document, ids), { numRuns: RUNS, seed: SEED });
    // The app writes its session secret (:AppSecret) at the first sign-in attempt, by design: provoke
    // that bookkeeping before the baseline, so that "changes nothing" is about the data the fuzz reaches.
    const signIn = await fetch(`${app.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'nobody', password: 'not-the-password' }),
    });
    expect(signIn.status).toBe(401);
    const before = await graphFingerprint(db);

    const report = await runFuzz(app.baseUrl, requests, { concurrency: 2, timeoutMs: 60_000 });

    console.log(
      `[fuzz] ${report.total} requests in ${report.seconds.toFixed(1)} s, p95 ${report.latencyMs.p95.toFixed(0)} ms, max ${report.latencyMs.max.toFixed(0)} ms; ${Object.entries(
        report.byStatus,
      )
        .sort()
        .map(([status, count]) => `${status}×${count}`)
        .join(' ')}`,
    );
    expect(report.failures, describeFailures(report.failures)).toEqual([]);
    // The sample reaches every documented operation, and both good and bad input.
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const route of documented) expect(report.byRoute[route] ?? 0, route).toBeGreaterThan(0);
    // Since the curation routes (anonymous → 401) joined the documented operations, fewer draws can succeed.
    expect(report.byStatus['200'] ?? 0).toBeGreaterThan(RUNS / 8);
    expect(report.byStatus['400'] ?? 0).toBeGreaterThan(RUNS / 10);
    expect(await graphFingerprint(db)).toEqual(before);
  });
});
