import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../api/src/db/driver.js';
import { request, startTestApp, type TestApp } from '../support/app.js';

/**
 * Clusters and Aura are reached with neo4j:// (client-side routing). The driver then asks the
 * server for a routing table, so this must work against a single server too.
 */
describe('connection URI schemes', () => {
  let db: Database;
  let app: TestApp;

  beforeAll(async () => {
    const neo4j = inject('neo4j');
    db = new Database({ ...neo4j, uri: neo4j.uri.replace('bolt://', 'neo4j://'), queryTimeoutMs: 5000 });
    app = await startTestApp(db);
  });

  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('serves the API through a neo4j:// routing driver', async () => {
    expect(db.config.uri).toMatch(/^neo4j:\/\//);
    const health = await request(app.baseUrl, '/api/health');
    expect(health.status).toBe(200);
    expect(health.body.neo4j.edition).toBe('community');
  });

  it('reports wrong credentials as a refusal, not as a crash', async () => {
    const neo4j = inject('neo4j');
    const wrong = new Database({ ...neo4j, password: 'not-the-password', queryTimeoutMs: 5000 });
    await expect(wrong.read('server-version')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await wrong.close();
  });
});
