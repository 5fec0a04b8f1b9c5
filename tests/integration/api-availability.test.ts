import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jAvailability, startBoltProbe } from '../../api/src/db/availability.js';
import { Database } from '../../api/src/db/driver.js';
import { request, startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { waitUntil } from '../support/processes.js';
import { Relay } from '../support/relay.js';

let direct: Database;
let relayed: Database;
let relay: Relay;
let app: TestApp;

beforeAll(async () => {
  direct = testDatabase();
  await loadRepositorySeed(direct);
  const bolt = new URL(direct.config.uri);
  relay = new Relay({ host: bolt.hostname, port: Number(bolt.port) });
  await relay.open();
  relayed = new Database({ ...direct.config, uri: `bolt://127.0.0.1:${relay.port}` });
  app = await startTestApp(relayed);
});
afterAll(async () => {
  await app?.close();
  await relay?.cut();
  await relayed?.close();
  await direct?.close();
});

const routes = ['/api/search?q=coe', '/api/nodes/coe', '/api/expand?ids=coe', '/api/timeline', '/api/cooperation', '/api/views'];

describe('when Neo4j is unavailable', () => {
  it('answers 503 with Retry-After on every exploration route, then recovers by itself', async () => {
    const id = String((await direct.driver.executeQuery('MATCH (a:Actor) RETURN a.id AS id LIMIT 1')).records[0]!.get('id'));
    const paths = routes.map((path) => path.replace('coe', id));
    for (const path of paths) expect((await request(app.baseUrl, path)).status, path).toBe(200);

    await relay.cut();
    // Each refused request costs the driver's retry window (a few seconds): sample three routes.
    for (const path of [paths[0]!, paths[2]!, '/api/query']) {
      const response = path === '/api/query' ? await request(app.baseUrl, path, { body: { cypher: 'RETURN 1' } }) : await request(app.baseUrl, path);
      expect(response.status, path).toBe(503);
      expect(response.headers.get('retry-after'), path).toBeTruthy();
      expect(response.body.error.code, path).toBe('UNAVAILABLE');
    }

    await relay.open();
    for (const path of paths) expect((await request(app.baseUrl, path)).status, path).toBe(200);
  });

  it(
    'with the Bolt probe, answers 503 within a second of a network cut, each in milliseconds, and recovers by itself',
    { timeout: 300_000 },
    async () => {
      const availability = new Neo4jAvailability();
      const probe = startBoltProbe(relayed.config, availability);
      const guarded = await startTestApp(relayed, { availability });
      try {
        const healthy = async () => ((await request(guarded.baseUrl, '/api/health')).status === 200 ? true : undefined);
        await waitUntil(healthy, { describe: () => 'a healthy guarded app' });

        const cutAt = performance.now();
        await relay.cut();
        // Each probe request gives up after 200 ms: a request caught inside the driver's retry window must not hide the 503s behind it.
        await waitUntil(
          async () =>
            (await fetch(`${guarded.baseUrl}/api/health`, { signal: AbortSignal.timeout(200) }).catch(() => undefined))?.status === 503
              ? true
              : undefined,
          {
            intervalMs: 10,
            timeoutMs: 60_000,
            describe: () => 'a 503 after the cut',
          },
        );
        const detectedMs = performance.now() - cutAt;
        console.log(`[availability] first 503 ${detectedMs.toFixed(0)} ms after the cut (load ${os.loadavg()[0]!.toFixed(1)})`);
        // The probe runs every 250 ms and a refused connection fails at once: < 1 s on a quiet machine, more when the CPU is starved.
        expect(detectedMs).toBeLessThan(5000);

        const times: number[] = [];
        for (const path of ['/api/search?q=x', '/api/expand?ids=x', '/api/views', '/api/timeline', '/api/health']) {
          const started = performance.now();
          const response = await request(guarded.baseUrl, path);
          times.push(performance.now() - started);
          expect(response.status, path).toBe(503);
          expect(response.headers.get('retry-after'), path).toMatch(/^\d+$/);
          expect(response.body.error.code, path).toBe('UNAVAILABLE');
        }
        // Milliseconds on a quiet machine (< 50 ms, see docs/reliability.md); at load 33 on 2 cores the median was 99 ms.
        // Without the gate each of these waited on the driver's retry window: seconds, which this bound still tells apart.
        expect([...times].sort((a, b) => a - b)[2], JSON.stringify(times)).toBeLessThan(500);

        await relay.open();
        await waitUntil(healthy, { describe: () => 'recovery after the relay reopened' });
      } finally {
        await guarded.close();
        await probe.stop();
      }
    },
  );
});
