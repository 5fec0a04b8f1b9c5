import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../api/src/contract/auth.js';
import { DEFAULT_RATE_LIMITS } from '../../api/src/app.js';
import { startTestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { seededForFile } from '../support/db.js';
import { waitUntil } from '../support/processes.js';

/** Sessions: expiry, shared by instances and restarts; CSRF on cookie writes; the sign-in rate limit. */
const seeded = seededForFile();
let viewer: Awaited<ReturnType<typeof makeAccount>>;

beforeAll(async () => {
  viewer = await makeAccount(seeded.db, 'viewer');
});

afterAll(async () => {
  await removeAuthData(seeded.db);
});

describe('sessions', () => {
  it('expire after SESSION_TTL without a request: then the cookie is anonymous and writes get 401', async () => {
    const ttlMs = 3000;
    const app = await startTestApp(seeded.db, { sessionTtlMs: ttlMs });
    try {
      const browser = new Browser(app.baseUrl);
      const signedIn = Date.now();
      expect((await browser.signIn(viewer.name, viewer.password)).status).toBe(200);
      const cookie = browser.cookie!;
      // Any request with the cookie is activity and rolls the expiry forward, so wait on the stored
      // expiry itself (read from the database), then make one request.
      const expires = async () => {
        const result = await seeded.db.driver.executeQuery(
          'MATCH (s:Session {account_id: $id}) RETURN max(s.expires) AS expires',
          { id: viewer.id },
          {
            database: seeded.db.config.database,
          },
        );
        return Number(result.records[0]?.get('expires') ?? 0);
      };
      await waitUntil(async () => (Date.now() > (await expires()) ? true : undefined), {
        timeoutMs: 60_000,
        intervalMs: 250,
        describe: () => 'the stored expiry to pass',
      });
      expect((await new Browser(app.baseUrl).send('/api/auth/session', { headers: { cookie } })).body).toEqual({ account: null });
      expect(Date.now() - signedIn).toBeGreaterThanOrEqual(ttlMs - 1000);
      const stale = await new Browser(app.baseUrl).send('/api/auth/tokens', {
        body: { name: 'late' },
        headers: { cookie, [CSRF_HEADER]: browser.csrf! },
      });
      expect(stale.status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('are shared by two instances on one database, and survive a restart of the app', async () => {
    const first = await startTestApp(seeded.db);
    const second = await startTestApp(seeded.db);
    const browser = new Browser(first.baseUrl);
    try {
      await browser.signIn(viewer.name, viewer.password);
      // The same cookie and CSRF token, sent to the other instance (a load balancer's next pick).
      browser.baseUrl = second.baseUrl;
      expect((await browser.send('/api/auth/session')).body.account?.name).toBe(viewer.name);
      const created = await browser.send('/api/auth/tokens', { body: { name: 'made on the second instance' } });
      expect(created.status).toBe(201);
    } finally {
      await first.close();
      await second.close();
    }
    const restarted = await startTestApp(seeded.db);
    try {
      browser.baseUrl = restarted.baseUrl;
      const session = await browser.send('/api/auth/session');
      expect(session.body.account?.name).toBe(viewer.name);
      expect(session.body.csrfToken).toBe(browser.csrf);
    } finally {
      await restarted.close();
    }
  });
});

describe('CSRF', () => {
  it('a cookie-authenticated write without the token, or with a wrong one, is 403 CSRF and writes nothing; with it, it succeeds', async () => {
    const app = await startTestApp(seeded.db);
    try {
      const browser = new Browser(app.baseUrl);
      await browser.signIn(viewer.name, viewer.password);
      const count = async () => (await browser.send('/api/auth/tokens')).body.tokens.length as number;
      const before = await count();
      const missing = await browser.send('/api/auth/tokens', { body: { name: 'no token' }, csrf: false });
      expect(missing.status).toBe(403);
      expect(missing.body.error.code).toBe('CSRF');
      const wrong = await browser.send('/api/auth/tokens', {
        body: { name: 'wrong token' },
        csrf: false,
        headers: { [CSRF_HEADER]: `${browser.csrf}x` },
      });
      expect(wrong.status).toBe(403);
      expect(wrong.body.error.code).toBe('CSRF');
      // Another session's token is no better.
      const other = new Browser(app.baseUrl);
      await other.signIn(viewer.name, viewer.password);
      const foreign = await browser.send('/api/auth/tokens', {
        body: { name: 'foreign token' },
        csrf: false,
        headers: { [CSRF_HEADER]: other.csrf! },
      });
      expect(foreign.status).toBe(403);
      expect(await count()).toBe(before);
      const right = await browser.send('/api/auth/tokens', { body: { name: 'right token' } });
      expect(right.status).toBe(201);
      expect(await count()).toBe(before + 1);
      // Sign-out is a write too.
      expect((await browser.send('/api/auth/sign-out', { method: 'POST', csrf: false })).status).toBe(403);
      expect((await browser.send('/api/auth/sign-out', { method: 'POST' })).status).toBe(204);
    } finally {
      await app.close();
    }
  });

  it('bearer-token requests need no CSRF token (a browser never attaches one by itself)', async () => {
    const app = await startTestApp(seeded.db);
    try {
      const browser = new Browser(app.baseUrl);
      await browser.signIn(viewer.name, viewer.password);
      const { secret } = (await browser.send('/api/auth/tokens', { body: { name: 'script' } })).body as { secret: string };
      const script = new Browser(app.baseUrl);
      const made = await script.send('/api/auth/tokens', { body: { name: 'made by the script' }, headers: { authorization: `Bearer ${secret}` } });
      expect(made.status).toBe(201);
    } finally {
      await app.close();
    }
  });
});

describe('sign-in rate limit', () => {
  it('per client: failed attempts beyond the limit get 429 with Retry-After, whatever the name', async () => {
    const limit = 3;
    const app = await startTestApp(seeded.db, { rateLimits: { ...DEFAULT_RATE_LIMITS, signIn: limit } });
    try {
      for (let attempt = 0; attempt < limit; attempt++) {
        expect((await new Browser(app.baseUrl).signIn(`nobody-${attempt}`, 'wrong-password-000')).status).toBe(401);
      }
      const limited = await new Browser(app.baseUrl).signIn('nobody-else', 'wrong-password-000');
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Even the right password waits: the limit is on the client, not on the answer.
      expect((await new Browser(app.baseUrl).signIn(viewer.name, viewer.password)).status).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('per name: many clients guessing one name are stopped too; other names are not', async () => {
    const limit = 3;
    const app = await startTestApp(seeded.db, { trustProxy: 1, rateLimits: { ...DEFAULT_RATE_LIMITS, signIn: limit } });
    try {
      const from = (ip: string) => ({ 'x-forwarded-for': ip });
      const attempt = (ip: string, name: string, password: string) =>
        new Browser(app.baseUrl).send('/api/auth/sign-in', { body: { name, password }, headers: from(ip) });
      for (let i = 0; i < limit; i++) expect((await attempt(`203.0.113.${i + 1}`, viewer.name, 'wrong-password-000')).status).toBe(401);
      expect((await attempt('203.0.113.200', viewer.name, 'wrong-password-000')).status).toBe(429);
      expect((await attempt('203.0.113.201', `${viewer.name}-other`, 'wrong-password-000')).status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('successful sign-ins do not count', async () => {
    const limit = 2;
    const app = await startTestApp(seeded.db, { rateLimits: { ...DEFAULT_RATE_LIMITS, signIn: limit } });
    try {
      for (let i = 0; i < limit + 3; i++) expect((await new Browser(app.baseUrl).signIn(viewer.name, viewer.password)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
