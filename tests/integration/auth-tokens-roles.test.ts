import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN_PREFIX, createTokenResponse } from '../../api/src/contract/auth.js';
import { request, startTestApp, type TestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { seededForFile } from '../support/db.js';

/** Personal API tokens (hashed at rest, shown once, revocable), roles on admin routes, READ_REQUIRES_LOGIN. */
const seeded = seededForFile();
let app: TestApp;
let viewer: Awaited<ReturnType<typeof makeAccount>>;
let editor: Awaited<ReturnType<typeof makeAccount>>;
let admin: Awaited<ReturnType<typeof makeAccount>>;
const ADMIN_TOKEN = 'roles-test-admin-token-0123456789';

beforeAll(async () => {
  viewer = await makeAccount(seeded.db, 'viewer');
  editor = await makeAccount(seeded.db, 'editor');
  admin = await makeAccount(seeded.db, 'admin');
  app = await startTestApp(seeded.db, { adminToken: ADMIN_TOKEN });
});

afterAll(async () => {
  await app?.close();
  await removeAuthData(seeded.db);
});

async function signedIn(account: { name: string; password: string }, baseUrl = app.baseUrl): Promise<Browser> {
  const browser = new Browser(baseUrl);
  expect((await browser.signIn(account.name, account.password)).status).toBe(200);
  return browser;
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('personal API tokens', () => {
  it('are shown once, stored only as a digest, act as their account, and stop working when revoked', async () => {
    const browser = await signedIn(editor);
    const created = await browser.send('/api/auth/tokens', { body: { name: 'nightly script' } });
    expect(created.status).toBe(201);
    const { token, secret } = createTokenResponse.parse(created.body);
    expect(secret.startsWith(API_TOKEN_PREFIX)).toBe(true);
    expect(secret.length).toBeGreaterThan(40);

    // Nowhere in the database, in any property of any node or relationship.
    const everything = await seeded.db.driver.executeQuery(
      'CALL () { MATCH (n) RETURN properties(n) AS p UNION ALL MATCH ()-[r]->() RETURN properties(r) AS p } RETURN collect(p) AS all',
      {},
      { database: seeded.db.config.database },
    );
    const stored = JSON.stringify(everything.records[0]!.get('all'));
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice(API_TOKEN_PREFIX.length));

    // The list shows it without any secret or digest.
    const listed = await browser.send('/api/auth/tokens');
    const mine = (listed.body.tokens as { id: string }[]).find((entry) => entry.id === token.id);
    expect(mine).toEqual({ ...token, lastUsed: null });
    expect(JSON.stringify(listed.body)).not.toMatch(/digest|lsn_/);

    // It acts as the editor: the editor's own token list, over the bearer token alone.
    const used = await request(app.baseUrl, '/api/auth/tokens', { headers: bearer(secret) });
    expect(used.status).toBe(200);
    expect((used.body.tokens as { id: string }[]).map((entry) => entry.id)).toContain(token.id);
    // ... and not as an admin.
    expect((await request(app.baseUrl, '/api/accounts', { headers: bearer(secret) })).status).toBe(403);

    const revoked = await browser.send(`/api/auth/tokens/${token.id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(204);
    const after = await request(app.baseUrl, '/api/auth/tokens', { headers: bearer(secret) });
    expect(after.status).toBe(403);
    // Revoking it twice, or someone else's: 404.
    expect((await browser.send(`/api/auth/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it("one account cannot revoke another's token", async () => {
    const owner = await signedIn(viewer);
    const { token } = createTokenResponse.parse((await owner.send('/api/auth/tokens', { body: { name: 'mine' } })).body);
    const other = await signedIn(editor);
    expect((await other.send(`/api/auth/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await owner.send('/api/auth/tokens')).body.tokens.map((entry: { id: string }) => entry.id)).toContain(token.id);
  });

  it("a disabled account's tokens are refused (403), and work again when it is enabled", async () => {
    const account = await makeAccount(seeded.db, 'editor', 'to-disable');
    const browser = await signedIn(account);
    const { secret } = createTokenResponse.parse((await browser.send('/api/auth/tokens', { body: { name: 'script' } })).body);
    const adminBrowser = await signedIn(admin);
    expect((await adminBrowser.send(`/api/accounts/${account.id}`, { method: 'PATCH', body: { disabled: true } })).status).toBe(200);
    expect((await request(app.baseUrl, '/api/auth/tokens', { headers: bearer(secret) })).status).toBe(403);
    expect((await adminBrowser.send(`/api/accounts/${account.id}`, { method: 'PATCH', body: { disabled: false } })).status).toBe(200);
    expect((await request(app.baseUrl, '/api/auth/tokens', { headers: bearer(secret) })).status).toBe(200);
  });

  it('an unknown or malformed token is 403 where a role is needed, and reads stay open', async () => {
    expect((await request(app.baseUrl, '/api/auth/tokens', { headers: bearer(`${API_TOKEN_PREFIX}nothing-like-this`) })).status).toBe(403);
    expect((await request(app.baseUrl, '/api/auth/tokens', { headers: bearer('not-a-token') })).status).toBe(403);
    expect((await request(app.baseUrl, '/api/search?q=greta', { headers: bearer('not-a-token') })).status).toBe(200);
  });
});

describe('roles on the admin routes (/api/accounts)', () => {
  it('anonymous 401, viewer 403, editor 403, admin 200, ADMIN_TOKEN 200', async () => {
    expect((await request(app.baseUrl, '/api/accounts')).status).toBe(401);
    expect((await (await signedIn(viewer)).send('/api/accounts')).status).toBe(403);
    expect((await (await signedIn(editor)).send('/api/accounts')).status).toBe(403);
    const list = await (await signedIn(admin)).send('/api/accounts');
    expect(list.status).toBe(200);
    expect((list.body.accounts as { name: string }[]).map((account) => account.name)).toEqual(
      expect.arrayContaining([viewer.name, editor.name, admin.name]),
    );
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|password/);
    expect((await request(app.baseUrl, '/api/accounts', { headers: bearer(ADMIN_TOKEN) })).status).toBe(200);
  });

  it('an admin creates an account (a one-time password, shown once) that can sign in; a taken name is 409', async () => {
    const adminBrowser = await signedIn(admin);
    const name = `made-${Math.random().toString(36).slice(2, 8)}`;
    const created = await adminBrowser.send('/api/accounts', { body: { name, role: 'viewer' } });
    expect(created.status).toBe(201);
    expect(typeof created.body.password).toBe('string');
    expect((await new Browser(app.baseUrl).signIn(name, created.body.password as string)).status).toBe(200);
    const again = await adminBrowser.send('/api/accounts', { body: { name, role: 'editor', password: 'another-long-password' } });
    expect(again.status).toBe(409);
    const promoted = await adminBrowser.send(`/api/accounts/${created.body.account.id as string}`, { method: 'PATCH', body: { role: 'editor' } });
    expect(promoted.body.role).toBe('editor');
    const bad = await adminBrowser.send('/api/accounts', { body: { name: 'x', role: 'viewer' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('name');
  });

  it('a role change applies to an open session at once', async () => {
    const account = await makeAccount(seeded.db, 'viewer', 'promoted');
    const browser = await signedIn(account);
    expect((await browser.send('/api/accounts')).status).toBe(403);
    const adminBrowser = await signedIn(admin);
    await adminBrowser.send(`/api/accounts/${account.id}`, { method: 'PATCH', body: { role: 'admin' } });
    expect((await browser.send('/api/accounts')).status).toBe(200);
  });
});

describe('POST /api/import takes the admin role from any credential', () => {
  it('an admin account signed in may import; an editor may not (403); anonymous 401', async () => {
    const file = JSON.stringify({ nodes: [], relationships: [] });
    const post = (headers: Record<string, string>) =>
      fetch(`${app.baseUrl}/api/import?dryRun=true&format=seed`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: file,
      });
    expect((await post({})).status).toBe(401);
    const editorBrowser = await signedIn(editor);
    expect((await post({ cookie: editorBrowser.cookie!, 'x-csrf-token': editorBrowser.csrf! })).status).toBe(403);
    const adminBrowser = await signedIn(admin);
    expect((await post({ cookie: adminBrowser.cookie! })).status).toBe(403); // CSRF
    const allowed = await post({ cookie: adminBrowser.cookie!, 'x-csrf-token': adminBrowser.csrf! });
    expect([200, 422]).toContain(allowed.status);
  });
});

describe('READ_REQUIRES_LOGIN', () => {
  it('reads need a signed-in viewer or a token; health, sign-in and the API description stay open', async () => {
    const closed = await startTestApp(seeded.db, { readRequiresLogin: true });
    try {
      for (const path of ['/api/search?q=greta', '/api/graph', '/api/views', '/api/export/count']) {
        const answer = await request(closed.baseUrl, path);
        expect(answer.status, path).toBe(401);
      }
      for (const path of ['/api/health', '/api/openapi.json', '/api/docs', '/api/auth/session']) {
        expect((await request(closed.baseUrl, path)).status, path).toBe(200);
      }
      const browser = await signedIn(viewer, closed.baseUrl);
      expect((await browser.send('/api/search?q=greta')).status).toBe(200);
      const { secret } = createTokenResponse.parse((await browser.send('/api/auth/tokens', { body: { name: 'reader' } })).body);
      expect((await request(closed.baseUrl, '/api/graph', { headers: bearer(secret) })).status).toBe(200);
    } finally {
      await closed.close();
    }
  });

  it('is off by default: anonymous reads answer', async () => {
    expect((await request(app.baseUrl, '/api/search?q=greta')).status).toBe(200);
  });
});
