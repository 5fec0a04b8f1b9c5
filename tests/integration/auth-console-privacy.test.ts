import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../api/src/db/driver.js';
import { createTokenResponse } from '../../api/src/contract/auth.js';
import { request, startTestApp, type TestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { seededForFile } from '../support/db.js';

/**
 * Decision 1 (docs/reliability.md, security): credentials live in Neo4j under labels no exploration
 * query reads, and the console — which reads everything — needs the admin role once an account exists.
 */
const seeded = seededForFile();
let app: TestApp;
let patientDb: Database;
const ADMIN_TOKEN = 'console-privacy-admin-token-01234';
const PROBES = ['MATCH (n) RETURN n', 'MATCH (a:Account) RETURN a', 'CALL db.labels()', 'CALL db.propertyKeys()'];
/** Dozens of console runs and every export format: minutes on a loaded 2-core machine. */
const SLOW = 600_000;
const AUTH_LABELS = ['Account', 'Session', 'ApiToken', 'AppSecret'];

beforeAll(async () => {
  await removeAuthData(seeded.db);
  // Patient queries: full-text search and whole-graph exports under a load of 40 took longer than 15 s.
  patientDb = new Database({ ...inject('neo4j'), queryTimeoutMs: 120_000 });
  app = await startTestApp(patientDb, { adminToken: ADMIN_TOKEN });
});

afterAll(async () => {
  await app?.close();
  await patientDb?.close();
  await removeAuthData(seeded.db);
});

const consoleAs = (headers: Record<string, string>, cypher: string) => request(app.baseUrl, '/api/query', { body: { cypher }, headers });

async function signedIn(account: { name: string; password: string }): Promise<Browser> {
  const browser = new Browser(app.baseUrl);
  expect((await browser.signIn(account.name, account.password)).status).toBe(200);
  return browser;
}

describe('the console with and without accounts', () => {
  it('stays open to anonymous users while no account exists (a single-user install)', async () => {
    for (const cypher of PROBES) expect((await consoleAs({}, cypher)).status, cypher).toBe(200);
  });

  it(
    'once an account exists: anonymous 401, viewer and editor 403, for every probing query; admin and ADMIN_TOKEN 200',
    async () => {
      const viewer = await makeAccount(seeded.db, 'viewer');
      const editor = await makeAccount(seeded.db, 'editor');
      const admin = await makeAccount(seeded.db, 'admin');
      const viewerBrowser = await signedIn(viewer);
      const editorBrowser = await signedIn(editor);
      const adminBrowser = await signedIn(admin);
      // A personal token of the editor, too: its role, not its kind of credential, decides.
      const { secret } = createTokenResponse.parse((await editorBrowser.send('/api/auth/tokens', { body: { name: 'probe' } })).body);
      for (const cypher of PROBES) {
        const anonymous = await consoleAs({}, cypher);
        expect(anonymous.status, cypher).toBe(401);
        expect(JSON.stringify(anonymous.body)).not.toContain(admin.name);
        expect((await viewerBrowser.send('/api/query', { body: { cypher } })).status, cypher).toBe(403);
        expect((await editorBrowser.send('/api/query', { body: { cypher } })).status, cypher).toBe(403);
        expect((await consoleAs({ authorization: `Bearer ${secret}` }, cypher)).status, cypher).toBe(403);
        expect((await adminBrowser.send('/api/query', { body: { cypher } })).status, cypher).toBe(200);
        expect((await consoleAs({ authorization: `Bearer ${ADMIN_TOKEN}` }, cypher)).status, cypher).toBe(200);
      }
      // The admin does see the accounts (that is the point of the role), but only hashes.
      const accounts = await adminBrowser.send('/api/query', { body: { cypher: 'MATCH (a:Account) RETURN a.name, a.password_hash' } });
      const rows = accounts.body.rows as [string, string][];
      expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining([viewer.name, editor.name, admin.name]));
      for (const [, hash] of rows) expect(hash).toMatch(/^\$argon2id\$/);
      expect(JSON.stringify(rows)).not.toContain(admin.password);
    },
    SLOW,
  );
});

describe('exploration never reaches credentials', () => {
  it(
    'search, node details, expand, graph, paths and every export format return no Account, Session or ApiToken data',
    async () => {
      const editor = await makeAccount(seeded.db, 'editor', 'greta');
      const browser = await signedIn(editor);
      await browser.send('/api/auth/tokens', { body: { name: 'greta token' } });
      // Values that only credentials carry: ids, names, hashes and digests as stored.
      const stored = await seeded.db.driver.executeQuery(
        'MATCH (n) WHERE n:Account OR n:Session OR n:ApiToken OR n:AppSecret RETURN labels(n) AS labels, properties(n) AS p',
        {},
        { database: seeded.db.config.database },
      );
      const secrets = stored.records.flatMap((record) => {
        const p = record.get('p') as Record<string, unknown>;
        return ['id', 'password_hash', 'digest', 'value', 'data'].map((key) => p[key]).filter((value): value is string => typeof value === 'string');
      });
      expect(stored.records.map((record) => (record.get('labels') as string[])[0])).toEqual(
        expect.arrayContaining(['Account', 'Session', 'ApiToken']),
      );
      expect(secrets.length).toBeGreaterThan(4);

      const account = stored.records.find((record) => (record.get('labels') as string[]).includes('Account') && record.get('p').name === editor.name);
      const accountId = (account!.get('p') as { id: string }).id;
      const reads = [
        `/api/search?q=${encodeURIComponent(editor.name)}`,
        '/api/search?q=greta',
        `/api/search?q=${encodeURIComponent(accountId)}`,
        '/api/expand?ids=greta&depth=2&limit=2000',
        '/api/graph',
        '/api/export/count',
        ...['cytoscape', 'graphml', 'gexf', 'csv', 'jsonl', 'cypher', 'gephi'].map((format) => `/api/export?format=${format}`),
      ];
      for (const path of reads) {
        const answer = await request(app.baseUrl, path);
        const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        expect(answer.status, `${path}: ${text.slice(0, 300)}`).toBe(200);
        for (const label of AUTH_LABELS) expect(text, path).not.toMatch(new RegExp(`\\b${label}\\b`));
        for (const secret of secrets) expect(text, path).not.toContain(secret);
        expect(text, path).not.toContain(editor.name);
      }
      expect((await request(app.baseUrl, `/api/nodes/${accountId}`)).status).toBe(404);
      const paths = await request(app.baseUrl, `/api/paths/shortest?from=greta&to=${accountId}`);
      expect([400, 404]).toContain(paths.status);
    },
    SLOW,
  );
});
