import { EventEmitter } from 'node:events';
import path from 'node:path';
import { LocalNeo4jError } from './errors.js';
import {
  DEFAULT_TX_LOG_ROTATION_SIZE,
  readOnlyInConf,
  startLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jExit,
  type LocalNeo4jOptions,
} from './local-server.js';
import { readOnlyCause, roomNeededAfterDiskFull, statfsFreeBytes, waitForRoom, type FreeSpaceReader, type RoomWatch } from './read-only-recovery.js';

export interface SupervisorOptions extends LocalNeo4jOptions {
  /** Restarts in a row that may fail (a crash or a failed start) before giving up; a server that stays up `stableAfterMs` resets the count. */
  maxRestarts?: number;
  /** Delay before the first restart; doubled after each failure, up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  stableAfterMs?: number;
  /** How often the free space of the store is read while a database waits, read-only after a full disk. */
  roomCheckIntervalMs?: number;
  /** Reads the free space of a directory's filesystem (statfs; tests inject their own). */
  freeSpace?: FreeSpaceReader;
}

/** Why a server whose JVM is up must be restarted: its database panicked, or a full disk left it read-only. */
export type StuckReason = 'panicked' | 'read-only';

/** What the supervisor tells its owner; `npm start` maps these to logs and to the API's availability. */
export interface SupervisorEvents {
  /** The JVM exited (by itself, or stopped by restartStuck: `stuck` says why): the API must answer 503 from now on. */
  down: [exit: LocalNeo4jExit & { pid: number; stuck?: StuckReason }];
  /**
   * The JVM is up but its database is of no use until it restarts (it panicked, or it was left
   * read-only by a full disk that has room again): the server is being stopped, then restarted like a crash.
   */
  stuck: [server: { pid: number; reason: StuckReason }];
  /** Neo4j made `database` read-only after a full disk: the server is restarted once `neededBytes` are free in `dataDir`. */
  'read-only': [server: { pid: number; database: string; dataDir: string; freeBytes: number; neededBytes: number }];
  /** The room is there: the read-only server is restarted now (a `stuck` event follows). */
  room: [server: { pid: number; dataDir: string; freeBytes: number }];
  /** `database` is read-only by neo4j.conf: left so (reported once per server). */
  'read-only-kept': [server: { pid: number; database: string }];
  /** A restart attempt begins after `delayMs` of backoff. */
  restarting: [attempt: { number: number; delayMs: number }];
  /** Bolt answers again (after a restart). */
  up: [server: { pid: number; uri: string; restarts: number }];
  /** A restart attempt failed; another follows unless `gaveUp`. */
  failed: [failure: { number: number; error: Error; gaveUp: boolean }];
  /** No more restarts: `message` says what to do. */
  'gave-up': [message: string];
}

/**
 * Keeps the local Neo4j running: notices the JVM's exit at once (the child's exit event, not a
 * poll), restarts it on the same port and store with exponential backoff, and gives up with one
 * clear sentence after `maxRestarts` consecutive failures. The first start fails as before, so a
 * wrong setup (no Java, port in use) still stops `npm start` with its message.
 */
export class SupervisedNeo4j extends EventEmitter<SupervisorEvents> {
  private current: LocalNeo4j;
  private stopping = false;
  private restarts = 0;
  private failures = 0;
  private restartTimer?: NodeJS.Timeout;
  private pending?: Promise<void>;
  /** The stuck server being stopped, so repeated reports stop it once. */
  private stuck?: { pid: number; reason: StuckReason };
  /** The wait for room of a server left read-only by a full disk. */
  private roomWatch?: RoomWatch;
  private keptReadOnlyPid?: number;

  private constructor(
    first: LocalNeo4j,
    private readonly options: Required<
      Pick<SupervisorOptions, 'maxRestarts' | 'initialBackoffMs' | 'maxBackoffMs' | 'stableAfterMs' | 'roomCheckIntervalMs' | 'freeSpace'>
    > &
      LocalNeo4jOptions,
  ) {
    super();
    this.current = first;
    this.watch(first);
  }

  /** Starts the local Neo4j and supervises it from then on. */
  static async start(options: SupervisorOptions): Promise<SupervisedNeo4j> {
    const first = await startLocalNeo4j(options);
    return new SupervisedNeo4j(first, {
      maxRestarts: 5,
      initialBackoffMs: 500,
      maxBackoffMs: 15_000,
      stableAfterMs: 60_000,
      roomCheckIntervalMs: 1000,
      freeSpace: statfsFreeBytes,
      ...options,
      // Restarts keep the port and password the first start settled on, so the API's driver reconnects unchanged.
      boltPort: first.boltPort,
      password: first.password,
    });
  }

  get uri(): string {
    return this.current.uri;
  }
  get user(): string {
    return this.current.user;
  }
  get password(): string {
    return this.current.password;
  }
  get boltPort(): number {
    return this.current.boltPort;
  }
  /** The pid of the running JVM (the latest one after a restart). */
  get pid(): number {
    return this.current.pid;
  }
  get restartCount(): number {
    return this.restarts;
  }

  private watch(server: LocalNeo4j): void {
    const startedAt = Date.now();
    void server.exited.then((exit) => {
      if (this.stopping || server !== this.current) return;
      // Its replacement starts writable: a wait for room on its behalf is moot.
      this.roomWatch?.cancel();
      this.roomWatch = undefined;
      // A crash soon after a start counts against the limit, so a server that dies at once is not restarted forever.
      if (Date.now() - startedAt >= this.options.stableAfterMs) this.failures = 0;
      this.failures += 1;
      this.emit('down', { ...exit, pid: server.pid, ...(this.stuck?.pid === server.pid ? { stuck: this.stuck.reason } : {}) });
      this.scheduleRestart();
    });
  }

  private scheduleRestart(): void {
    if (this.failures > this.options.maxRestarts) {
      this.emit(
        'gave-up',
        `The local Neo4j went down ${this.failures} times in a row without staying up; Liaison stopped restarting it. Read its log in ${this.options.stateDir}/logs, fix the cause, then restart Liaison.`,
      );
      return;
    }
    const delayMs = Math.min(this.options.initialBackoffMs * 2 ** Math.max(0, this.failures - 1), this.options.maxBackoffMs);
    const number = this.restarts + 1;
    this.emit('restarting', { number, delayMs });
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.pending = this.restart(number).finally(() => (this.pending = undefined));
    }, delayMs);
  }

  private async restart(number: number): Promise<void> {
    try {
      const server = await startLocalNeo4j(this.options);
      if (this.stopping) {
        await server.stop();
        return;
      }
      this.current = server;
      this.restarts = number;
      this.watch(server);
      this.emit('up', { pid: server.pid, uri: server.uri, restarts: number });
    } catch (error) {
      if (this.stopping) return;
      this.failures += 1;
      this.restarts = number;
      const gaveUp = this.failures > this.options.maxRestarts;
      this.emit('failed', { number, error: error instanceof Error ? error : new LocalNeo4jError('START_FAILED', String(error)), gaveUp });
      this.scheduleRestart();
    }
  }

  /**
   * For a server whose JVM stays up and answers Bolt while its database is of no use until a
   * restart: one that panicked (a failed transaction log append on a full disk) refuses every
   * transaction; one left read-only by a full disk refuses every write. The exit watch never fires
   * for either. Stopping it hands over to the crash path: `down`, backoff, restart, `up`, and a
   * server that keeps getting stuck counts against `maxRestarts` like one that keeps crashing.
   */
  async restartStuck(reason: StuckReason): Promise<void> {
    const server = this.current;
    if (this.stopping || this.pending || this.restartTimer || this.stuck?.pid === server.pid) return;
    this.stuck = { pid: server.pid, reason };
    this.emit('stuck', { pid: server.pid, reason });
    await server.stop();
  }

  /**
   * Called when a write was refused for storage, with the databases read-only right now
   * (`server.databases.read_only`, as Neo4j reports it). When Neo4j made `database` read-only
   * after a full disk, that lasts as long as its JVM (a runtime change of the setting), even once
   * the disk has room: the server is restarted, but only once the store's filesystem has room for
   * a new transaction log file (a restart on a full disk would fail, or go read-only again), and
   * reads go on meanwhile. A database read-only by neo4j.conf is left so.
   */
  recoverReadOnly(database: string, readOnlyNow: readonly string[]): void {
    const server = this.current;
    if (this.stopping || this.pending || this.restartTimer || this.roomWatch || this.stuck?.pid === server.pid) return;
    const cause = readOnlyCause(database, readOnlyNow, readOnlyInConf(this.options.stateDir));
    if (cause === 'writable') return;
    if (cause === 'configured') {
      if (this.keptReadOnlyPid !== server.pid) this.emit('read-only-kept', { pid: server.pid, database });
      this.keptReadOnlyPid = server.pid;
      return;
    }
    const dataDir = path.join(this.options.stateDir, 'data');
    const neededBytes = roomNeededAfterDiskFull(this.options.txLogRotationSize ?? DEFAULT_TX_LOG_ROTATION_SIZE);
    const watch = waitForRoom(
      { dir: dataDir, neededBytes, intervalMs: this.options.roomCheckIntervalMs, freeSpace: this.options.freeSpace },
      (freeBytes) => this.emit('read-only', { pid: server.pid, database, dataDir, freeBytes, neededBytes }),
    );
    this.roomWatch = watch;
    void watch.room.then((freeBytes) => {
      this.roomWatch = undefined;
      if (this.stopping || server !== this.current) return;
      this.emit('room', { pid: server.pid, dataDir, freeBytes });
      return this.restartStuck('read-only');
    });
  }

  /** Stops supervising and stops the server (also one that is being restarted). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.roomWatch?.cancel();
    clearTimeout(this.restartTimer);
    await this.pending;
    await this.current.stop();
  }
}
