import { randomBytes } from 'node:crypto';
import { API_TOKEN_PREFIX, type ApiToken, type CreateTokenResponse } from '../contract/auth.js';
import type { Database } from '../db/driver.js';
import type { Role } from './actor.js';
import { randomId, sha256Hex } from './digests.js';

/**
 * Personal API tokens for scripts: `lsn_` + 256 random bits, shown once; only the SHA-256 digest is
 * stored (a fast hash is enough for a random secret of that size, and lets the lookup be an index seek).
 */
export async function createToken(db: Database, accountId: string, name: string): Promise<CreateTokenResponse> {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await db.write('token-create', {
    id: randomId('token'),
    accountId,
    name,
    digest: sha256Hex(secret),
    created: new Date().toISOString(),
  });
  return { token: row!.token as ApiToken, secret };
}

export async function tokensOf(db: Database, accountId: string): Promise<ApiToken[]> {
  return (await db.read('tokens-of-account', { accountId })).map((row) => row.token as ApiToken);
}

/** True when the token existed and belonged to the account. */
export async function revokeToken(db: Database, accountId: string, id: string): Promise<boolean> {
  const [row] = await db.write('token-revoke', { id, accountId });
  return Number(row?.revoked ?? 0) > 0;
}

/** The enabled account a presented `lsn_…` secret belongs to, or null. Records the use (at most once a minute). */
export async function tokenAccount(db: Database, secret: string): Promise<{ id: string; name: string; role: Role } | null> {
  const [row] = await db.read('token-actor', { digest: sha256Hex(secret) });
  if (!row) return null;
  const account = row.account as { id: string; name: string; role: Role; disabled: boolean };
  if (account.disabled) return null;
  const lastUsed = row.lastUsed as string | null;
  if (!lastUsed || Date.now() - Date.parse(lastUsed) > 60_000) {
    db.write('token-touch', { id: row.tokenId as string, at: new Date().toISOString() }).catch(() => {
      // Best effort: "last used" is a hint for its owner, never a reason to refuse the request.
    });
  }
  return { id: account.id, name: account.name, role: account.role };
}
