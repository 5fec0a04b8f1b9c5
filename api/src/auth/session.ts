import type { RequestHandler } from 'express';
import session from 'express-session';
import { SESSION_COOKIE } from '../contract/auth.js';
import type { Database } from '../db/driver.js';
import { sessionSecret } from './secret.js';
import { Neo4jSessionStore } from './session-store.js';

export interface SessionSettings {
  /** SESSION_SECRET; unset: generated once and kept in Neo4j. */
  secret?: string;
  /** Idle lifetime (SESSION_TTL_HOURS); every request pushes the expiry forward (rolling). */
  ttlMs: number;
  /** Served over https (PUBLIC_URL): the cookie is Secure. */
  https: boolean;
}

/** The cookie's attributes; sign-out clears the cookie with the same ones. */
export function cookieOptions(settings: SessionSettings) {
  return { httpOnly: true, sameSite: 'lax', secure: settings.https, path: '/' } as const;
}

/**
 * express-session over the Neo4j store. Built at the first request, because the secret may have to
 * be read from (or created in) Neo4j; a failure is retried at the next request. Only sign-in creates
 * a session (saveUninitialized false), so anonymous readers cost no write.
 */
export function sessionMiddleware(db: Database, settings: SessionSettings): RequestHandler {
  let built: Promise<RequestHandler> | undefined;
  const build = async () =>
    session({
      name: SESSION_COOKIE,
      secret: await sessionSecret(db, settings.secret),
      store: new Neo4jSessionStore(db, settings.ttlMs),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      // Behind a TLS-terminating proxy the app sees http: trust its X-Forwarded-Proto for the Secure cookie.
      proxy: settings.https ? true : undefined,
      cookie: { ...cookieOptions(settings), maxAge: settings.ttlMs },
    });
  return async (req, res, next) => {
    built ??= build().catch((error: unknown) => {
      built = undefined;
      throw error;
    });
    (await built)(req, res, next);
  };
}

/** express-session's callback methods as promises. */
export const regenerate = (req: { session: session.Session }) =>
  new Promise<void>((resolve, reject) => req.session.regenerate((error: unknown) => (error ? reject(error as Error) : resolve())));
export const saveSession = (req: { session: session.Session }) =>
  new Promise<void>((resolve, reject) => req.session.save((error: unknown) => (error ? reject(error as Error) : resolve())));
export const destroySession = (req: { session: session.Session }) =>
  new Promise<void>((resolve, reject) => req.session.destroy((error: unknown) => (error ? reject(error as Error) : resolve())));
