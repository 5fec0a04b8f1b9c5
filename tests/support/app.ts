import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp, type AppOptions } from '../../api/src/app.js';
import type { Database } from '../../api/src/db/driver.js';
import { createHttpServer, DEFAULT_SERVER_LIMITS, type ServerLimits } from '../../api/src/server.js';

export interface TestApp {
  baseUrl: string;
  close(): Promise<void>;
}

/** Serves the real Express app on a free loopback port, backed by `db` (the throwaway Neo4j), as main.ts serves it. */
export async function startTestApp(
  db: Database,
  options: Partial<Omit<AppOptions, 'db'>> = {},
  limits: Partial<ServerLimits> = {},
): Promise<TestApp> {
  const app = createApp({ db, logger: pino({ level: 'silent' }), ...options });
  const server = createHttpServer(app, { ...DEFAULT_SERVER_LIMITS, ...limits });
  server.listen(0, '127.0.0.1');
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
  // The one `any` left: each test reads the API's JSON in its own shape; typing all ~150 reads is open work (closing note).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
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
