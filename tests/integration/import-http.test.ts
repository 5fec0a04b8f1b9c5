import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importIssue, importReport } from '../../api/src/contract/import.js';
import type { Database } from '../../api/src/db/driver.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { fixtureText, snapshot, type Snapshot } from '../fixtures/import/graph-snapshot.js';

/** POST /api/import: admin token, size limit, dry run, validation errors, over the real app. */
const TOKEN = 'http-import-admin-token-42424242';
const saved = { ADMIN_TOKEN: process.env.ADMIN_TOKEN, IMPORT_MAX_BYTES: process.env.IMPORT_MAX_BYTES };
let db: Database;
let before: Snapshot;

/** The app as the environment configures it (the import router reads ADMIN_TOKEN and IMPORT_MAX_BYTES when built). */
async function appWith(env: { ADMIN_TOKEN?: string; IMPORT_MAX_BYTES?: string }): Promise<TestApp> {
  for (const key of ['ADMIN_TOKEN', 'IMPORT_MAX_BYTES'] as const) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  return startTestApp(db);
}

async function post(app: TestApp, path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

const errorEnvelope = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional(), issues: z.array(importIssue).default([]) }),
});

/** The import report of a 200 answer (a wrong shape fails the test). */
function reportOf(response: { body: unknown }) {
  return importReport.parse(response.body);
}

/** The error of a 4xx answer; `issues` is present for 422 IMPORT_INVALID. */
function errorOf(response: { body: unknown }) {
  return errorEnvelope.parse(response.body).error;
}

const fixture = fixtureText('special-characters.json');
const bearer = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  before = await snapshot(db);
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await loadRepositorySeed(db);
  await db.close();
});

describe('POST /api/import', () => {
  it('is disabled (403, saying why) when the server has no ADMIN_TOKEN', async () => {
    const app = await appWith({});
    try {
      const response = await post(app, '/api/import', fixture, bearer);
      expect(response.status).toBe(403);
      expect(errorOf(response).message).toMatch(/ADMIN_TOKEN/);
    } finally {
      await app.close();
    }
  });

  it('401 without a token, 403 with a wrong one; nothing written', async () => {
    const app = await appWith({ ADMIN_TOKEN: TOKEN });
    try {
      const missing = await post(app, '/api/import', fixture);
      expect(missing.status).toBe(401);
      expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(errorOf(missing).code).toBe('UNAUTHORIZED');
      const wrong = await post(app, '/api/import', fixture, { authorization: `Bearer ${TOKEN}x` });
      expect(wrong.status).toBe(403);
      expect(errorOf(wrong).code).toBe('FORBIDDEN');
      const notBearer = await post(app, '/api/import', fixture, { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` });
      expect(notBearer.status).toBe(401);
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await app.close();
    }
  });

  it('413 above IMPORT_MAX_BYTES, whether or not the client announces the length', async () => {
    const app = await appWith({ ADMIN_TOKEN: TOKEN, IMPORT_MAX_BYTES: '2000' });
    try {
      const announced = await post(app, '/api/import', fixture, bearer);
      expect(announced.status).toBe(413);
      expect(errorOf(announced).message).toMatch(/IMPORT_MAX_BYTES/);
      // Chunked: no Content-Length, the limit still holds while reading.
      const response = await fetch(`${app.baseUrl}/api/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', ...bearer },
        body: new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(fixture));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await app.close();
    }
  });

  it('dry run: reports per label and type, writes nothing; then the real import writes', async () => {
    const app = await appWith({ ADMIN_TOKEN: TOKEN });
    try {
      const dry = await post(app, '/api/import?dryRun=true&filename=special-characters.json', fixture, bearer);
      expect(dry.status).toBe(200);
      expect(reportOf(dry).dryRun).toBe(true);
      expect(reportOf(dry).format).toBe('seed');
      expect(reportOf(dry).nodes.byLabel.Actor).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect(reportOf(dry).relationships.byType.ORGANISED).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect(await snapshot(db)).toEqual(before);

      const real = await post(app, '/api/import?filename=special-characters.json', fixture, bearer);
      expect(real.status).toBe(200);
      expect(reportOf(real).dryRun).toBe(false);
      expect(reportOf(real).nodes.created).toBe(reportOf(dry).nodes.created);
      // The new nodes, and the import's one change record (the audit trail, issue 14).
      const after = await snapshot(db);
      expect(after.nodes.length).toBe(before.nodes.length + reportOf(dry).nodes.created + 1);
      expect(after.nodes.filter((node) => node.labels.includes('Change'))).toHaveLength(1);

      const again = await post(app, '/api/import?dryRun=1', fixture, bearer);
      expect(reportOf(again).nodes).toMatchObject({ created: 0, updated: 0, unchanged: reportOf(real).nodes.total });
    } finally {
      await loadRepositorySeed(db);
      await app.close();
    }
  });

  it('422 with every issue, located, when the file is invalid; nothing written', async () => {
    const app = await appWith({ ADMIN_TOKEN: TOKEN });
    try {
      const response = await post(app, '/api/import?filename=invalid-seed.json', fixtureText('invalid-seed.json'), bearer);
      expect(response.status).toBe(422);
      expect(errorOf(response).code).toBe('IMPORT_INVALID');
      expect(errorOf(response).issues.length).toBeGreaterThanOrEqual(9);
      expect(errorOf(response).issues[0]).toEqual(
        expect.objectContaining({ file: 'invalid-seed.json', entry: expect.any(String), field: expect.any(String), message: expect.any(String) }),
      );
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await app.close();
    }
  });

  it('accepts a small JSON body sent as application/json, and a format given explicitly', async () => {
    const app = await appWith({ ADMIN_TOKEN: TOKEN });
    try {
      const response = await post(app, '/api/import?dryRun=true&format=seed', fixture, { ...bearer, 'content-type': 'application/json' });
      expect(response.status).toBe(200);
      expect(reportOf(response).nodes.created).toBeGreaterThan(10);
      const wrongFormat = await post(app, '/api/import?dryRun=true&format=xml', fixture, bearer);
      expect(wrongFormat.status).toBe(400);
      expect(errorOf(wrongFormat).field).toBe('format');
    } finally {
      await app.close();
    }
  });
});
