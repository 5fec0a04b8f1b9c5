import { Router } from 'express';
import {
  accountParams,
  createAccountBody,
  updateAccountBody,
  type AccountsResponse,
  type CreateAccountResponse,
  type Account,
} from '../contract/auth.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { requireRole } from '../auth/actor.js';
import { createAccount, listAccounts, updateAccount } from '../auth/accounts.js';
import { generatePassword } from '../auth/passwords.js';

/** GET/POST/PATCH /api/accounts[/:id]: account administration (admin only). */
export function accountRoutes(db: Database): Router {
  const router = Router();
  router.use('/accounts', requireRole('admin'));

  router.get('/accounts', async (_req, res) => {
    const answer: AccountsResponse = { accounts: await listAccounts(db) };
    res.set('Cache-Control', 'no-store').json(answer);
  });

  router.post('/accounts', async (req, res) => {
    const body = parseInput(createAccountBody, req.body ?? {});
    const password = body.password ?? generatePassword();
    const account = await createAccount(db, { name: body.name, role: body.role, password });
    const answer: CreateAccountResponse = body.password ? { account } : { account, password };
    res.status(201).set('Cache-Control', 'no-store').json(answer);
  });

  router.patch('/accounts/:id', async (req, res) => {
    const { id } = parseInput(accountParams, req.params);
    const change = parseInput(updateAccountBody, req.body ?? {});
    const account: Account | null = await updateAccount(db, id, change);
    if (!account) throw new NotFound(`No account ${id}.`, 'id');
    res.json(account);
  });

  return router;
}
