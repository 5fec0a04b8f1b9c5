/**
 * `npm run chaos`: a maintainer's ordeal for the running service (not part of `npm test`).
 *
 * Starts `npm start`'s entry point with its own local Neo4j (store on a small tmpfs when this user
 * may mount one), puts bounded load on it with autocannon, and then, one after the other:
 *   1. kill -9 of the Neo4j JVM (the supervisor must notice and restart it);
 *   2. a network cut between an API and Neo4j (a TCP relay that is closed, then reopened; the Bolt
 *      probe must notice);
 *   3. a full disk under the store, filled to its last byte before the first write (so far Neo4j
 *      then made the database read-only, in runs that start from here: the supervisor must wait for
 *      room, then restart it);
 *   4. a full disk again, the filler leaving a few transaction log files of room, so that audited
 *      writes are acknowledged while they fill it, until Neo4j refuses them (so far it then panicked);
 *      every acknowledged write must be found once the filler is removed.
 * Each time it measures how long until a client gets 503, how fast the 503s are, how long until
 * the service answers 200 again without help, whether any answer was a 500, and whether the graph
 * is exactly as before (counts per label and type, and a checksum over every property).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { createApp } from '../api/src/app.js';
import { Neo4jAvailability, startBoltProbe } from '../api/src/db/availability.js';
import { Database } from '../api/src/db/driver.js';
import { findFreePort } from '../tools/neo4j/ports.js';
import { statfsFreeBytes } from '../tools/neo4j/read-only-recovery.js';
import { graphFingerprint, type GraphFingerprint } from '../tests/support/fingerprint.js';
import { isAlive, javaPidOf, killHard, spawnMainOnStore, stopChild, waitForOutput, waitUntil } from '../tests/support/processes.js';
import { Relay } from '../tests/support/relay.js';
import {
  CHAOS_ID_PREFIX,
  countFound,
  describeRun,
  faultsOf,
  FILL_SLACK_BYTES,
  fillDisk,
  removeChaosWrites,
  writeEntity,
  writeUntilRefused,
  type FullDiskRun,
} from './chaos-disk.js';

interface Ordeal {
  name: string;
  /** ms from the fault (for the full disk: the first refused write) to the first 503 a client saw. */
  firstUnavailableMs: number;
  /** Times of the 503 answers sampled while down. */
  unavailableMs: number[];
  /** ms from the end of the fault (or the fault itself, for kill -9) to the first 200. */
  recoveryMs: number;
  /** Answers of the background load during the ordeal, per status. */
  load: Record<string, number>;
  intact: boolean;
  note: string;
}

const mountRoot = mkdtempSync(path.join(os.tmpdir(), 'liaison-chaos-'));
const stateDir = path.join(mountRoot, 'store');
const password = randomBytes(12).toString('hex');
const adminToken = randomBytes(24).toString('hex');

/** A small filesystem for the store: tmpfs when mount is allowed; otherwise the store stays on /tmp and the disk ordeal is skipped. */
function mountSmallDisk(): string | null {
  try {
    // Room for the store and its logs; transaction log files are small here (NEO4J_TX_LOG_ROTATION_SIZE below).
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1g', 'tmpfs', mountRoot], { stdio: 'pipe' });
    return 'tmpfs 1 GiB';
  } catch (error) {
    console.log(`chaos: cannot mount a tmpfs (${(error as Error).message.split('\n')[0]}); the full-disk ordeal is skipped`);
    return null;
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

async function timed(url: string, timeoutMs = 2000): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return { status: response.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/** Bounded background load (search and 1-hop expand) whose answers are counted per status. */
function startLoad(baseUrl: string): { stop(): Record<string, number> } {
  const statuses: Record<string, number> = {};
  const instance = autocannon(
    {
      url: baseUrl,
      connections: 4,
      overallRate: 40,
      duration: 3600,
      timeout: 30,
      requests: [
        { method: 'GET', path: '/api/search?q=greta' },
        { method: 'GET', path: '/api/expand?ids=greta' },
      ],
    },
    () => {},
  );
  instance.on('response', (_client, statusCode) => (statuses[statusCode] = (statuses[statusCode] ?? 0) + 1));
  return {
    stop: () => {
      instance.stop();
      return statuses;
    },
  };
}

/** Runs one fault: measures time to 503, the 503s' speed, recovery after `heal`, and the graph. */
async function ordeal(
  name: string,
  baseUrl: string,
  db: Database,
  before: GraphFingerprint,
  /** Resolves to the moment the fault took effect, when that is not its start. */
  fault: () => Promise<number | void>,
  heal: () => Promise<void>,
  {
    note = '',
    recoveryFromFault = false,
    outageRequired = true,
    afterRecovery = async () => {},
  }: { note?: string; recoveryFromFault?: boolean; outageRequired?: boolean; afterRecovery?: () => Promise<void> } = {},
): Promise<Ordeal> {
  const load = startLoad(baseUrl);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // warm, steady load before the fault
  const started = performance.now();
  // A full disk takes effect at the first refused write, after the writes acknowledged while it filled.
  const faultAt = (await fault()) ?? started;
  // A fault that Neo4j absorbs (a full disk while its preallocated log still has room) may never cause an outage.
  const first = await waitUntil(async () => ((await timed(`${baseUrl}/api/health`, 500)).status === 503 ? performance.now() : undefined), {
    intervalMs: 10,
    timeoutMs: outageRequired ? 120_000 : 10_000,
    describe: () => `a 503 after ${name}`,
  }).catch((error: unknown) => {
    if (outageRequired) throw error;
    return NaN;
  });
  const unavailableMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const answer = await timed(`${baseUrl}/api/search?q=greta`);
    if (answer.status === 503) unavailableMs.push(answer.ms);
  }
  await heal();
  // After the heal: for the network cut, heal() waits out the 10 s cut before it reopens the relay.
  const healAt = performance.now();
  const recovered = await waitUntil(
    async () => ((await timed(`${baseUrl}/api/search?q=greta`, 5000)).status === 200 ? performance.now() : undefined),
    {
      intervalMs: 100,
      timeoutMs: 600_000,
      describe: () => `recovery after ${name}`,
    },
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const loadStatuses = load.stop();
  await afterRecovery();
  const after = await graphFingerprint(db);
  return {
    name,
    firstUnavailableMs: first - faultAt,
    unavailableMs,
    recoveryMs: recovered - (recoveryFromFault ? faultAt : healAt),
    load: loadStatuses,
    intact: JSON.stringify(after) === JSON.stringify(before),
    note,
  };
}

const disk = mountSmallDisk();
mkdirSync(stateDir, { recursive: true });
const boltPort = await findFreePort();
const port = await findFreePort();
// A 256 MiB transaction log file, preallocated, absorbed every write of the full-disk ordeal; with 128k the next rotation meets the full disk.
const app = spawnMainOnStore({ stateDir, boltPort, password }, port, {
  SEED_ON_START: 'true',
  NEO4J_TX_LOG_ROTATION_SIZE: '128k',
  ADMIN_TOKEN: adminToken,
});
const direct = new Database({ uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 60_000 });
const results: Ordeal[] = [];
let relayApp: { close(): Promise<void> } | undefined;
try {
  await waitForOutput(app, /Liaison is ready .*http/);
  const baseUrl = `http://127.0.0.1:${port}`;
  const before = await graphFingerprint(direct);
  const loadAvg = os.loadavg()[0]!.toFixed(1);
  console.log(
    `chaos: app on ${baseUrl}, Neo4j on ${boltPort}, store on ${disk ?? os.tmpdir()}, ${Object.values(before.counts).reduce((a, b) => a + b, 0)} label/type memberships, load average ${loadAvg} on ${os.cpus().length} cores`,
  );

  // 1. kill -9 of the JVM under load.
  let killed = 0;
  results.push(
    await ordeal(
      'kill -9 of the Neo4j JVM',
      baseUrl,
      direct,
      before,
      async () => {
        killed = javaPidOf(stateDir);
        void killHard(killed);
      },
      async () => {}, // nobody helps: the supervisor restarts it
      { note: 'recovery counted from the kill; the supervisor restarts the JVM', recoveryFromFault: true },
    ),
  );
  if (isAlive(killed)) throw new Error('the killed JVM is still alive');

  // 2. A network cut between a second API (the same app code, with the Bolt probe) and Neo4j.
  const relay = new Relay({ host: '127.0.0.1', port: boltPort });
  await relay.open();
  const relayed = new Database({ uri: `bolt://127.0.0.1:${relay.port}`, user: 'neo4j', password, database: 'neo4j', queryTimeoutMs: 15_000 });
  const availability = new Neo4jAvailability();
  const probe = startBoltProbe(relayed.config, availability);
  const server = createApp({ db: relayed, logger: pino({ level: 'silent' }), availability }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const relayUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  relayApp = {
    close: async () => {
      server.closeAllConnections();
      server.close();
      await probe.stop();
      await relayed.close();
      await relay.cut();
    },
  };
  await waitUntil(async () => ((await timed(`${relayUrl}/api/health`)).status === 200 ? true : undefined), { describe: () => 'the relayed API' });
  results.push(
    await ordeal(
      'network cut (relay closed 10 s)',
      relayUrl,
      direct,
      before,
      () => relay.cut(),
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 10_000));
        await relay.open();
      },
      { note: 'recovery counted from the reopening of the relay' },
    ),
  );

  // 3 and 4. A full disk under the store, audited writes through the API until they are refused. Twice:
  // filled to the last byte, Neo4j took its read-only failover in every run where this came first
  // (what proves the supervisor's wait for room and restart; placed second, it panicked); filled to
  // FILL_SLACK_BYTES, writes are acknowledged while the disk fills (what proves nothing acknowledged
  // is lost).
  if (disk) {
    for (const fill of [
      { name: 'full disk under the store, filled to the last byte', slack: 0 },
      { name: 'full disk under the store, filled while writes are acknowledged', slack: FILL_SLACK_BYTES },
    ]) {
      const filler = path.join(mountRoot, 'filler');
      const lastBytes = path.join(mountRoot, 'filler-last-bytes');
      let written: Omit<FullDiskRun, 'writableAgainMs'> | undefined;
      let run: FullDiskRun | undefined;
      let freedAt = NaN;
      let found = NaN;
      let unconfirmedFound = NaN;
      const outputBefore = app.output().length;
      results.push(
        await ordeal(
          fill.name,
          baseUrl,
          direct,
          before,
          async () => {
            const faultAt = performance.now();
            await fillDisk(filler, fill.slack);
            written = await writeUntilRefused(baseUrl, adminToken, faultAt, {
              free: () => statfsFreeBytes(mountRoot),
              topUp: () => fillDisk(lastBytes),
            });
            return Number.isNaN(written.firstRefusalMs) ? undefined : faultAt + written.firstRefusalMs;
          },
          async () => {
            rmSync(filler, { force: true });
            rmSync(lastBytes, { force: true });
            freedAt = performance.now();
          },
          {
            outageRequired: false,
            afterRecovery: async () => {
              // Reads may never have stopped: what must come back is writes.
              const afterId = `${CHAOS_ID_PREFIX}after`;
              const writableAt = await waitUntil(
                async () => ((await writeEntity(baseUrl, adminToken, afterId)).status === 201 ? performance.now() : undefined),
                { intervalMs: 500, timeoutMs: 120_000 },
              ).catch(() => NaN);
              // The first write accepted again is acknowledged too; those before the first refusal are what the ordeal proves.
              const acknowledged = [...written!.acknowledged, ...(Number.isNaN(writableAt) ? [] : [afterId])];
              run = { ...written!, acknowledged, writableAgainMs: writableAt - freedAt };
              // Every acknowledged write must be there; then the ordeal's writes go, so the graph compares equal.
              found = await waitUntil(() => countFound(direct, run?.acknowledged ?? []).catch(() => undefined), {
                intervalMs: 500,
                describe: () => 'Neo4j answering after the disk is freed',
              });
              unconfirmedFound = await countFound(direct, run.unconfirmed);
              await removeChaosWrites(direct);
            },
          },
        ),
      );
      const ordealResult = results.at(-1)!;
      // What the supervisor logged during this ordeal: a panic, or read-only mode and the wait for room.
      const logged = app.output().slice(outputBefore);
      const panicked = logged.includes('reports a critical error');
      const readOnly = /made database \w+ read-only after a full disk \(([\d.]+) MiB free[^)]*\); restarting it once ([\d.]+) MiB/.exec(logged);
      const room = /([\d.]+) MiB are free in \S+ again: restarting the local Neo4j/.exec(logged);
      // The supervisor's own sentences, as an operator would read them.
      for (const [, sentence] of logged.matchAll(/"msg":"((?:The local Neo4j|[\d.]+ MiB are free|Restarting the local Neo4j)[^"]*)"/g))
        console.log(`chaos: npm start logged: ${sentence}`);
      const neo4jDid = [
        panicked ? 'Neo4j panicked and the supervisor restarted it' : '',
        readOnly
          ? `Neo4j made the database read-only (${readOnly[1]} MiB free); the supervisor waited for ${readOnly[2]} MiB and ${room ? `restarted it at ${room[1]} MiB free` : 'did not restart it'}`
          : '',
      ].filter(Boolean);
      const faults = run ? faultsOf(run, { acknowledgedBeforeRefusal: fill.slack > 0 }) : ['no writes'];
      if (found < (run?.acknowledged.length ?? 0)) faults.push(`lost writes: ${found} of ${run?.acknowledged.length} acknowledged found`);
      ordealResult.note = `${run ? describeRun(run) : ''}; ${run?.acknowledged.length ?? 0} acknowledged in all (${run?.acknowledgedBeforeRefusal ?? 0} before the first refusal, plus the first write accepted again), ${found} found afterwards; ${run?.unconfirmed.length ?? 0} answered 507 (not confirmed), ${unconfirmedFound} of them found; ${neo4jDid.join('; ') || 'no panic nor read-only mode logged'}${faults.length ? `; FAULTS: ${faults.join('; ')}` : ''}`;
      if (faults.length) {
        process.exitCode = 1;
        // What the API could not map: the driver error behind each 500, for errors.ts.
        for (const line of app
          .output()
          .split('\n')
          .filter((l) => l.includes('"unhandled error"')))
          console.log(
            `chaos: ${/"err":\{"type":"(\w+)","message":"(.{0,300})/.exec(line)?.slice(1).join(': ')} ${/"code":"(Neo[^"]+)"/.exec(line)?.[1] ?? ''}`,
          );
      }
    }
  }
} catch (error) {
  console.error(`chaos: ${(error as Error).message}\n${app.output().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await relayApp?.close();
  await direct.close();
  await stopChild(app, 'SIGTERM');
  if (disk) execFileSync('umount', ['-l', mountRoot]);
  rmSync(mountRoot, { recursive: true, force: true });
}

console.log('\n| ordeal | first 503 after | 503 answers p50 / max | back to 200 after | load answers | graph intact | note |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  const load = Object.entries(r.load)
    .sort()
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
  console.log(
    `| ${r.name} | ${Number.isNaN(r.firstUnavailableMs) ? 'no outage' : `${r.firstUnavailableMs.toFixed(0)} ms`} | ${r.unavailableMs.length ? `${percentile(r.unavailableMs, 50).toFixed(1)} / ${Math.max(...r.unavailableMs).toFixed(1)} ms (${r.unavailableMs.length})` : '–'} | ${(r.recoveryMs / 1000).toFixed(1)} s | ${load} | ${r.intact ? 'yes' : 'NO'} | ${r.note} |`,
  );
  if (r.load['500'] || !r.intact || (!Number.isNaN(r.firstUnavailableMs) && r.firstUnavailableMs > 1000)) process.exitCode = 1;
}
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
