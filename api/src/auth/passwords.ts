import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/**
 * Passwords are kept only as argon2id hashes (PHC strings: the parameters travel with the hash, so
 * raising them later still verifies old hashes). @node-rs/argon2 ships prebuilt binaries and hashes
 * off the event loop. Parameters: OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane).
 */
// `Algorithm` is a const enum (not importable as a value under isolatedModules); 2 is Argon2id.
const ARGON2ID = 2 as Algorithm.Argon2id;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of a random password: verified against when the name is unknown, so timing tells nothing. */
let decoy: Promise<string> | undefined;

/** True when `password` matches `passwordHash`; with no hash, spends the same time and answers false. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    if (!passwordHash) {
      decoy ??= hashPassword(randomBytes(24).toString('base64url'));
      await verify(await decoy, password);
      return false;
    }
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never signs anyone in.
    return false;
  }
}

/** A one-time password for `npm run user -- add` and POST /api/accounts: 20 characters, ~120 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
