import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../api/src/auth/digests.js';
import { SESSION_COOKIE, WRONG_CREDENTIALS, sessionResponse, signInResponse } from '../../api/src/contract/auth.js';
import { createLogger } from '../../api/src/logger.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData, sessionCookieOf } from '../support/auth.js';
import { seededForFile } from '../support/db.js';

/** Sign-in, sign-out, the session cookie and what is stored of it (issue 14, accounts and roles). */
const seeded = seededForFile();
let app: TestApp;
let editor: Awaited<ReturnType<typeof makeAccount>>;
let logLines: string[] = [];

beforeAll(async () => {
  editor = await makeAccount(seeded.db, 'editor');
  // The real logger (with its redaction), writing into memory, so the test can read every line.
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  app = await startTestApp(seeded.db, { logger: createLogger('trace', { destination: sink }) });
});

afterAll(async () => {
  await app?.close();
  await removeAuthData(seeded.db);
});

/** Every property value of every node, as text: what someone reading the database would see. */
async function everyStoredValue(): Promise<string> {
  const result = await seeded.db.driver.executeQuery('MATCH (n) RETURN properties(n) AS p', {}, { database: seeded.db.config.database });
  return JSON.stringify(result.records.map((record) => record.get('p') as unknown));
}

describe('sign-in', () => {
  it('signs in with the right name and password: the account, a CSRF token and an HttpOnly, SameSite=Lax cookie', async () => {
    const response = await fetch(`${app.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: editor.name, password: editor.password }),
    });
    expect(response.status).toBe(200);
    const body = signInResponse.parse(await response.json());
    expect(body.account).toEqual({ id: editor.id, name: editor.name, role: 'editor' });
    expect(body.csrfToken.length).toBeGreaterThanOrEqual(16);
    const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
    expect(line).toBeDefined();
    const attributes = line!.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    // Plain http (no PUBLIC_URL https): a Secure cookie would never come back.
    expect(attributes).not.toContain('secure');
    expect(attributes.some((part) => part.startsWith('expires='))).toBe(true);
  });

  it('the same 401 and the same words for a wrong name and for a wrong password', async () => {
    const wrongPassword = await new Browser(app.baseUrl).signIn(editor.name, `${editor.password}x`);
    const wrongName = await new Browser(app.baseUrl).signIn(`${editor.name}x`, editor.password);
    for (const answer of [wrongPassword, wrongName]) {
      expect(answer.status).toBe(401);
      expect(answer.body.error.message).toBe(WRONG_CREDENTIALS);
      expect(sessionCookieOf(answer.headers)).toBeUndefined();
    }
    expect(wrongName.body).toEqual(wrongPassword.body);
  });

  it('names are case-insensitive; a missing field is a 400 naming it', async () => {
    expect((await new Browser(app.baseUrl).signIn(editor.name.toUpperCase(), editor.password)).status).toBe(200);
    const missing = await new Browser(app.baseUrl).send('/api/auth/sign-in', { body: { name: editor.name } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('password');
  });

  it('GET /api/auth/session names the account for its cookie, and nobody without one', async () => {
    const browser = new Browser(app.baseUrl);
    expect(sessionResponse.parse((await browser.send('/api/auth/session')).body)).toEqual({ account: null });
    await browser.signIn(editor.name, editor.password);
    const session = sessionResponse.parse((await browser.send('/api/auth/session')).body);
    expect(session).toEqual({ account: { id: editor.id, name: editor.name, role: 'editor' }, csrfToken: browser.csrf });
  });

  it('stores the session id only as its SHA-256 digest', async () => {
    const browser = new Browser(app.baseUrl);
    await browser.signIn(editor.name, editor.password);
    // express-session's cookie: s:<id>.<signature>, URL-encoded.
    const sid = /^s:([^.]+)\./.exec(decodeURIComponent(browser.cookie!.split('=')[1]!))?.[1];
    expect(sid).toBeDefined();
    const stored = await everyStoredValue();
    expect(stored).not.toContain(sid);
    expect(stored).toContain(sha256Hex(sid!));
  });

  it('sign-out ends the session: the old cookie is anonymous afterwards, even replayed', async () => {
    const browser = new Browser(app.baseUrl);
    await browser.signIn(editor.name, editor.password);
    const cookie = browser.cookie!;
    const out = await browser.send('/api/auth/sign-out', { method: 'POST' });
    expect(out.status).toBe(204);
    const replayed = await new Browser(app.baseUrl).send('/api/auth/session', { headers: { cookie } });
    expect(replayed.body).toEqual({ account: null });
    const write = await new Browser(app.baseUrl).send('/api/auth/tokens', { body: { name: 'after sign-out' }, headers: { cookie } });
    expect(write.status).toBe(401);
  });

  it('a disabled account cannot sign in (same 401), and its open session stops working at once', async () => {
    const viewer = await makeAccount(seeded.db, 'viewer');
    const browser = new Browser(app.baseUrl);
    expect((await browser.signIn(viewer.name, viewer.password)).status).toBe(200);
    const admin = await makeAccount(seeded.db, 'admin');
    const adminBrowser = new Browser(app.baseUrl);
    await adminBrowser.signIn(admin.name, admin.password);
    const disabled = await adminBrowser.send(`/api/accounts/${viewer.id}`, { method: 'PATCH', body: { disabled: true } });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await browser.send('/api/auth/session')).body).toEqual({ account: null });
    const again = await new Browser(app.baseUrl).signIn(viewer.name, viewer.password);
    expect(again.status).toBe(401);
    expect(again.body.error.message).toBe(WRONG_CREDENTIALS);
  });

  it('no password reaches the log, neither a right one nor a wrong one', async () => {
    logLines = [];
    await new Browser(app.baseUrl).signIn(editor.name, editor.password);
    await new Browser(app.baseUrl).signIn(editor.name, 'a-wrong-password-123');
    await new Browser(app.baseUrl).send('/api/auth/sign-in', { body: { name: editor.name, password: editor.password, extra: 1 } });
    expect(logLines.length).toBeGreaterThan(2);
    const log = logLines.join('');
    expect(log).not.toContain(editor.password);
    expect(log).not.toContain('a-wrong-password-123');
  });
});

describe('over https (PUBLIC_URL https://…, behind a TLS proxy)', () => {
  it('the session cookie is Secure', async () => {
    const secure = await startTestApp(seeded.db, { https: true, logger: pino({ level: 'silent' }) });
    try {
      const answer = await new Browser(secure.baseUrl).send('/api/auth/sign-in', {
        body: { name: editor.name, password: editor.password },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(answer.status).toBe(200);
      const line = answer.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
      expect(line?.split(';').map((part) => part.trim().toLowerCase())).toContain('secure');
    } finally {
      await secure.close();
    }
  });
});
