/**
 * `npm run fuzz [-- --runs 10000 --seed 13 --concurrency 4]`: the property-based fuzz suite at full
 * size. Starts a throwaway local Neo4j, loads the seed graph, serves the real app, sends generated
 * requests over every route of the OpenAPI document (tests/support/fuzz-requests.ts) and prints the
 * figures. Exits 1 on any 5xx, hang, error body without a message, or change to the graph.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { pino } from 'pino';
import { createApp } from '../api/src/app.js';
import { applySchema } from '../api/src/db/connect.js';
import { Database } from '../api/src/db/driver.js';
import { loadSeedGraph } from '../api/src/seed/load.js';
import { seedDir } from '../api/src/seed/seed-dir.js';
import { readSeedFiles, validateSeed } from '../api/src/seed/validate.js';
import { startLocalNeo4j } from '../tools/neo4j/local-server.js';
import { graphFingerprint } from '../tests/support/fingerprint.js';
import { fuzzRequests } from '../tests/support/fuzz-requests.js';
import { describeFailures, runFuzz } from '../tests/support/fuzz-runner.js';
import { fuzzTarget } from '../tests/support/fuzz-target.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string' }, concurrency: { type: 'string', default: '4' } },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const concurrency = Number(values.concurrency);

const stateDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-fuzz-'));
const neo4j = await startLocalNeo4j({
  stateDir,
  boltPort: 0,
  password: randomBytes(12).toString('hex'),
  heap: '512m',
  pageCache: '128m',
  readyTimeoutMs: 600_000,
});
const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j', queryTimeoutMs: 15_000 });
let exitCode = 0;
try {
  await applySchema(db);
  await loadSeedGraph(db, validateSeed(readSeedFiles(seedDir)), { reset: true });
  const server = createApp({ db, logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const { document, ids } = await fuzzTarget(baseUrl);
  const requests = fc.sample(fuzzRequests(document, ids), { numRuns: runs, seed });
  // The app writes its session secret (:AppSecret) at the first sign-in attempt, by design: provoke
  // that bookkeeping before the baseline (as tests/integration/api-fuzz.test.ts does), so that
  // "unchanged" is about the data the fuzz reaches.
  await fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'nobody', password: 'not-the-password' }),
  });
  const before = await graphFingerprint(db);
  console.log(
    `fuzz: ${runs} requests, seed ${seed}, concurrency ${concurrency}, ${Object.keys(document.paths).length} documented paths, load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  const report = await runFuzz(baseUrl, requests, {
    concurrency,
    timeoutMs: 30_000,
    onProgress: (done) => process.stdout.write(`  ${done}/${runs}\r`),
  });
  const after = await graphFingerprint(db);
  server.closeAllConnections();
  server.close();

  const unchanged = JSON.stringify(before) === JSON.stringify(after);
  console.log(
    `\nsent ${report.total} in ${report.seconds.toFixed(1)} s (${(report.total / report.seconds).toFixed(0)} req/s); latency p50 ${report.latencyMs.p50.toFixed(1)} ms, p95 ${report.latencyMs.p95.toFixed(1)} ms, p99 ${report.latencyMs.p99.toFixed(1)} ms, max ${report.latencyMs.max.toFixed(0)} ms`,
  );
  console.log(
    `statuses: ${Object.entries(report.byStatus)
      .sort()
      .map(([status, count]) => `${status}×${count}`)
      .join(' ')}`,
  );
  console.log('per route:');
  for (const [route, count] of Object.entries(report.byRoute).sort()) console.log(`  ${route.padEnd(34)} ${count}`);
  console.log(
    `graph unchanged: ${unchanged ? 'yes' : 'NO'} (${Object.values(before.counts).reduce((a, b) => a + b, 0)} labels+types counted, checksum ${before.checksum.slice(0, 16)}…)`,
  );
  if (!unchanged) {
    const keys = [...new Set([...Object.keys(before.counts), ...Object.keys(after.counts)])];
    const changed = keys
      .filter((key) => before.counts[key] !== after.counts[key])
      .map((key) => `${key} ${before.counts[key] ?? 0} → ${after.counts[key] ?? 0}`);
    console.log(`changed counts: ${changed.join(', ') || 'none (a property changed)'}`);
  }
  console.log(`failures: ${report.failures.length}`);
  if (report.failures.length) console.log(describeFailures(report.failures, 40));
  if (report.failures.length || !unchanged) exitCode = 1;
} finally {
  await db.close();
  await neo4j.stop();
  rmSync(stateDir, { recursive: true, force: true });
}
process.exit(exitCode);
