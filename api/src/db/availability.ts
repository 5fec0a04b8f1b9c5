import neo4j, { type Driver } from 'neo4j-driver';
import type { WriteRefusal } from '../errors.js';
import { isPanicked, type DatabaseConfig } from './driver.js';

/** Error codes that mean "the server cannot be reached", as opposed to "the query failed". */
const CONNECTION_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ECONNREFUSED',
  'ECONNRESET',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export interface Outage {
  /** Who noticed: the local supervisor, or the Bolt probe. */
  source: string;
  message: string;
  /** Seconds a client should wait before retrying (the Retry-After header). */
  retryAfterS: number;
  since: number;
}

/**
 * Whether the API may send work to Neo4j. While any source reports an outage, every route that
 * needs the database answers 503 at once instead of waiting for the driver's connection and
 * retry timeouts (seconds per request, which piled up under load).
 */
export class Neo4jAvailability {
  private readonly outages = new Map<string, Outage>();
  private readonly listeners = new Set<(up: boolean) => void>();
  private readonly refusalListeners = new Set<(refusal: WriteRefusal) => void>();

  markDown(source: string, message: string, retryAfterS = 5): void {
    const wasUp = this.isUp;
    const previous = this.outages.get(source);
    this.outages.set(source, { source, message, retryAfterS, since: previous?.since ?? Date.now() });
    if (wasUp) for (const listener of this.listeners) listener(false);
  }

  markUp(source: string): void {
    if (!this.outages.delete(source)) return;
    if (this.isUp) for (const listener of this.listeners) listener(true);
  }

  get isUp(): boolean {
    return this.outages.size === 0;
  }

  /** The outage to report: the supervisor's, when it has one, says more than the probe's. */
  get outage(): Outage | undefined {
    return this.outages.get('supervisor') ?? this.outages.values().next().value;
  }

  /** Called with false when the first outage begins and true when the last one ends. */
  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A write was refused for Neo4j's storage (a read-only database, a full disk). Reads may go on,
   * so this is no outage; `npm start` listens, to restart a local Neo4j left read-only by a full disk.
   */
  noteRefusedWrite(refusal: WriteRefusal): void {
    for (const listener of this.refusalListeners) listener(refusal);
  }

  onRefusedWrite(listener: (refusal: WriteRefusal) => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }
}

export interface BoltProbeOptions {
  intervalMs?: number;
  /** A probe slower than this counts as a failure; `timeoutsBeforeDown` of them in a row mark an outage. */
  timeoutMs?: number;
  timeoutsBeforeDown?: number;
  /** Called once per outage when Neo4j answers that its database has panicked (only a restart helps). */
  onPanic?: () => void;
}

/**
 * Runs `RETURN 1` on its own one-connection driver every `intervalMs`: a refused or reset
 * connection (network cut, server gone) marks the outage at once; a few slow answers in a row do
 * too (a hung server), but one slow answer under load does not. The first success clears it.
 */
export function startBoltProbe(config: DatabaseConfig, availability: Neo4jAvailability, options: BoltProbeOptions = {}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 250;
  const timeoutMs = options.timeoutMs ?? 1000;
  const timeoutsBeforeDown = options.timeoutsBeforeDown ?? 3;
  const driver: Driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    maxConnectionPoolSize: 1,
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
  let stopped = false;
  let timeouts = 0;
  let panicReported = false;
  let timer: NodeJS.Timeout | undefined;

  const countSlow = (): void => {
    timeouts += 1;
    if (timeouts >= timeoutsBeforeDown)
      availability.markDown('bolt', `Neo4j at ${config.uri} has not answered for ${((timeouts * timeoutMs) / 1000).toFixed(0)} s; retry shortly.`);
  };

  const probeOnce = async (): Promise<void> => {
    let timeout: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => (timeout = setTimeout(() => resolve('slow'), timeoutMs)));
    // An auto-commit query, not executeQuery: the driver's retry loop retries a failed transaction
    // once after ~1 s even with maxTransactionRetryTime 0, which hid a refused connection for 1 s per
    // probe and made a network cut take ~4 s to notice (three "slow" probes).
    const session = driver.session({ database: config.database });
    try {
      const outcome = await Promise.race([session.run('RETURN 1').summary(), slow]);
      if (outcome === 'slow') countSlow();
      else {
        timeouts = 0;
        panicReported = false;
        availability.markUp('bolt');
      }
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === 'string' && CONNECTION_CODES.has(code)) availability.markDown('bolt', 'Neo4j is unavailable; retry shortly.');
      else if (isPanicked(error)) {
        // The JVM stays up and Bolt answers, but every transaction fails until Neo4j restarts.
        availability.markDown('bolt', 'Neo4j stopped on a critical error (a full disk?) and must be restarted; retry shortly.');
        if (!panicReported) options.onPanic?.();
        panicReported = true;
      }
      // Anything else (an acquisition timeout behind a stuck probe, a transient error) counts as slow.
      else countSlow();
    } finally {
      clearTimeout(timeout);
      // A probe stuck on a dead connection keeps its session; closing it would wait as long.
      void session.close().catch(() => {});
    }
  };

  const loop = async (): Promise<void> => {
    if (stopped) return;
    await probeOnce();
    if (!stopped) timer = setTimeout(() => void loop(), intervalMs);
  };
  void loop();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await driver.close();
    },
  };
}
