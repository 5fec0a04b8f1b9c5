import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PATIENCE_MS, spawnEntry, stopChild, waitForOutput } from '../support/processes.js';

/**
 * `npm start` as a new user runs it: the real entry point (api/src/main.ts) in its own process,
 * against the tests' throwaway Neo4j, with and without ADMIN_TOKEN. A crash at start-up (a
 * logger option that only breaks without a token once shipped) is caught here, not by a user.
 */
const neo4j = inject('neo4j');

async function startsHealthy(extraEnv: Record<string, string>): Promise<string> {
  const app = spawnEntry('api/src/main.ts', {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'info',
    // Start-up queries took over 15 s on a starved machine.
    NEO4J_QUERY_TIMEOUT_MS: String(PATIENCE_MS),
    ...extraEnv,
  });
  try {
    const [, url] = await waitForOutput(app, /Liaison is ready in [\d.]+ s: (http:\/\/\S+)/);
    const response = await fetch(`${url}/api/health`);
    const body = (await response.json()) as { status?: string; neo4j?: { nodes?: number } };
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.status).toBe('ok');
    expect(typeof body.neo4j?.nodes).toBe('number');
    // A request through the whole middleware chain (logger hooks included) and an import refused without the right token.
    const refused = await fetch(`${url}/api/import`, {
      method: 'POST',
      headers: { authorization: 'Bearer not-the-token-0123456789', 'content-type': 'application/json' },
      body: '{}',
    });
    expect([401, 403]).toContain(refused.status);
    // Once listening, the entry point warms the explorer's queries: every read ran, none failed.
    await waitForOutput(app, /"failed":\[\],"ms":\d+,"msg":"Warmed the explorer's queries in [\d.]+ s"/);
    expect(app.child.exitCode, app.output()).toBeNull();
    return app.output();
  } finally {
    await stopChild(app, 'SIGTERM');
  }
}

describe('npm start, the real entry point', () => {
  it('serves a healthy /api/health without ADMIN_TOKEN', { timeout: 2 * PATIENCE_MS }, async () => {
    await startsHealthy({ ADMIN_TOKEN: '' });
  });

  // Exactly a first `npm start`: no NEO4J_URI, no password, no token, the launcher's own Neo4j.
  // (With NEO4J_URI a password is always set, which hid the logger crash.)
  it('serves a healthy /api/health with its own local Neo4j, no password and no ADMIN_TOKEN', { timeout: 2 * PATIENCE_MS }, async () => {
    const stateDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-entry-neo4j-'));
    try {
      const output = await startsHealthy({
        NEO4J_URI: '',
        NEO4J_USER: '',
        NEO4J_PASSWORD: '',
        ADMIN_TOKEN: '',
        NEO4J_STATE_DIR: stateDir,
        NEO4J_BOLT_PORT: '0',
        NEO4J_PAGECACHE: '32m',
      });
      expect(output).toMatch(/Neo4j ready at bolt:/);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it('serves a healthy /api/health with ADMIN_TOKEN, and never logs it', { timeout: 2 * PATIENCE_MS }, async () => {
    const token = randomBytes(16).toString('hex');
    const output = await startsHealthy({ ADMIN_TOKEN: token });
    expect(output).not.toContain(token);
  });
});
