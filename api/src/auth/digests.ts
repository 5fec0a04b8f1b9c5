import { createHash, randomBytes } from 'node:crypto';

/** Hex SHA-256: how session ids and API token secrets are stored (never in clear). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A random identifier for accounts and tokens (not secret). */
export function randomId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('base64url')}`;
}
