/**
 * `npm run user -- <command>`: accounts from the server's command line (connects like `npm run seed`).
 *   add <name> --role viewer|editor|admin [--password-stdin]   prints a one-time password, or reads one from stdin
 *   list                                                       names, roles, disabled flags
 *   set-role <name> <role>
 *   disable <name>                                             also ends the account's sessions
 *   enable <name>
 */
import { parseArgs } from 'node:util';
import { accountName, newPassword, role as roleSchema } from '../contract/auth.js';
import { applySchema, connect } from '../db/connect.js';
import type { Database } from '../db/driver.js';
import { EnvError, loadEnv } from '../env.js';
import { HttpError } from '../errors.js';
import { accountByName, createAccount, listAccounts, updateAccount } from './accounts.js';
import { generatePassword } from './passwords.js';

const USAGE = `usage: npm run user -- add <name> --role viewer|editor|admin [--password-stdin]
       npm run user -- list
       npm run user -- set-role <name> <role>
       npm run user -- disable <name>
       npm run user -- enable <name>`;

/** A mistake in the command line: its message is the whole answer. */
class UsageError extends Error {}

function parsed<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${what} ${result.error.issues[0]?.message ?? 'is invalid'}`);
  return result.data;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the trailing newline of `echo` or a file is not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function existing(db: Database, name: string) {
  const account = await accountByName(db, name);
  if (!account) throw new UsageError(`No account named "${name}".`);
  return account;
}

async function run(command: string | undefined, args: string[], options: { role?: string; 'password-stdin'?: boolean }, db: () => Promise<Database>) {
  switch (command) {
    case 'add': {
      const name = parsed(accountName, args[0], 'name');
      const role = parsed(roleSchema, options.role, '--role');
      const given = options['password-stdin'] ? parsed(newPassword, await readStdin(), 'the password from stdin') : undefined;
      const password = given ?? generatePassword();
      const account = await createAccount(await db(), { name, role, password });
      console.error(`Created ${account.name} (${account.role}).`);
      if (!given) {
        // The only output on stdout, so a script can capture it; only its argon2id hash is stored.
        console.error('One-time password (shown once):');
        console.log(password);
      }
      return;
    }
    case 'list': {
      const accounts = await listAccounts(await db());
      if (accounts.length === 0) console.error('No accounts.');
      for (const account of accounts) console.log(`${account.name}\t${account.role}${account.disabled ? '\tdisabled' : ''}\t${account.created}`);
      return;
    }
    case 'set-role': {
      const role = parsed(roleSchema, args[1], 'role');
      const database = await db();
      const account = await existing(database, parsed(accountName, args[0], 'name'));
      await updateAccount(database, account.id, { role });
      console.error(`${account.name} is now ${role}.`);
      return;
    }
    case 'disable':
    case 'enable': {
      const database = await db();
      const account = await existing(database, parsed(accountName, args[0], 'name'));
      await updateAccount(database, account.id, { disabled: command === 'disable' });
      console.error(`${account.name} is ${command}d${command === 'disable' ? ' (its sessions ended, its tokens refused)' : ''}.`);
      return;
    }
    default:
      throw new UsageError(USAGE);
  }
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
});
let connection: Awaited<ReturnType<typeof connect>> | undefined;
try {
  const [command, ...args] = positionals;
  await run(command, args, values, async () => {
    connection = await connect(loadEnv(), (line) => console.error(line));
    await applySchema(connection.db);
    return connection.db;
  });
} catch (error) {
  const known = error instanceof UsageError || error instanceof EnvError || error instanceof HttpError;
  console.error(known ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection?.close();
}
