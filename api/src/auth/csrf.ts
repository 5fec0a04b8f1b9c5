import type { Request, RequestHandler } from 'express';
import { csrfSync } from 'csrf-sync';
import { CSRF_HEADER } from '../contract/auth.js';
import { HttpError } from '../errors.js';
import { actorOf } from './actor.js';

/** A cookie-authenticated write without the session's CSRF token (403). */
export class CsrfRejected extends HttpError {
  constructor() {
    super(403, 'CSRF', `This write needs the ${CSRF_HEADER} header with the token of GET /api/auth/session; reload the page and retry.`, CSRF_HEADER);
  }
}

/**
 * Synchronizer tokens (csrf-sync): one random token per session, kept in the session (so every
 * instance sees it), sent back by the web app in X-CSRF-Token on each write.
 */
const csrf = csrfSync({ getTokenFromRequest: (req) => req.get(CSRF_HEADER) });

/** The session's CSRF token, created on first use; `fresh` replaces it (at sign-in). */
export function csrfTokenOf(req: Request, fresh = false): string {
  return csrf.generateToken(req, fresh);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request authenticated by the session cookie must carry the token. Requests
 * with a bearer token (scripts) are exempt: a browser never attaches one by itself. Anonymous requests
 * carry no privilege to abuse. Sign-in is exempt too (it has no session yet to take a token from).
 */
export const csrfProtection: RequestHandler = (req, _res, next) => {
  const actor = actorOf(req);
  if (SAFE_METHODS.has(req.method) || actor.kind !== 'account' || actor.via !== 'ui' || req.path === '/auth/sign-in') return next();
  if (!csrf.isRequestValid(req)) throw new CsrfRejected();
  next();
};
