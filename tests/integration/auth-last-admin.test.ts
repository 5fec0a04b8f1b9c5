import { execFile } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accountByName, updateAccount } from '../../api/src/auth/accounts.js';
import { applySchema } from '../../api/src/db/connect.js';
import type { Database } from '../../api/src/db/driver.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { testDatabase } from '../support/db.js';

/**
 * The last enabled admin cannot be demoted or disabled (409 LAST_ADMIN with a sentence), through
 * the API and through `npm run user`: otherwise nobody could manage accounts any more. No graph
 * data is written, so the file needs accounts only (none before, none after).
 */
const root = path.resolve(import.meta.dirname, '../..');
let db: Database;
let app: TestApp;
const SLOW = 600_000;

beforeAll(async () => {
  db = testDatabase();
  await applySchema(db);
  await removeAuthData(db);
  app = await startTestApp(db);
}, SLOW);

afterAll(async () => {
  await app?.close();
  if (db) {
    await removeAuthData(db);
    await db.close();
  }
});

function userCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const neo4j = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'user', '--', ...args], { cwd: root, env, timeout: 300_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function signedIn(account: { name: string; password: string }): Promise<Browser> {
  const browser = new Browser(app.baseUrl);
  expect((await browser.signIn(account.name, account.password)).status).toBe(200);
  return browser;
}

describe('the last active admin', () => {
  it(
    'cannot demote or disable itself through the API while it is the only one; with a second admin it can',
    async () => {
      const first = await makeAccount(db, 'admin');
      const browser = await signedIn(first);
      for (const [body, field] of [
        [{ role: 'editor' }, 'role'],
        [{ disabled: true }, 'disabled'],
      ] as const) {
        const refused = await browser.send(`/api/accounts/${first.id}`, { method: 'PATCH', body });
        expect(refused.status).toBe(409);
        expect(refused.body.error).toMatchObject({ code: 'LAST_ADMIN', field });
        expect(refused.body.error.message).toBe(
          `${first.name} is the last active admin: make another account admin first, or nobody could manage accounts.`,
        );
      }
      expect(await accountByName(db, first.name)).toMatchObject({ role: 'admin', disabled: false });
      // A change that keeps the admin role (a new password) is not refused.
      expect((await browser.send(`/api/accounts/${first.id}`, { method: 'PATCH', body: { password: 'a-new-password-long-enough' } })).status).toBe(
        200,
      );

      const second = await makeAccount(db, 'admin');
      const demoted = await browser.send(`/api/accounts/${first.id}`, { method: 'PATCH', body: { role: 'editor' } });
      expect(demoted.status).toBe(200);
      expect(demoted.body.role).toBe('editor');
      // Now the second is the last one: the same refusal protects it.
      const other = await signedIn(second);
      expect((await other.send(`/api/accounts/${second.id}`, { method: 'PATCH', body: { disabled: true } })).status).toBe(409);
      // A disabled admin does not count as one.
      expect((await other.send(`/api/accounts/${first.id}`, { method: 'PATCH', body: { role: 'admin', disabled: true } })).status).toBe(200);
      expect((await other.send(`/api/accounts/${second.id}`, { method: 'PATCH', body: { role: 'viewer' } })).status).toBe(409);
      await removeAuthData(db);
    },
    SLOW,
  );

  it(
    'two admins demoting each other at the same time: exactly one succeeds',
    async () => {
      const a = await makeAccount(db, 'admin');
      const b = await makeAccount(db, 'admin');
      const outcomes = await Promise.allSettled([updateAccount(db, a.id, { role: 'editor' }), updateAccount(db, b.id, { disabled: true })]);
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ status: 409, code: 'LAST_ADMIN' });
      const stored = [await accountByName(db, a.name), await accountByName(db, b.name)];
      expect(stored.filter((account) => account?.role === 'admin' && !account.disabled)).toHaveLength(1);
      await removeAuthData(db);
    },
    SLOW,
  );

  it(
    'npm run user refuses set-role and disable of the last admin with one line and exit 1',
    async () => {
      const only = await makeAccount(db, 'admin');
      for (const args of [
        ['set-role', only.name, 'viewer'],
        ['disable', only.name],
      ]) {
        const refused = await userCli(args);
        expect(refused.code, refused.stderr).toBe(1);
        expect(refused.stderr.trim()).toBe(
          `${only.name} is the last active admin: make another account admin first, or nobody could manage accounts.`,
        );
      }
      expect(await accountByName(db, only.name)).toMatchObject({ role: 'admin', disabled: false });
    },
    SLOW,
  );
});
