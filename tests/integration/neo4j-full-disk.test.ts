import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDisk } from '../../bench/chaos-disk.js';
import { findFreePort } from '../../tools/neo4j/ports.js';
import { isAlive, javaPidOf, PATIENCE_MS, spawnMainOnStore, stopChild, waitForOutput, waitUntil } from '../support/processes.js';

/**
 * Issue 13, chaos "full disk": once its preallocated transaction log file is used up (128k here,
 * 256m by default) Neo4j on a full disk fails the write whose commit it cannot append
 * (TransactionLogError) and then panics: its JVM
 * stays up, Bolt answers, and every transaction fails until a restart. The API answered both with
 * 500 and stayed broken after the disk was freed. Real processes: `npm start`'s entry point with
 * its local Neo4j on a small tmpfs (mounting needs root, which the chaos bench and this suite have).
 */
const mountRoot = mkdtempSync(path.join(os.tmpdir(), 'liaison-full-disk-'));
const stateDir = path.join(mountRoot, 'store');
const filler = path.join(mountRoot, 'filler');
const token = randomBytes(24).toString('hex');

beforeAll(() => {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256m', 'tmpfs', mountRoot], { stdio: 'pipe' });
  mkdirSync(stateDir);
});

afterAll(() => {
  execFileSync('umount', ['-l', mountRoot]);
  rmSync(mountRoot, { recursive: true, force: true });
});

async function post(base: string, id: string, description?: string): Promise<{ status: number; code?: string; message?: string; id?: string }> {
  const response = await fetch(`${base}/api/entities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ label: 'Topic', id, properties: { name_en: `Full disk ${id}`, ...(description ? { description } : {}) } }),
  });
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code, message: body.error?.message };
}

/** The app's log without its per-request lines, to explain a failure. */
const logLines = (output: string) =>
  output
    .split('\n')
    .filter((line) => !line.includes('"request errored"') && !line.includes('"request completed"'))
    .join('\n');

const status = (url: string) =>
  fetch(url)
    .then((response) => response.status)
    .catch(() => 0);

describe('a full disk under the local Neo4j', () => {
  it(
    'refuses the write with 507 (never 500), answers 503 while the database has panicked, restarts it, and keeps every acknowledged write',
    { timeout: 3 * PATIENCE_MS },
    async () => {
      const port = await findFreePort();
      const base = `http://127.0.0.1:${port}`;
      const store = { stateDir, boltPort: await findFreePort(), password: randomBytes(12).toString('hex') };
      const app = spawnMainOnStore(store, port, {
        NEO4J_TX_LOG_ROTATION_SIZE: '128k',
        ADMIN_TOKEN: token,
        LOG_LEVEL: 'info',
        NEO4J_QUERY_TIMEOUT_MS: String(PATIENCE_MS),
      });
      try {
        await waitForOutput(app, /Liaison is ready .*http/);
        expect((await post(base, 'topic-before-full')).status).toBe(201);
        const panickedPid = javaPidOf(stateDir);

        fillDisk(filler);
        // The open log file was preallocated: writes fit until it rotates and the next file finds no room.
        const acknowledged: string[] = [];
        let refused: Awaited<ReturnType<typeof post>> | undefined;
        for (let i = 0; i < 200 && !refused; i++) {
          const answer = await post(base, `topic-on-full-disk-${i}`, 'x'.repeat(10_000));
          if (answer.status === 201) acknowledged.push(`topic-on-full-disk-${i}`);
          else refused = { ...answer, id: `topic-on-full-disk-${i}` };
        }
        expect(refused?.status, `${JSON.stringify(refused)}\n${logLines(app.output()).slice(-4000)}`).toBe(507);
        expect(refused?.code).toBe('INSUFFICIENT_STORAGE');
        expect(refused?.message).toMatch(/disk is full/);

        // The probe sees the panic: 503 for every route, and the supervisor stops the panicked JVM.
        await waitForOutput(app, new RegExp(`The local Neo4j \\(pid ${panickedPid}\\) reports a critical error`));
        const whilePanicked = await post(base, 'topic-while-panicked');
        expect(whilePanicked.status, JSON.stringify(whilePanicked)).toBe(503);
        expect(whilePanicked.message).toBeTruthy();

        rmSync(filler);
        let health = '';
        await waitUntil(
          async () => {
            const response = await fetch(`${base}/api/health`).catch(() => undefined);
            health = `${response?.status} ${await response?.text().catch(() => '')}`;
            return response?.status === 200 ? true : undefined;
          },
          {
            intervalMs: 250,
            describe: () => `recovery (last health: ${health}):\n${logLines(app.output()).slice(-6000)}`,
          },
        );
        expect(isAlive(panickedPid)).toBe(false);
        expect(javaPidOf(stateDir)).not.toBe(panickedPid);
        expect(await status(`${base}/api/nodes/topic-before-full`)).toBe(200);
        for (const id of acknowledged) expect(await status(`${base}/api/nodes/${id}`), id).toBe(200);
        // "Not confirmed": a commit that reached the log but not the store (TransactionCommitFailed) is replayed by recovery.
        expect([200, 404]).toContain(await status(`${base}/api/nodes/${refused!.id}`));
        expect((await post(base, 'topic-after-full')).status).toBe(201);
        expect(app.output()).toMatch(/The local Neo4j is back/);
      } finally {
        await stopChild(app, 'SIGTERM');
      }
    },
  );
});
