import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../api/src/db/driver.js';
import { readOnlyDatabases } from '../../api/src/db/read-only.js';
import { SupervisedNeo4j } from '../../tools/neo4j/supervisor.js';
import { isAlive, PATIENCE_MS, waitUntil } from '../support/processes.js';

/**
 * Issue 13: a full disk can leave the local Neo4j's database read-only until its JVM restarts (see
 * tools/neo4j/read-only-recovery.ts). A real supervised Neo4j here; only the free space of its
 * store is the test's (filling a real disk needs root: `npm run chaos` does that).
 */
const MiB = 2 ** 20;
const stateDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-read-only-'));
let supervisor: SupervisedNeo4j;
let db: Database;
let freeBytes = 0;
const readings: string[] = [];

beforeAll(async () => {
  supervisor = await SupervisedNeo4j.start({
    stateDir,
    boltPort: 0,
    heap: '512m',
    pageCache: '64m',
    txLogRotationSize: '128k',
    readyTimeoutMs: PATIENCE_MS,
    roomCheckIntervalMs: 20,
    freeSpace: async (dir) => {
      readings.push(dir);
      return freeBytes;
    },
  });
  db = new Database({ uri: supervisor.uri, user: supervisor.user, password: supervisor.password, database: 'neo4j', queryTimeoutMs: 30_000 });
}, PATIENCE_MS);

afterAll(async () => {
  await db?.close();
  await supervisor?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('a local Neo4j whose database refuses writes', () => {
  it('is left alone when Neo4j lists its database as writable', async () => {
    const pid = supervisor.pid;
    const readOnly = await readOnlyDatabases(db);
    expect(readOnly).toEqual([]);
    supervisor.recoverReadOnly('neo4j', readOnly);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Not even a look at the disk.
    expect(readings).toEqual([]);
    expect(supervisor.pid).toBe(pid);
  });

  it('is restarted once its store has room again, never while the disk is full, and counted as a restart', { timeout: PATIENCE_MS }, async () => {
    const pid = supervisor.pid;
    const steps: string[] = [];
    supervisor.on('read-only', (event) => steps.push(`read-only ${event.database}: ${event.freeBytes / MiB} of ${event.neededBytes / MiB} MiB free`));
    supervisor.on('room', (event) => steps.push(`room: ${event.freeBytes / MiB} MiB`));
    supervisor.on('stuck', (event) => steps.push(`stuck: ${event.reason}`));
    supervisor.on('down', (exit) => steps.push(`down (${exit.stuck})`));
    supervisor.on('up', () => steps.push('up'));
    freeBytes = MiB;
    // What Neo4j lists after its failover to read-only mode; a second refused write during the wait changes nothing.
    supervisor.recoverReadOnly('neo4j', ['neo4j']);
    supervisor.recoverReadOnly('neo4j', ['neo4j']);
    await waitUntil(() => (readings.length >= 20 ? true : undefined), { describe: () => '20 readings of the free space' });
    expect(steps).toEqual(['read-only neo4j: 1 of 64.125 MiB free']);
    expect(isAlive(pid)).toBe(true);
    expect(supervisor.pid).toBe(pid);
    expect(new Set(readings)).toEqual(new Set([path.join(stateDir, 'data')]));

    freeBytes = 500 * MiB;
    await waitUntil(() => (steps.includes('up') ? true : undefined), { describe: () => `the restart, after ${steps.join(', ')}` });
    expect(steps).toEqual(['read-only neo4j: 1 of 64.125 MiB free', 'room: 500 MiB', 'stuck: read-only', 'down (read-only)', 'up']);
    expect(isAlive(pid)).toBe(false);
    expect(supervisor.pid).not.toBe(pid);
    expect(supervisor.restartCount).toBe(1);
    const readOnly = await waitUntil(() => readOnlyDatabases(db).catch(() => undefined), { describe: () => 'Neo4j answering again' });
    expect(readOnly).toEqual([]);
  });
});
