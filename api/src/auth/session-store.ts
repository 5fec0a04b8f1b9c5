import session, { type SessionData } from 'express-session';
import type { Database } from '../db/driver.js';
import { sha256Hex } from './digests.js';

declare module 'express-session' {
  interface SessionData {
    /** The signed-in account; the role is read from the account on each request, so changes apply at once. */
    accountId?: string;
  }
}

type Callback<T = void> = (error?: unknown, value?: T) => void;

/** How far an expiry must move before a touch writes it (rolling sessions without a write per request); less for short lifetimes. */
const TOUCH_SLACK_MS = 60_000;
/** Expired sessions are swept at most this often per instance, a batch at a time. */
const PRUNE_EVERY_MS = 10 * 60_000;
const PRUNE_BATCH = 1000;

/**
 * express-session's store over Neo4j (:Session nodes, named queries session-*.cypher), so sessions
 * survive a restart and every instance behind a load balancer sees the same ones. The session id is
 * stored only as its SHA-256 digest: someone reading the database cannot sign in with what they read.
 */
export class Neo4jSessionStore extends session.Store {
  private lastPrune = 0;

  constructor(
    private readonly db: Database,
    private readonly ttlMs: number,
  ) {
    super();
  }

  private expiry(data: SessionData): number {
    const expires = data.cookie?.expires;
    return expires ? new Date(expires).getTime() : Date.now() + this.ttlMs;
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    this.db
      .read('session-get', { digest: sha256Hex(sid), now: Date.now() })
      .then(([row]) => callback(undefined, row ? (JSON.parse(row.data as string) as SessionData) : null))
      .catch((error: unknown) => callback(error));
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    this.db
      .write('session-set', { digest: sha256Hex(sid), data: JSON.stringify(data), expires: this.expiry(data), accountId: data.accountId ?? null })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
    this.pruneNow();
  }

  override touch(sid: string, data: SessionData, callback?: Callback): void {
    this.db
      .write('session-touch', { digest: sha256Hex(sid), expires: this.expiry(data), slackMs: Math.min(TOUCH_SLACK_MS, this.ttlMs / 10) })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.db
      .write('session-destroy', { digest: sha256Hex(sid) })
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  /** Sweeps a batch of expired sessions now and then (they are already ignored by `get`). */
  private pruneNow(): void {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    this.db.write('sessions-prune', { now: Date.now(), limit: PRUNE_BATCH }).catch(() => {
      // Best effort: expired sessions are never read, a later sweep takes them.
    });
  }
}
