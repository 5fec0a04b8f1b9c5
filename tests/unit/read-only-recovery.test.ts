import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readOnlyInConf } from '../../tools/neo4j/local-server.js';
import { databaseNames, readOnlyCause, roomNeededAfterDiskFull, waitForRoom } from '../../tools/neo4j/read-only-recovery.js';

/**
 * Issue 13: a full disk can leave the local Neo4j's database read-only (Neo4j's "dynamic failover
 * to read-only mode" when it cannot preallocate a transaction log file), and that lasted until
 * someone restarted Liaison. The supervisor now restarts it, but only once the disk has room, and
 * never a database made read-only on purpose. These are its decisions, with a fake statfs.
 */
const MiB = 2 ** 20;
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A free-space reader that returns `readings` in turn (the last one from then on) and counts its calls. */
function fakeStatfs(readings: Array<number | Error>): { read: (dir: string) => Promise<number>; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    read: async (dir) => {
      const reading = readings[Math.min(calls.length, readings.length - 1)]!;
      calls.push(dir);
      if (reading instanceof Error) throw reading;
      return reading;
    },
  };
}

describe('the room a restart after a full disk needs', () => {
  it('is one preallocated transaction log file plus 64 MiB of headroom', () => {
    expect(roomNeededAfterDiskFull('128k')).toBe(128 * 1024 + 64 * MiB);
    expect(roomNeededAfterDiskFull('256m')).toBe(320 * MiB);
    expect(roomNeededAfterDiskFull('1G')).toBe(1024 * MiB + 64 * MiB);
  });
});

describe('why a database refuses writes', () => {
  it('is the full disk only when Neo4j made it read-only at runtime, not neo4j.conf', () => {
    expect(readOnlyCause('neo4j', [], [])).toBe('writable');
    expect(readOnlyCause('neo4j', ['other'], [])).toBe('writable');
    expect(readOnlyCause('neo4j', ['neo4j'], [])).toBe('disk-full');
    expect(readOnlyCause('neo4j', ['neo4j'], ['neo4j'])).toBe('configured');
  });

  it('reads the setting as Neo4j lists it', () => {
    expect(databaseNames('')).toEqual([]);
    expect(databaseNames('neo4j')).toEqual(['neo4j']);
    expect(databaseNames('neo4j, archive')).toEqual(['neo4j', 'archive']);
  });

  it('finds the databases neo4j.conf makes read-only', () => {
    const stateDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-read-only-conf-'));
    dirs.push(stateDir);
    expect(readOnlyInConf(stateDir)).toEqual([]);
    mkdirSync(path.join(stateDir, 'conf'));
    const conf = path.join(stateDir, 'conf', 'neo4j.conf');
    writeFileSync(conf, 'server.memory.pagecache.size=64m\n');
    expect(readOnlyInConf(stateDir)).toEqual([]);
    writeFileSync(conf, 'server.memory.pagecache.size=64m\nserver.databases.read_only=neo4j\n');
    expect(readOnlyInConf(stateDir)).toEqual(['neo4j']);
  });
});

describe('waiting for room', () => {
  it('never ends while the disk is short of the room, and ends at the first reading with enough', async () => {
    const statfs = fakeStatfs([0, 10 * MiB, new Error('EIO'), 64 * MiB, 70 * MiB]);
    const first: number[] = [];
    const watch = waitForRoom({ dir: '/store/data', neededBytes: 65 * MiB, intervalMs: 5, freeSpace: statfs.read }, (free) => first.push(free));
    await expect(watch.room).resolves.toBe(70 * MiB);
    // 0, 10 MiB, a failed reading (no room) and 64 MiB did not suffice; the fifth reading did.
    expect(statfs.calls).toEqual(Array(5).fill('/store/data'));
    expect(first).toEqual([0]);
  });

  it('stops reading once cancelled', async () => {
    const statfs = fakeStatfs([0]);
    const watch = waitForRoom({ dir: '/store/data', neededBytes: MiB, intervalMs: 5, freeSpace: statfs.read });
    while (statfs.calls.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    watch.cancel();
    const calls = statfs.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statfs.calls.length).toBe(calls);
  });
});
