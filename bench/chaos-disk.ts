/**
 * The full-disk ordeal of `npm run chaos` (bench/chaos.ts): a filler file takes the store's
 * filesystem to a slack of a few transaction log files, then audited writes go through the API
 * (POST /api/entities, one entity and its change record per write) until they are refused, with a
 * read after each. So the disk fills while writes are being acknowledged, and those writes are the
 * ones that must survive Neo4j's panic or read-only mode and the restart.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Database } from '../api/src/db/driver.js';
import { statfsFreeBytes } from '../tools/neo4j/read-only-recovery.js';

/** The curation route's own transaction timeout (api/src/curation/transaction.ts) plus slack: longer is a hang. */
export const WRITE_HANG_MS = 65_000;
/** Stop writing after this many refusals in a row, or after this many attempts in all. */
const REFUSALS_TO_STOP = 5;
const MAX_ATTEMPTS = 60;
/**
 * Room left by the filler: four of the chaos Neo4j's 128 KiB transaction log files (each preallocated
 * whole). Filled to the last byte, the very first write was refused in every run (five of five on
 * 2026-12-03), so no acknowledged write was there to be lost.
 */
export const FILL_SLACK_BYTES = 512 * 1024;
/** Acknowledged writes after which the slack, if still not used up, is filled to the last byte as well. */
const ACKNOWLEDGED_BEFORE_TOP_UP = 20;
/** Every entity the ordeal writes has an id with this prefix, so it can be found and removed. */
export const CHAOS_ID_PREFIX = 'topic-chaos-';

export interface Answer {
  status: number;
  ms: number;
  code?: string;
  message?: string;
}

export interface FullDiskRun {
  writes: Answer[];
  reads: Answer[];
  /** Ids of the writes the API acknowledged (201). */
  acknowledged: string[];
  /** How many of them came before the first refusal: the writes acknowledged while the disk filled. */
  acknowledgedBeforeRefusal: number;
  /** Free bytes on the store's filesystem after the fill, and when the first write was refused. */
  freeAfterFill: number;
  freeAtFirstRefusal: number;
  /** Whether the slack outlasted ACKNOWLEDGED_BEFORE_TOP_UP writes, so the rest was filled too. */
  toppedUp: boolean;
  /** Ids of the writes answered 507 (not confirmed: one already in the transaction log may be recovered). */
  unconfirmed: string[];
  /** ms from the fault to the first refused write. */
  firstRefusalMs: number;
  /** ms from the filler's removal to the first write accepted again (NaN: never, within the wait). */
  writableAgainMs: number;
}

/**
 * Writes 1 MiB blocks into `filler` until `slack` bytes are left free on its filesystem (to the
 * block), or, with no slack, until ENOSPC: then a short last write takes the last byte.
 */
export async function fillDisk(filler: string, slack = 0): Promise<void> {
  const fd = openSync(filler, 'w');
  const mib = 1024 * 1024;
  const block = Buffer.alloc(mib, 1);
  try {
    for (;;) {
      const excess = slack ? (await statfsFreeBytes(filler)) - slack : mib;
      if (excess <= 0) break;
      writeSync(fd, block, 0, Math.min(mib, excess));
    }
  } catch {
    // ENOSPC: the disk is full.
  } finally {
    closeSync(fd);
  }
}

async function call(url: string, init: RequestInit, timeoutMs: number): Promise<Answer> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    return { status: response.status, ms: performance.now() - started, code: body.error?.code, message: body.error?.message };
  } catch {
    // No answer within the timeout: a hang.
    return { status: 0, ms: performance.now() - started };
  }
}

/** One audited write of a 10 KB Topic through the API. */
export function writeEntity(baseUrl: string, token: string, id: string): Promise<Answer> {
  const body = { label: 'Topic', id, properties: { name_en: `Chaos write ${id}`, description: 'x'.repeat(10_000) }, note: 'npm run chaos' };
  return call(
    `${baseUrl}/api/entities`,
    { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) },
    WRITE_HANG_MS,
  );
}

/** The store's filesystem as the writes see it: its free space, and the filler of its last bytes. */
export interface FillingDisk {
  free(): Promise<number>;
  /** Takes the rest of the disk, to its last byte. */
  topUp(): Promise<void>;
}

/**
 * Audited writes (10 KB each) through the API on a disk filled up to FILL_SLACK_BYTES, each followed
 * by a read, until they are refused. Should the slack outlast ACKNOWLEDGED_BEFORE_TOP_UP writes, the
 * disk is filled to its last byte and the writes go on.
 */
export async function writeUntilRefused(
  baseUrl: string,
  token: string,
  faultAt: number,
  disk: FillingDisk,
): Promise<Omit<FullDiskRun, 'writableAgainMs'>> {
  const writes: Answer[] = [];
  const reads: Answer[] = [];
  const acknowledged: string[] = [];
  const unconfirmed: string[] = [];
  const freeAfterFill = await disk.free();
  let freeAtFirstRefusal = NaN;
  let firstRefusalMs = NaN;
  let refusedInARow = 0;
  let toppedUp = false;
  for (let i = 0; i < MAX_ATTEMPTS && refusedInARow < REFUSALS_TO_STOP; i++) {
    const id = `${CHAOS_ID_PREFIX}${i}`;
    const write = await writeEntity(baseUrl, token, id);
    writes.push(write);
    if (write.status === 201) {
      acknowledged.push(id);
      refusedInARow = 0;
    } else {
      if (write.status === 507) unconfirmed.push(id);
      if (Number.isNaN(firstRefusalMs)) {
        firstRefusalMs = performance.now() - faultAt;
        freeAtFirstRefusal = await disk.free();
      }
      refusedInARow += 1;
    }
    reads.push(await call(`${baseUrl}/api/search?q=greta`, {}, 5000));
    if (!toppedUp && Number.isNaN(firstRefusalMs) && acknowledged.length >= ACKNOWLEDGED_BEFORE_TOP_UP) {
      await disk.topUp();
      toppedUp = true;
    }
  }
  const acknowledgedBeforeRefusal = Number.isNaN(firstRefusalMs) ? acknowledged.length : writes.findIndex((write) => write.status !== 201);
  return { writes, reads, acknowledged, acknowledgedBeforeRefusal, unconfirmed, firstRefusalMs, freeAfterFill, freeAtFirstRefusal, toppedUp };
}

/**
 * What is wrong with the answers: a 500, a hang, a refusal without a sentence, a slow 503 or a failed
 * read. With `acknowledgedBeforeRefusal` (the fill left slack), also no write acknowledged before the
 * first refusal; a fill to the last byte cannot be asked for one.
 */
export function faultsOf(run: FullDiskRun, required: { acknowledgedBeforeRefusal: boolean }): string[] {
  const faults: string[] = [];
  for (const [i, write] of run.writes.entries()) {
    if (write.status === 201) continue;
    if (write.status === 0) faults.push(`write ${i} hung past ${WRITE_HANG_MS} ms`);
    else if (!(write.status >= 400 && write.status < 500) && write.status !== 503 && write.status !== 507)
      faults.push(`write ${i} answered ${write.status} ${write.code ?? ''}`);
    else if (!write.message || write.message.length < 20) faults.push(`write ${i} answered ${write.status} without a sentence`);
  }
  for (const [i, read] of run.reads.entries()) {
    if (read.status === 200 || (read.status === 503 && read.ms < 1000)) continue;
    faults.push(`read ${i} answered ${read.status} in ${read.ms.toFixed(0)} ms`);
  }
  if (Number.isNaN(run.firstRefusalMs)) faults.push(`no write was refused in ${run.writes.length} attempts: the disk never filled`);
  else if (required.acknowledgedBeforeRefusal && run.acknowledgedBeforeRefusal < 1)
    faults.push(
      `the first write after the fill was already refused (${kib(run.freeAfterFill)} free): the fill left no room to prove that acknowledged writes survive`,
    );
  if (Number.isNaN(run.writableAgainMs)) faults.push('writes still refused after the disk was freed');
  return faults;
}

/** Counts the acknowledged writes that are in the graph; throws while Neo4j does not answer. */
export async function countFound(db: Database, ids: string[]): Promise<number> {
  const { records } = await db.driver.executeQuery('MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n', { ids });
  return Number(records[0]!.get('n'));
}

/** Removes the ordeal's entities and their change records, so the graph compares equal to before. */
export async function removeChaosWrites(db: Database): Promise<void> {
  await db.driver.executeQuery(
    'MATCH (n) WHERE (n:Entity AND n.id STARTS WITH $prefix) OR (n:Change AND n.element_id STARTS WITH $prefix) DETACH DELETE n',
    { prefix: CHAOS_ID_PREFIX },
  );
}

/** `201×3, 507 INSUFFICIENT_STORAGE×1`: answers counted by status and error code. */
function tally(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const answer of answers) {
    const key = answer.code ? `${answer.status} ${answer.code}` : String(answer.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key}×${n}`).join(', ');
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

/** One line for the table: the fill, the statuses of the writes and reads, the first refusal and when writes came back. */
export function describeRun(run: FullDiskRun): string {
  const slowest = Math.max(...run.writes.map((write) => write.ms));
  const again = Number.isNaN(run.writableAgainMs)
    ? 'writes still refused 120 s after the filler was removed'
    : `writes accepted again ${(run.writableAgainMs / 1000).toFixed(1)} s after the filler was removed`;
  const filled = `filled to ${kib(run.freeAfterFill)} free${run.toppedUp ? `, then to the last byte after ${ACKNOWLEDGED_BEFORE_TOP_UP} acknowledged writes` : ''}`;
  const refused = Number.isNaN(run.firstRefusalMs)
    ? 'none refused'
    : `${run.acknowledgedBeforeRefusal} acknowledged before the first refusal, ${(run.firstRefusalMs / 1000).toFixed(1)} s after the fault with ${kib(run.freeAtFirstRefusal)} free`;
  return `${filled}; writes: ${tally(run.writes)} (slowest ${slowest.toFixed(0)} ms), ${refused}; a read after each: ${tally(run.reads)}; ${again}`;
}
