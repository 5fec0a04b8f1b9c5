import { z } from 'zod';
import type { Role } from '../auth/actor.js';

/**
 * The auth API (issue 14): sign-in/out, the current session, personal API tokens and (admin)
 * accounts. The web client builds its sign-in UI and its CSRF header from these schemas.
 */

/** Header every cookie-authenticated write must carry (the token comes from GET /api/auth/session). */
export const CSRF_HEADER = 'X-CSRF-Token';
/** Name of the session cookie. */
export const SESSION_COOKIE = 'liaison.sid';
/** Personal API tokens start with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'lsn_';
/** The one answer to a failed sign-in, whichever of name or password was wrong. */
export const WRONG_CREDENTIALS = 'Wrong name or password.';

// Spelled out (not imported from auth/actor.ts) so the web bundle never pulls node:crypto in.
export const role = z
  .enum(['viewer', 'editor', 'admin'] as const satisfies readonly Role[])
  .meta({ description: 'viewer (read, suggest), editor (curate), admin (accounts, imports, backups, console).' });

/** Account names: what people type at sign-in; lower-case letters, digits, dot, dash, underscore. */
export const accountName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'must be 2–64 characters: letters, digits, dot, dash or underscore, starting with a letter or digit')
  .meta({ example: 'amira' });

/** Passwords: long enough to resist guessing; bounded so hashing cannot be used to exhaust the CPU. */
export const newPassword = z.string().min(12, 'must have at least 12 characters').max(256, 'must have at most 256 characters');

export const accountSummary = z
  .object({ id: z.string(), name: z.string(), role })
  .meta({ id: 'AccountSummary', description: 'Who is signed in (no credential, no hash).' });

export const signInBody = z.strictObject({
  name: z.string().trim().min(1).max(64).meta({ example: 'amira' }),
  password: z.string().min(1).max(256),
});

export const signInResponse = z.object({
  account: accountSummary,
  csrfToken: z.string().meta({ description: `Send it back in the ${CSRF_HEADER} header of every write made with the session cookie.` }),
});

export const sessionResponse = z.union([z.object({ account: z.null() }), z.object({ account: accountSummary, csrfToken: z.string() })]);

export const apiToken = z
  .object({
    id: z.string(),
    name: z.string().meta({ description: 'What the owner called it (e.g. "nightly import").' }),
    created: z.string().meta({ description: 'ISO date-time.' }),
    lastUsed: z.string().nullable().meta({ description: 'ISO date-time of the last request made with it (to the minute).' }),
  })
  .meta({ id: 'ApiToken' });

export const apiTokensResponse = z.object({ tokens: z.array(apiToken) });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(80).meta({ example: 'nightly import' }),
});

export const createTokenResponse = z.object({
  token: apiToken,
  secret: z
    .string()
    .startsWith(API_TOKEN_PREFIX)
    .meta({ description: 'Shown once, never stored: send it as "Authorization: Bearer lsn_…". Only its SHA-256 digest is kept.' }),
});

export const tokenParams = z.strictObject({ id: z.string().min(1).max(64) });

export const account = accountSummary
  .extend({
    disabled: z.boolean(),
    created: z.string().meta({ description: 'ISO date-time.' }),
  })
  .meta({ id: 'Account' });

export const accountsResponse = z.object({ accounts: z.array(account) });

export const createAccountBody = z.strictObject({
  name: accountName,
  role,
  password: newPassword.optional().meta({ description: 'Omit to have a one-time password generated and returned once.' }),
});

export const createAccountResponse = z.object({
  account,
  password: z.string().optional().meta({ description: 'The generated password, shown once (only when none was given).' }),
});

export const accountParams = z.strictObject({ id: z.string().min(1).max(64) });

export const updateAccountBody = z
  .strictObject({ role: role.optional(), disabled: z.boolean().optional(), password: newPassword.optional() })
  .refine((body) => body.role !== undefined || body.disabled !== undefined || body.password !== undefined, 'give role, disabled or password');

export type AccountSummary = z.infer<typeof accountSummary>;
export type Account = z.infer<typeof account>;
export type SignInBody = z.infer<typeof signInBody>;
export type SignInResponse = z.infer<typeof signInResponse>;
export type SessionResponse = z.infer<typeof sessionResponse>;
export type ApiToken = z.infer<typeof apiToken>;
export type ApiTokensResponse = z.infer<typeof apiTokensResponse>;
export type CreateTokenBody = z.infer<typeof createTokenBody>;
export type CreateTokenResponse = z.infer<typeof createTokenResponse>;
export type AccountsResponse = z.infer<typeof accountsResponse>;
export type CreateAccountBody = z.infer<typeof createAccountBody>;
export type CreateAccountResponse = z.infer<typeof createAccountResponse>;
export type UpdateAccountBody = z.infer<typeof updateAccountBody>;
