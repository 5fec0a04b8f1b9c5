import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { createLogger } from '../../api/src/logger.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';

/**
 * Issue 13, findings 3, 7 and 9 and the HTTP limits: client input never gets a 500, credentials
 * never reach the log, every client has a rate limit and a slow client cannot hold a connection.
 */
const TOKEN = 'hardening-admin-token-0123456789';
let db: Database;
let app: TestApp;
let webDist: string;
const saved = process.env.ADMIN_TOKEN;

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  // A stand-in for web/dist: the static and deep-link handlers only need files to serve.
  webDist = mkdtempSync(path.join(os.tmpdir(), 'liaison-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Liaison</title>');
  writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log(1)');
  process.env.ADMIN_TOKEN = TOKEN;
  app = await startTestApp(db, { webDist });
});

afterAll(async () => {
  if (saved === undefined) delete process.env.ADMIN_TOKEN;
  else process.env.ADMIN_TOKEN = saved;
  await app?.close();
  await db?.close();
});

/** What the API answers: an error, or a console result. */
interface Answer {
  error?: { code: string; message: string; field?: string };
  rows?: unknown[][];
}

async function send(
  target: TestApp,
  method: string,
  pathname: string,
  body?: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${target.baseUrl}${pathname}`, { method, headers, body });
  const text = await response.text();
  let json: Answer | undefined;
  try {
    json = JSON.parse(text) as Answer;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

function expectClientError(response: { status: number; json?: Answer }, label: string) {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  expect(response.json?.error?.message?.length ?? 0, label).toBeGreaterThan(10);
}

/** One request on a raw socket: what the server answers, as text, until it closes. */
function rawRequest(baseUrl: string, lines: string): Promise<string> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connectTcp(Number(port), '127.0.0.1', () => socket.end(lines));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('client input is answered 4xx with a message, never 500 (finding 7)', () => {
  const routes: [string, string][] = [
    ['POST', '/api/query'],
    ['POST', '/api/export?format=json'],
    ['PUT', '/api/search?q=coe'],
    ['POST', '/'],
    ['POST', '/api/import?dryRun=true'],
    ['POST', '/api/nowhere'],
  ];

  it('refuses a Content-Encoding that does not match the plain body, on every route', async () => {
    for (const encoding of ['foo', 'gzip', 'deflate', 'br']) {
      for (const [method, pathname] of routes) {
        const response = await send(app, method, pathname, '{"cypher":"RETURN 1"}', {
          'content-type': 'application/json',
          'content-encoding': encoding,
          authorization: `Bearer ${TOKEN}`,
        });
        expectClientError(response, `${encoding} ${method} ${pathname}`);
      }
    }
  });

  it('still accepts a body that really is gzip-compressed', async () => {
    const response = await send(app, 'POST', '/api/query', Uint8Array.from(gzipSync('{"cypher":"RETURN 41 + 1 AS n"}')), {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(response.status).toBe(200);
    expect(response.json?.rows).toEqual([[42]]);
  });

  it('refuses a charset other than UTF-8', async () => {
    for (const [method, pathname] of routes) {
      const response = await send(app, method, pathname, '{"cypher":"RETURN 1"}', {
        'content-type': 'application/json; charset=latin1',
        authorization: `Bearer ${TOKEN}`,
      });
      if (pathname.startsWith('/api/import')) continue; // the import reads any content type raw, as documented
      expectClientError(response, `latin1 ${method} ${pathname}`);
    }
  });

  it('refuses console parameters nested 5,000 deep, naming params', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const response = await send(app, 'POST', '/api/query', `{"cypher":"RETURN $p AS p","params":{"p":${deep}}}`, {
      'content-type': 'application/json',
    });
    expectClientError(response, 'deep params');
    expect(response.json?.error?.field).toBe('params');
    // A reasonable nesting still works.
    const shallow = await send(app, 'POST', '/api/query', '{"cypher":"RETURN $p AS p","params":{"p":[[[1]]]}}', {
      'content-type': 'application/json',
    });
    expect(shallow.json?.rows).toEqual([[[[[1]]]]]);
  });

  it('refuses malformed percent-encoding in any path', async () => {
    for (const pathname of ['/%ff', '/assets/%c0%ae', '/api/%ff', '/api/nodes/%E2%82', '/explore/%c0']) {
      const response = await send(app, 'GET', pathname);
      expectClientError(response, pathname);
      expect(response.status, pathname).toBe(400);
    }
    // Well-formed paths still reach the static files and the deep-link fallback.
    expect((await send(app, 'GET', '/assets/app.js')).status).toBe(200);
    expect((await send(app, 'GET', '/explore/%C3%A9t%C3%A9')).status).toBe(200);
  });
});

describe('POST /api/import with an empty body (finding 9)', () => {
  it('answers 400 saying the body is empty', async () => {
    for (const body of ['', '   \n']) {
      const response = await send(app, 'POST', '/api/import?dryRun=true', body, {
        'content-type': 'application/octet-stream',
        authorization: `Bearer ${TOKEN}`,
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json?.error?.message).toMatch(/empty/);
    }
  });
});

describe('the log (finding 3)', () => {
  it('never holds the admin token, nor Authorization, Cookie or Set-Cookie values', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', { secrets: [TOKEN], destination });
    const logged = await startTestApp(db, { logger });
    const cookie = 'session=cookie-secret-value-777';
    try {
      for (const token of [TOKEN, 'a-wrong-token-that-is-long-enough']) {
        await send(logged, 'POST', `/api/import?dryRun=true&filename=${TOKEN}`, '{}', {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          cookie,
        });
      }
    } finally {
      await logged.close();
    }
    const log = lines.join('');
    // The requests were logged, with their headers…
    expect(log).toMatch(/\/api\/import/);
    expect(log).toMatch(/"authorization":"\[Redacted\]"/);
    // …but no credential.
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain('a-wrong-token-that-is-long-enough');
    expect(log).not.toContain('cookie-secret-value-777');
  });
});

describe('limits of every client', () => {
  it('answers 429 with Retry-After past the console, search and export rate limits', async () => {
    const limited = await startTestApp(db, { rateLimits: { console: 3, search: 5, export: 2 } });
    try {
      const cases: [number, () => ReturnType<typeof send>][] = [
        [3, () => send(limited, 'POST', '/api/query', '{"cypher":"RETURN 1"}', { 'content-type': 'application/json' })],
        [5, () => send(limited, 'GET', '/api/search?q=coe')],
        [2, () => send(limited, 'GET', '/api/export/count?ids=coe')],
      ];
      for (const [limit, call] of cases) {
        for (let i = 0; i < limit; i += 1) expect((await call()).status).toBeLessThan(400);
        const refused = await call();
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(refused.json?.error?.message).toMatch(/Too many/);
      }
      // Health is never limited.
      for (let i = 0; i < 10; i += 1) expect((await send(limited, 'GET', '/api/health')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('counts each client by its address behind the proxy, an IPv6 client by its /56 network', async () => {
    const limited = await startTestApp(db, { trustProxy: 1, rateLimits: { console: 3, search: 2, export: 2 } });
    try {
      const searchFrom = (address: string) => send(limited, 'GET', '/api/search?q=coe', undefined, { 'x-forwarded-for': address });
      expect((await searchFrom('2001:db8:1:100::1')).status).toBe(200);
      expect((await searchFrom('2001:db8:1:100::2')).status).toBe(200);
      // Another address of the same /56: the same client, over its limit.
      const refused = await searchFrom('2001:db8:1:1ff::3');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another network, and an IPv4 client: limits of their own.
      expect((await searchFrom('2001:db8:1:200::1')).status).toBe(200);
      expect((await searchFrom('203.0.113.9')).status).toBe(200);
      expect((await searchFrom('203.0.113.9')).status).toBe(200);
      expect((await searchFrom('203.0.113.9')).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('refuses a declared body over the JSON limit before reading it, and headers over the header limit', async () => {
    const big = await send(app, 'POST', '/api/query', `{"cypher":"RETURN 1","params":{"x":"${'x'.repeat(2 * 1024 * 1024)}"}}`, {
      'content-type': 'application/json',
    });
    expect(big.status).toBe(413);
    const answer = await rawRequest(app.baseUrl, `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'y'.repeat(64 * 1024)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
  });

  it('closes the connection of a client that sends its headers too slowly (slowloris)', async () => {
    const slow = await startTestApp(db, {}, { headersTimeoutMs: 1500, requestTimeoutMs: 3000 });
    try {
      const { port } = new URL(slow.baseUrl);
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connectTcp(Number(port), '127.0.0.1', () => socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n'));
        // One more header line now and then, never the blank line that ends them.
        const drip = setInterval(() => socket.write(`X-Drip: ${Date.now()}\r\n`), 300);
        socket.on('close', () => {
          clearInterval(drip);
          resolve(Date.now() - started);
        });
        socket.on('error', () => {});
        setTimeout(() => reject(new Error('the slow client was never cut off')), 20_000);
      });
      // headersTimeout, checked every second, plus a busy machine's delay.
      expect(closedAfter).toBeLessThan(1500 + 1000 + 3000);
    } finally {
      await slow.close();
    }
  });
});
