import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { API_TOKEN_PREFIX } from '../contract/auth.js';
import { Forbidden, Unauthorized } from '../errors.js';

/**
 * Who is behind a request. Every write route asks `requireRole`; the audit trail records the
 * actor's name and the path it came through (`via`): a session (the explorer), a personal API token,
 * ADMIN_TOKEN (automation), an import or the command line.
 */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** How a write reached the graph, as recorded in each change. */
export type Via = 'ui' | 'api-token' | 'admin-token' | 'import' | 'cli';

export type Actor =
  /** `rejectedToken`: a bearer token was sent but matched nothing (→ 403 where a role is needed). */
  | { kind: 'anonymous'; rejectedToken?: boolean }
  | { kind: 'account'; accountId: string; name: string; role: Role; via: Via }
  | { kind: 'admin-token'; name: 'admin-token'; role: 'admin'; via: 'admin-token' };

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** True when `role` is at least `needed` (admin ⊇ editor ⊇ viewer). */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** The actor that `authenticate` stored on the request (anonymous when none). */
export function actorOf(req: Request): Actor {
  return (req.res?.locals.actor as Actor | undefined) ?? { kind: 'anonymous' };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when `presented` equals `expected`, compared by digest so timing says nothing about length. */
export function sameSecret(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/** The bearer token of the Authorization header, if any. */
export function bearerToken(req: Request): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '')?.[1];
}

/** Where `authenticate` finds accounts: sessions and personal API tokens (absent: ADMIN_TOKEN only). */
export interface AccountLookup {
  /** The enabled account with this id (a session's), or null. */
  accountById(id: string): Promise<{ id: string; name: string; role: Role; disabled: boolean } | null>;
  /** The enabled account a personal API token (`lsn_…`) belongs to, or null. */
  tokenAccount(secret: string): Promise<{ id: string; name: string; role: Role } | null>;
}

/** An actor signed in as an account (a session, a personal token, or the command line). */
export type AccountActor = Extract<Actor, { kind: 'account' }>;

/**
 * The actor of a command-line write (`npm run import`, `npm run seed -- --prefer-seed`, `npm run
 * ingest`…): whoever runs it on the server, with the admin role (they hold the database's
 * credentials). The one helper for both uses: it is an Actor, and the audit trail records its
 * name, role and via (`cli`, or `import` for imports).
 */
export function cliActor(name: string, via: Via = 'cli'): AccountActor {
  return { kind: 'account', accountId: `cli:${name}`, name, role: 'admin', via };
}

/**
 * Sets `res.locals.actor`. A bearer token wins over the session cookie: ADMIN_TOKEN → the
 * admin-token actor; a personal token (`lsn_…`) → its account, via 'api-token'. A wrong bearer
 * token reads as anonymous (reading stays open) but is refused with 403 wherever a role is needed,
 * so a script with a bad token never silently writes nothing. Otherwise the session (express-session,
 * mounted before) names the account, via 'ui'; a session whose account was disabled or deleted
 * counts as anonymous (401: sign in again).
 */
export function authenticate(options: { adminToken?: string; accounts?: AccountLookup }): RequestHandler {
  const { adminToken, accounts } = options;
  return async (req, res, next) => {
    const token = bearerToken(req);
    if (token !== undefined) {
      if (adminToken && sameSecret(token, adminToken)) {
        res.locals.actor = { kind: 'admin-token', name: 'admin-token', role: 'admin', via: 'admin-token' } satisfies Actor;
        return next();
      }
      const account = accounts && token.startsWith(API_TOKEN_PREFIX) ? await accounts.tokenAccount(token) : null;
      res.locals.actor = account
        ? ({ kind: 'account', accountId: account.id, name: account.name, role: account.role, via: 'api-token' } satisfies Actor)
        : ({ kind: 'anonymous', rejectedToken: true } satisfies Actor);
      return next();
    }
    const accountId = req.session?.accountId;
    const account = accounts && accountId ? await accounts.accountById(accountId) : null;
    res.locals.actor =
      account && !account.disabled
        ? ({ kind: 'account', accountId: account.id, name: account.name, role: account.role, via: 'ui' } satisfies Actor)
        : ({ kind: 'anonymous' } satisfies Actor);
    next();
  };
}

/** Throws 401 for an anonymous actor, 403 for a signed-in one whose role is too low. */
export function checkRole(actor: Actor, needed: Role): void {
  if (actor.kind === 'anonymous' && actor.rejectedToken) throw new Forbidden('The bearer token is not valid.');
  if (actor.kind === 'anonymous') throw new Unauthorized(`Sign in first: this needs the ${needed} role.`, 'liaison');
  if (!hasRole(actor.role, needed)) throw new Forbidden(`Your role (${actor.role}) may not do this: it needs the ${needed} role.`);
}

/** The middleware form of checkRole. */
export function requireRole(needed: Role): RequestHandler {
  return (req, _res, next) => {
    checkRole(actorOf(req), needed);
    next();
  };
}
