import { Router, type Request } from 'express';
import {
  SESSION_COOKIE,
  WRONG_CREDENTIALS,
  createTokenBody,
  signInBody,
  tokenParams,
  type ApiTokensResponse,
  type CreateTokenResponse,
  type SessionResponse,
  type SignInResponse,
} from '../contract/auth.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { BadRequest, NotFound, Unauthorized } from '../errors.js';
import { perClientLimit } from '../http/limits.js';
import { actorOf, requireRole } from '../auth/actor.js';
import { checkCredentials } from '../auth/accounts.js';
import { csrfTokenOf } from '../auth/csrf.js';
import { cookieOptions, destroySession, regenerate, saveSession, type SessionSettings } from '../auth/session.js';
import { createToken, revokeToken, tokensOf } from '../auth/tokens.js';

/** The account behind a request, for routes about "my" things (tokens); ADMIN_TOKEN has none. */
function ownAccountId(req: Request): string {
  const actor = actorOf(req);
  if (actor.kind !== 'account') throw new BadRequest('ADMIN_TOKEN stands for no account: sign in, or use an account’s token.', 'authorization');
  return actor.accountId;
}

/** The name a sign-in attempt is for, as the per-name limit counts it. */
function attemptedName(req: Request): string {
  const name: unknown = (req.body as { name?: unknown } | undefined)?.name;
  return `name:${typeof name === 'string' ? name.trim().toLowerCase() : ''}`;
}

/**
 * POST /api/auth/sign-in, POST /api/auth/sign-out, GET /api/auth/session, and the signed-in
 * account's personal API tokens (GET/POST/DELETE /api/auth/tokens[/:id]).
 */
export function authRoutes(db: Database, settings: SessionSettings & { signInPerMin: number }): Router {
  const router = Router();
  // Failed attempts only, per client (guessing many names) and per name (many clients guessing one).
  const perClient = perClientLimit('sign-in', settings.signInPerMin, { onlyFailures: true, what: 'failed sign-ins' });
  const perName = perClientLimit('sign-in', settings.signInPerMin, {
    onlyFailures: true,
    key: attemptedName,
    what: 'failed sign-ins for this name',
    per: 'per name',
  });

  router.post('/auth/sign-in', perClient, perName, async (req, res) => {
    const body = parseInput(signInBody, req.body ?? {});
    const account = await checkCredentials(db, body.name, body.password);
    if (!account) {
      req.log?.info({ signIn: 'refused' }, 'sign-in refused');
      throw new Unauthorized(WRONG_CREDENTIALS);
    }
    // A new session id at sign-in, so an id planted before sign-in (session fixation) is worthless.
    await regenerate(req);
    req.session.accountId = account.id;
    const csrfToken = csrfTokenOf(req, true);
    await saveSession(req);
    const answer: SignInResponse = { account, csrfToken };
    res.json(answer);
  });

  router.post('/auth/sign-out', async (req, res) => {
    if (req.session?.accountId) await destroySession(req);
    res.clearCookie(SESSION_COOKIE, cookieOptions(settings));
    res.status(204).end();
  });

  router.get('/auth/session', (req, res) => {
    const actor = actorOf(req);
    const answer: SessionResponse =
      actor.kind === 'account' && actor.via === 'ui'
        ? { account: { id: actor.accountId, name: actor.name, role: actor.role }, csrfToken: csrfTokenOf(req) }
        : { account: null };
    res.set('Cache-Control', 'no-store').json(answer);
  });

  router.get('/auth/tokens', requireRole('viewer'), async (req, res) => {
    const answer: ApiTokensResponse = { tokens: await tokensOf(db, ownAccountId(req)) };
    res.json(answer);
  });

  router.post('/auth/tokens', requireRole('viewer'), async (req, res) => {
    const body = parseInput(createTokenBody, req.body ?? {});
    const answer: CreateTokenResponse = await createToken(db, ownAccountId(req), body.name);
    res.status(201).set('Cache-Control', 'no-store').json(answer);
  });

  router.delete('/auth/tokens/:id', requireRole('viewer'), async (req, res) => {
    const { id } = parseInput(tokenParams, req.params);
    if (!(await revokeToken(db, ownAccountId(req), id))) throw new NotFound(`You have no token ${id}.`, 'id');
    res.status(204).end();
  });

  return router;
}
