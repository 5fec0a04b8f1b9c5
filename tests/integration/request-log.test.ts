import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { createLogger } from '../../api/src/logger.js';
import { startTestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

/**
 * Issue 13, performance: a request's log line costs nothing when it is not written (pino-http
 * built a child logger holding the serialised request for every request, even with logging
 * off), and reads as before when it is.
 */
let db: Database;

beforeAll(() => {
  db = testDatabase();
});

afterAll(async () => {
  await db?.close();
});

/** A logger at `level` whose lines land in `lines`, with the app's redaction. */
function loggerInto(level: string, lines: Record<string, unknown>[]) {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return createLogger(level, { destination });
}

describe('request log', () => {
  it('builds no logger per request while logging is off', async () => {
    const logger = pino({ level: 'silent' });
    const child = vi.spyOn(logger, 'child');
    const app = await startTestApp(db, { logger });
    const built = child.mock.calls.length;
    try {
      for (const path of ['/api/no-such-route', '/api/search?q=council', '/api/openapi.json']) {
        const response = await fetch(`${app.baseUrl}${path}`);
        await response.arrayBuffer();
      }
    } finally {
      await app.close();
    }
    expect(child.mock.calls.length - built).toBe(0);
  });

  it('writes one line per answered request with method, URL, status and time, and none for health', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = await startTestApp(db, { logger: loggerInto('info', lines) });
    try {
      for (const path of ['/api/no-such-route?x=1', '/api/health']) {
        const response = await fetch(`${app.baseUrl}${path}`, { headers: { authorization: 'Bearer not-a-token-of-this-app' } });
        await response.arrayBuffer();
      }
      await vi.waitFor(() => expect(lines.some((line) => line.msg === 'request completed')).toBe(true), { timeout: 60_000 });
    } finally {
      await app.close();
    }
    const completed = lines.filter((line) => line.msg === 'request completed');
    expect(completed).toHaveLength(1);
    const [line] = completed as {
      reqId: number;
      req: { method: string; url: string; headers: Record<string, string> };
      res: { statusCode: number };
      responseTime: number;
    }[];
    expect(line!.req).toMatchObject({ method: 'GET', url: '/api/no-such-route?x=1' });
    expect(line!.req.headers.authorization).toBe('[Redacted]');
    expect(line!.res.statusCode).toBe(404);
    expect(line!.responseTime).toBeGreaterThanOrEqual(0);
    expect(typeof line!.reqId).toBe('number');
  });
});
