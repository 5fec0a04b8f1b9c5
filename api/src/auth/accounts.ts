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

/** The change would leave no enabled admin: nobody could manage accounts any more (409). */
export class LastAdmin extends HttpError {
  constructor(name: string, field: 'role' | 'disabled') {
    super(409, 'LAST_ADMIN', `${name} is the last active admin: make another account admin first, or nobody could manage accounts.`, field);
  }
}

/** True when the change takes the admin role away (demotion) or disables the account. */
function removesAdmin(change: { role?: Role; disabled?: boolean }): 'role' | 'disabled' | null {
  if (change.role !== undefined && change.role !== 'admin') return 'role';
  return change.disabled === true ? 'disabled' : null;
}

/**
 * Changes role, disabled flag or password; disabling ends the account's sessions. Null when no
 * such account. Refuses (LastAdmin) to demote or disable the last enabled admin: the check and
 * the write are one transaction holding the locks of every enabled admin, so two admins demoting
 * each other at once cannot both pass it.
 */
export async function updateAccount(
  db: Database,
  id: string,
  change: { role?: Role; disabled?: boolean; password?: string },
): Promise<Account | null> {
  const passwordHash = change.password === undefined ? null : await hashPassword(change.password);
  const removing = removesAdmin(change);
  return db.writeTransaction(async (tx) => {
    if (removing) {
      await tx.run('account-lock-admins');
      const [admins] = await tx.run('account-enabled-admins');
      const ids = (admins?.ids as string[] | undefined) ?? [];
      if (ids.length === 1 && ids[0] === id) {
        const [target] = await tx.run('account-by-id', { id });
        throw new LastAdmin(String((target?.account as Account | undefined)?.name ?? id), removing);
      }
    }
    const [row] = await tx.run('account-update', { id, role: change.role ?? null, disabled: change.disabled ?? null, passwordHash });
    return (row?.account as Account | undefined) ?? null;
  });
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
