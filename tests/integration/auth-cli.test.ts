import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { accountByName } from '../../api/src/auth/accounts.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { seededForFile } from '../support/db.js';

/** `npm run user -- add|list|set-role|disable` against the throwaway Neo4j, checked through the app's sign-in. */
const root = path.resolve(import.meta.dirname, '../..');
const seeded = seededForFile();
let app: TestApp | undefined;

afterAll(async () => {
  await app?.close();
  await removeAuthData(seeded.db);
});

function userCli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const neo4j = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  return new Promise((resolve) => {
    const child = execFile('npm', ['run', '--silent', 'user', '--', ...args], { cwd: root, env, timeout: 300_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

const SLOW = 600_000;

describe('npm run user', () => {
  it(
    'add prints a one-time password that signs in with the role given; the password is stored only hashed',
    async () => {
      const name = `cli-${Math.random().toString(36).slice(2, 8)}`;
      const added = await userCli(['add', name, '--role', 'editor']);
      expect(added.code, added.stderr).toBe(0);
      const password = added.stdout.trim();
      expect(password.length).toBeGreaterThanOrEqual(16);
      app = await startTestApp(seeded.db);
      const signIn = await new Browser(app.baseUrl).signIn(name, password);
      expect(signIn.status).toBe(200);
      expect(signIn.body.account.role).toBe('editor');
      const stored = await seeded.db.driver.executeQuery(
        'MATCH (a:Account {name: $name}) RETURN properties(a) AS p',
        { name },
        { database: seeded.db.config.database },
      );
      const text = JSON.stringify(stored.records[0]!.get('p'));
      expect(text).not.toContain(password);
      expect(text).toContain('$argon2id$');
    },
    SLOW,
  );

  it(
    'add --password-stdin takes the password from standard input and prints none; list, set-role and disable change what sign-in allows',
    async () => {
      const name = `cli-${Math.random().toString(36).slice(2, 8)}`;
      const password = 'a-password-from-stdin-123';
      const added = await userCli(['add', name, '--role', 'viewer', '--password-stdin'], `${password}\n`);
      expect(added.code, added.stderr).toBe(0);
      expect(added.stdout.trim()).toBe('');
      app ??= await startTestApp(seeded.db);
      expect((await new Browser(app.baseUrl).signIn(name, password)).body.account.role).toBe('viewer');

      const listed = await userCli(['list']);
      expect(listed.code).toBe(0);
      expect(listed.stdout.split('\n').find((line) => line.startsWith(`${name}\t`))).toMatch(/\tviewer\t/);

      expect((await userCli(['set-role', name, 'admin'])).code).toBe(0);
      expect((await accountByName(seeded.db, name))?.role).toBe('admin');

      // Another admin, so that disabling this one does not leave the install without any (refused: see auth-last-admin).
      await makeAccount(seeded.db, 'admin');
      expect((await userCli(['disable', name])).code).toBe(0);
      expect((await new Browser(app.baseUrl).signIn(name, password)).status).toBe(401);
      expect((await userCli(['list'])).stdout).toMatch(new RegExp(`^${name}\\tadmin\\tdisabled`, 'm'));
    },
    SLOW,
  );

  it(
    'mistakes get one clear line and exit 1: bad role, short password, taken name, unknown account, unknown command',
    async () => {
      const bad = await userCli(['add', 'someone', '--role', 'owner']);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/--role/);
      const short = await userCli(['add', 'someone', '--role', 'viewer', '--password-stdin'], 'short\n');
      expect(short.code).toBe(1);
      expect(short.stderr).toMatch(/at least 12/);
      const name = `cli-${Math.random().toString(36).slice(2, 8)}`;
      expect((await userCli(['add', name, '--role', 'viewer'])).code).toBe(0);
      const taken = await userCli(['add', name, '--role', 'viewer']);
      expect(taken.code).toBe(1);
      expect(taken.stderr).toMatch(/exists already/);
      const unknown = await userCli(['disable', 'nobody-at-all']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toMatch(/No account named/);
      const usage = await userCli(['remove', name]);
      expect(usage.code).toBe(1);
      expect(usage.stderr).toMatch(/^usage:/);
    },
    SLOW,
  );
});
