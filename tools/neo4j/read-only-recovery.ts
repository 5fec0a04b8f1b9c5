import { statfs } from 'node:fs/promises';

/** Bytes an unprivileged writer (Neo4j) may still use on the filesystem that holds `dir`. */
export type FreeSpaceReader = (dir: string) => Promise<number>;

export const statfsFreeBytes: FreeSpaceReader = async (dir) => {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
};

const UNIT_BYTES: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 };

/** Bytes of a Neo4j size setting such as `128k`, `256m` or `1g`. */
export function bytesOf(size: string): number {
  const match = /^(\d+)([kmg])$/i.exec(size.trim());
  if (!match) throw new Error(`Not a size like 256m: ${size}`);
  return Number(match[1]) * UNIT_BYTES[match[2]!.toLowerCase()]!;
}

/** Beyond one log file: the checkpoint log, the store files growing with the first writes, Neo4j's own logs. */
const HEADROOM_BYTES = 64 * 2 ** 20;

/**
 * The room a restarted Neo4j needs before its database can take writes again. Each transaction log
 * file is preallocated whole (`db.tx_log.rotation.size`, 256m by default): with less than one file
 * free, the first rotation after the restart meets the full disk again and the database turns
 * read-only (or panics) once more. So: one log file, plus headroom.
 */
export function roomNeededAfterDiskFull(txLogRotationSize: string): number {
  return bytesOf(txLogRotationSize) + HEADROOM_BYTES;
}

export const mebibytes = (bytes: number): string => (bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0);

export interface RoomWatch {
  /** Resolves with the free bytes once there are `neededBytes`; never while the disk is still short of them. */
  room: Promise<number>;
  cancel(): void;
}

/**
 * Reads the free space of `dir`'s filesystem every `intervalMs` until it reaches `neededBytes`.
 * The timer is unref'd (it never keeps the process alive); a failed reading counts as "no room".
 * `onFirstReading` receives the first reading, so the caller can say how far from enough it is.
 */
export function waitForRoom(
  {
    dir,
    neededBytes,
    intervalMs,
    freeSpace = statfsFreeBytes,
  }: { dir: string; neededBytes: number; intervalMs: number; freeSpace?: FreeSpaceReader },
  onFirstReading: (freeBytes: number) => void = () => {},
): RoomWatch {
  let timer: NodeJS.Timeout | undefined;
  let cancelled = false;
  let first = true;
  const room = new Promise<number>((resolve) => {
    const check = async (): Promise<void> => {
      const free = await freeSpace(dir).catch(() => 0);
      if (cancelled) return;
      if (first) onFirstReading(free);
      first = false;
      if (free >= neededBytes) {
        resolve(free);
        return;
      }
      timer = setTimeout(() => void check(), intervalMs);
      timer.unref();
    };
    void check();
  });
  return {
    room,
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
    },
  };
}

/** Why `database` refuses writes: not read-only after all, read-only by neo4j.conf, or by Neo4j's own failover. */
export type ReadOnlyCause = 'writable' | 'configured' | 'disk-full';

/**
 * Neo4j Community has one way to make a database read-only at runtime: its failover when it
 * cannot preallocate a transaction log file (debug.log: "Failed to preallocate log file since disk
 * does not have enough space left", then "server.databases.read_only changed to neo4j, by Dynamic
 * failover to read-only mode"). An operator can only use neo4j.conf (`ALTER DATABASE … SET ACCESS
 * READ ONLY` is Enterprise-only, and so is `dbms.setConfigValue`). So a database read-only now but
 * not in the conf was put there by the failover; one in the conf is left alone.
 */
export function readOnlyCause(database: string, readOnlyNow: readonly string[], readOnlyInConf: readonly string[]): ReadOnlyCause {
  if (!readOnlyNow.includes(database)) return 'writable';
  return readOnlyInConf.includes(database) ? 'configured' : 'disk-full';
}

/** The names in a `server.databases.read_only` value (`neo4j`, `a,b`, or empty). */
export function databaseNames(value: string): string[] {
  return value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}
