import { Router } from 'express';
import { actorOf, requireRole } from '../auth/actor.js';
import { changeParams, changesQuery, entityParams, relationshipParams, revertBody, type HistoryResponse } from '../contract/curation.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { changeActorOf } from '../curation/audit.js';
import { allChanges, historyOf, listChanges } from '../curation/history.js';
import { revertChange } from '../curation/revert.js';
import { curationTransaction } from '../curation/transaction.js';
import { malformedPath } from './malformed-path.js';

/**
 * The audit trail: history per node and relationship, GET /api/changes (filters, cursor paging,
 * `format=jsonl`) — open like other reads, names only — and POST /api/changes/:id/revert (editor).
 */
export function changeRoutes(db: Database): Router {
  const router = Router();
  router.get('/nodes/:id/history', async (req, res) => {
    const { id } = parseInput(entityParams, req.params);
    const body: HistoryResponse = { changes: await historyOf(db, id) };
    res.json(body);
  });
  router.get('/relationships/:id/history', async (req, res) => {
    const { id } = parseInput(relationshipParams, req.params);
    const body: HistoryResponse = { changes: await historyOf(db, id) };
    res.json(body);
  });
  router.get('/changes', async (req, res) => {
    const query = parseInput(changesQuery, req.query);
    if (query.format === 'json') return void res.json(await listChanges(db, query));
    res.type('application/x-ndjson').setHeader('Content-Disposition', 'attachment; filename="liaison-changes.jsonl"');
    for await (const change of allChanges(db, query)) {
      if (!res.write(`${JSON.stringify(change)}\n`)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  });
  router.post('/changes/:id/revert', requireRole('editor'), async (req, res) => {
    const { id } = parseInput(changeParams, req.params);
    const { note } = parseInput(revertBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => revertChange(tx, { actor: changeActorOf(actorOf(req)) }, id, note)));
  });
  router.use(malformedPath('id'));
  return router;
}
