import type { Account, AccountSummary } from '../contract/auth.js';
import { neo4jErrorCode, type Database } from '../db/driver.js';
import { HttpError } from '../errors.js';
import type { Role } from './actor.js';
import { randomId } from './digests.js';
import { hashPassword, verifyPassword } from './passwords.js';

/** The name is taken (409). */
export class NameTaken extends HttpError {
  constructor(name: string) {
    super(409, 'NAME_TAKEN', `An account named "${name}" exists already.`, 'name');
  }
}

/** Accounts (:Account nodes) over the named queries account-*.cypher. */
export async function createAccount(db: Database, input: { name: string; role: Role; password: string }): Promise<Account> {
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await db.write('account-create', {
      id: randomId('account'),
      name: input.name,
      role: input.role,
      passwordHash,
      created: new Date().toISOString(),
    });
    return row!.account as Account;
  } catch (error) {
    if (neo4jErrorCode(error) === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw new NameTaken(input.name);
    throw error;
  }
}

export async function listAccounts(db: Database): Promise<Account[]> {
  return (await db.read('accounts-list')).map((row) => row.account as Account);
}

export async function accountById(db: Database, id: string): Promise<Account | null> {
  const [row] = await db.read('account-by-id', { id });
  return (row?.account as Account | undefined) ?? null;
}

export async function accountByName(db: Database, name: string): Promise<Account | null> {
  const [row] = await db.read('account-by-name', { name: name.trim().toLowerCase() });
  return (row?.account as Account | undefined) ?? null;
}

/** Whether any account exists (then the console needs the admin role). */
export async function accountsExist(db: Database): Promise<boolean> {
  const [row] = await db.read('accounts-exist');
  return row?.exist === true;
}

/** Changes role, disabled flag or password; disabling ends the account's sessions. Null when no such account. */
export async function updateAccount(
  db: Database,
  id: string,
  change: { role?: Role; disabled?: boolean; password?: string },
): Promise<Account | null> {
  const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
  const [row] = await db.write('account-update', { id, role: change.role ?? null, disabled: change.disabled ?? null, passwordHash });
  return (row?.account as Account | undefined) ?? null;
}

/**
 * The account a name and password sign in as, or null — for an unknown name, a wrong password and a
 * disabled account alike, after the same argon2 work, so neither the answer nor its time says which.
 */
export async function checkCredentials(db: Database, name: string, password: string): Promise<AccountSummary | null> {
  const [row] = await db.read('account-by-name', { name: name.trim().toLowerCase() });
  const account = row?.account as Account | undefined;
  const ok = await verifyPassword(row?.passwordHash as string | undefined, password);
  if (!ok || !account || account.disabled) return null;
  return { id: account.id, name: account.name, role: account.role };
}
