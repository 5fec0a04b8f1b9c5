import { Router } from 'express';
import { actorOf, requireRole } from '../auth/actor.js';
import {
  suggestionAcceptBody,
  suggestionCreateBody,
  suggestionParams,
  suggestionRejectBody,
  suggestionsQuery,
  type SuggestionsResponse,
} from '../contract/curation.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { changeActorOf } from '../curation/audit.js';
import { acceptSuggestion, createSuggestion, listSuggestions, rejectSuggestion } from '../curation/suggestions.js';
import { curationTransaction } from '../curation/transaction.js';
import { malformedPath } from './malformed-path.js';

/** The review queue: viewers suggest, editors list, accept (applied as their change) or reject. */
export function suggestionRoutes(db: Database): Router {
  const router = Router();
  const editor = requireRole('editor');
  router.post('/suggestions', requireRole('viewer'), async (req, res) => {
    const body = parseInput(suggestionCreateBody, req.body ?? {});
    res.status(201).json(await curationTransaction(db, (tx) => createSuggestion(tx, changeActorOf(actorOf(req)), body)));
  });
  router.get('/suggestions', editor, async (req, res) => {
    const { status, limit } = parseInput(suggestionsQuery, req.query);
    const body: SuggestionsResponse = { suggestions: await listSuggestions(db, status, limit) };
    res.json(body);
  });
  router.post('/suggestions/:id/accept', editor, async (req, res) => {
    const { id } = parseInput(suggestionParams, req.params);
    const { note, as } = parseInput(suggestionAcceptBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => acceptSuggestion(tx, changeActorOf(actorOf(req)), id, note, as)));
  });
  router.post('/suggestions/:id/reject', editor, async (req, res) => {
    const { id } = parseInput(suggestionParams, req.params);
    const { reason } = parseInput(suggestionRejectBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => rejectSuggestion(tx, changeActorOf(actorOf(req)), id, reason)));
  });
  router.use(malformedPath('id'));
  return router;
}
