import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../api/src/db/driver.js';
import { findFreePort } from '../../tools/neo4j/ports.js';
import { graphFingerprint } from '../support/fingerprint.js';
import {
  isAlive,
  javaPidOf,
  killHard,
  localStoreEnv,
  PATIENCE_MS,
  spawnEntry,
  spawnMainOnStore,
  stopChild,
  waitForOutput,
  waitUntil,
  type Spawned,
} from '../support/processes.js';

/**
 * Finding 6 of issue 13: a `kill -9` of the local Neo4j JVM used to leave `npm start` answering
 * slow 503s forever. Real processes here: `npm start`'s and `npm run neo4j`'s entry points, and a
 * JVM killed by pid.
 */
const stateDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-supervision-'));
const password = randomBytes(12).toString('hex');
let boltPort = 0;
let direct: Database;

const javaPid = () => javaPidOf(stateDir);
const store = () => ({ stateDir, boltPort, password });

async function timed(url: string, signal?: AbortSignal): Promise<{ status: number; ms: number; retryAfter: string | null; code?: string }> {
  const started = performance.now();
  const response = await fetch(url, { signal });
  const body = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
  return { status: response.status, ms: performance.now() - started, retryAfter: response.headers.get('retry-after'), code: body.error?.code };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

beforeAll(async () => {
  boltPort = await findFreePort();
  direct = new Database({ uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password, database: 'neo4j', queryTimeoutMs: PATIENCE_MS });
});

afterAll(async () => {
  await direct?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

/** Kills the JVM under a running `npm start` and checks detection, fast 503s, recovery and the data. */
async function recoversFromKill(app: Spawned, base: string): Promise<void> {
  await waitForOutput(app, /Liaison is ready .*http/);
  expect((await timed(`${base}/api/health`)).status).toBe(200);
  // A small graph of our own (the seed load alone took minutes on a starved machine), written through the API's driver path.
  await direct.driver.executeQuery(
    'UNWIND range(1, 300) AS i CREATE (a:Actor {id: "sup-" + i, name_en: "Actor " + i, since: date("2000-01-01") + duration({days: i})}) WITH collect(a) AS actors UNWIND range(0, size(actors) - 2) AS j WITH actors[j] AS a, actors[j + 1] AS b, j CREATE (a)-[:COOPERATES_WITH {weight: j}]->(b)',
  );
  const before = await graphFingerprint(direct);
  expect(Object.keys(before.counts).length).toBeGreaterThan(1);

  const killed = javaPid();
  const killedAt = performance.now();
  const killedAtWall = Date.now();
  void killHard(killed);
  // A request already waiting on the driver when the JVM died ends with the driver's retry window;
  // what must be quick is the API learning of the crash, so each probe gives up after 200 ms.
  const first = await waitUntil(
    async () => {
      const answer = await timed(`${base}/api/health`, AbortSignal.timeout(200)).catch(() => undefined);
      return answer?.status === 503 ? answer : undefined;
    },
    { intervalMs: 10, timeoutMs: 30_000, describe: () => 'a 503 from /api/health' },
  );
  const firstMs = performance.now() - killedAt;
  const logged = await waitForOutput(
    app,
    new RegExp(`"time":(\\d+),[^\\n]*"msg":"The local Neo4j \\(pid ${killed}\\) exited \\(SIGKILL\\); restarting it"`),
  );
  const detectedMs = Number(logged[1]) - killedAtWall;
  console.log(
    `[supervision] exit logged ${detectedMs} ms after kill -9; first 503 seen by a client after ${firstMs.toFixed(0)} ms (load ${os.loadavg()[0]!.toFixed(1)})`,
  );
  // Milliseconds on a quiet machine; a run at load 30 on 2 cores logged it after 1.2 s, so the bound leaves room.
  expect(detectedMs, 'exit noticed and logged').toBeLessThan(5000);
  // Under 1 s on a quiet machine (docs/reliability.md); a starved 2-core machine delays the client's own requests.
  expect(firstMs, 'first 503 after kill -9').toBeLessThan(5000);
  expect(first.retryAfter).toMatch(/^\d+$/);

  // While it is down every database route answers 503 without waiting on the driver.
  const samples = [];
  for (const route of ['/api/health', '/api/search?q=greta', '/api/expand?ids=greta', '/api/views', '/api/timeline']) {
    for (let i = 0; i < 4; i++) samples.push({ route, ...(await timed(`${base}${route}`)) });
  }
  const stillDown = samples.filter((sample) => sample.status === 503);
  // The restart may already be under way, but not finished: Neo4j takes seconds to start.
  expect(stillDown.length, JSON.stringify(samples)).toBeGreaterThan(samples.length / 2);
  for (const sample of stillDown) {
    expect(sample.retryAfter, sample.route).toMatch(/^\d+$/);
    expect(sample.code, sample.route).toBe('UNAVAILABLE');
  }
  const times = stillDown.map((sample) => sample.ms);
  console.log(`[supervision] 503 answers while down: ${times.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  // < 50 ms each on a quiet machine (docs/reliability.md); a starved 2-core machine (load 30) stalls requests for 100+ ms,
  // so the bound is 500 ms on the 90th percentile — still far below the seconds each took through the driver.
  expect(percentile(times, 90), JSON.stringify(times)).toBeLessThan(500);
  expect(Math.max(...times), JSON.stringify(times)).toBeLessThan(1000);
  // The docs do not need Neo4j and keep answering.
  expect((await timed(`${base}/api/openapi.json`)).status).toBe(200);

  await waitUntil(async () => ((await timed(`${base}/api/health`)).status === 200 ? true : undefined), {
    intervalMs: 250,
    describe: () => `recovery:\n${app.output().slice(-3000)}`,
  });
  const restarted = javaPid();
  expect(restarted).not.toBe(killed);
  expect(isAlive(restarted)).toBe(true);
  expect((await timed(`${base}/api/search?q=greta`)).status).toBe(200);
  expect(await graphFingerprint(direct)).toEqual(before);
  expect(app.output()).toMatch(/The local Neo4j is back/);
  // A restarted Neo4j starts with empty query caches: the entry point warms them again.
  // (The first may have been cut short by the kill: it then reports its failed reads.)
  const warmUps = () =>
    app
      .output()
      .split('\n')
      .filter((line) => line.includes("the explorer's queries"));
  await waitUntil(() => (warmUps().length >= 2 ? true : undefined), {
    describe: () => `a second warm-up after the restart in:\n${app.output().slice(-3000)}`,
  });
  expect(warmUps().at(-1)).toMatch(/"failed":\[\],"ms":\d+,"msg":"Warmed the explorer's queries/);

  expect(await stopChild(app, 'SIGINT')).toBe(0);
  expect(isAlive(restarted)).toBe(false);
}

describe('supervision of the local Neo4j', () => {
  it(
    'npm start: after kill -9 of the JVM it logs the exit, answers 503 + Retry-After at once, restarts Neo4j and loses nothing',
    { timeout: 3 * PATIENCE_MS },
    async () => {
      const port = await findFreePort();
      const app = spawnMainOnStore(store(), port, {
        // Start-up queries of a freshly started JVM took over 15 s on a starved machine.
        NEO4J_QUERY_TIMEOUT_MS: String(PATIENCE_MS),
        LOG_LEVEL: 'info',
      });
      try {
        await recoversFromKill(app, `http://127.0.0.1:${port}`);
      } finally {
        // SIGTERM, not SIGKILL: the app then stops its Neo4j instead of orphaning the JVM.
        await stopChild(app, 'SIGTERM');
      }
    },
  );

  it(
    'npm run neo4j: restarts the JVM after kill -9, and gives up with one sentence once restarts keep failing',
    { timeout: 3 * PATIENCE_MS },
    async () => {
      const cli = spawnEntry('tools/neo4j/cli.ts', { ...localStoreEnv(store()), NEO4J_MAX_RESTARTS: '2' });
      const blocker = net.createServer();
      try {
        const killed = Number((await waitForOutput(cli, /Neo4j ready at .* pid (\d+)/))[1]);
        const [countsBefore] = await direct.read('graph-counts');
        void killHard(killed);
        await waitForOutput(cli, new RegExp(`Neo4j \\(pid ${killed}\\) exited unexpectedly \\(SIGKILL\\)`));
        const restarted = Number((await waitForOutput(cli, /Neo4j ready again at .* pid (\d+)/))[1]);
        expect(restarted).not.toBe(killed);
        expect(isAlive(restarted)).toBe(true);
        expect((await direct.read('graph-counts'))[0]).toEqual(countsBefore);

        // Kill it again and take its port before the restart (which waits its backoff): every restart now fails.
        await killHard(restarted);
        await new Promise<void>((resolve, reject) => blocker.once('error', reject).listen(boltPort, '127.0.0.1', resolve));
        expect(await cli.exited).toBe(1);
        expect(cli.output()).toMatch(/Restart \d+ failed: Port \d+ is already in use/);
        expect(cli.output()).toMatch(
          /went down 3 times in a row without staying up; Liaison stopped restarting it\. Read its log in .*logs, fix the cause, then restart Liaison\./,
        );
      } finally {
        blocker.close();
        await stopChild(cli, 'SIGTERM');
      }
    },
  );
});
