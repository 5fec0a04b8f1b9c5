import { gunzipSync } from 'node:zlib';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';

let db: Database;
let app: TestApp;

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  app = await startTestApp(db);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

/** A raw GET (fetch would decompress and hide the sizes). */
function rawGet(path: string, acceptEncoding: string): Promise<{ status: number; encoding?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${app.baseUrl}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('compression of large answers', () => {
  it('gzips a large expand answer for clients that accept it, to the same JSON, and leaves small answers alone', async () => {
    // The best-connected node of the seed gives the largest 1-hop answer.
    const { records } = await db.driver.executeQuery(
      'MATCH (n)--() WHERE n.id IS NOT NULL RETURN n.id AS id, count(*) AS degree ORDER BY degree DESC LIMIT 1',
    );
    const hub = String(records[0]!.get('id'));
    const plain = await rawGet(`/api/expand?ids=${hub}`, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(16 * 1024);

    const gzipped = await rawGet(`/api/expand?ids=${hub}`, 'gzip');
    expect(gzipped.encoding).toBe('gzip');
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(gunzipSync(gzipped.body).toString())).toEqual(JSON.parse(plain.body.toString()));

    const small = await rawGet('/api/search?q=greta&limit=1', 'gzip');
    expect(small.status).toBe(200);
    expect(small.encoding).toBeUndefined();
  });
});
