import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../api/src/db/driver.js';
import { request, startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
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
});
