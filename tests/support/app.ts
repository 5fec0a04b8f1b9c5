import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp, type AppOptions } from '../../api/src/app.js';
import type { Database } from '../../api/src/db/driver.js';

export interface TestApp {
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves the real Express app on a free loopback port, backed by `db` (the throwaway Neo4j). */
export async function startTestApp(db: Database, options: Partial<Omit<AppOptions, 'db'>> = {}): Promise<TestApp> {
  const app = createApp({ db, logger: pino({ level: 'silent' }), ...options });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** GET or POST JSON and return status, headers and parsed body. */
export async function request(
  baseUrl: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Non-JSON bodies (exports, HTML) stay text.
  }
  return { status: response.status, headers: response.headers, body };
}
