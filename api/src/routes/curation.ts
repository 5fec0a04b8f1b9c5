import { Router, type Request } from 'express';
import { actorOf, requireRole } from '../auth/actor.js';
import {
  entityCreateBody,
  entityDeleteBody,
  entityMergeBody,
  entityParams,
  entityPatchBody,
  entityRestoreBody,
  provenanceAppendBody,
  relationshipCreateBody,
  relationshipDeleteBody,
  relationshipParams,
  relationshipPatchBody,
  relationshipRestoreBody,
} from '../contract/curation.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { changeActorOf } from '../curation/audit.js';
import { createEntity, deleteEntity, patchEntity, restoreEntity, type WriteContext } from '../curation/entities.js';
import { mergeEntity } from '../curation/merge.js';
import { appendProvenance, createRelationship, deleteRelationship, patchRelationship, restoreRelationship } from '../curation/relationships.js';
import { curationTransaction } from '../curation/transaction.js';
import { malformedPath } from './malformed-path.js';

const writer = (req: Request): WriteContext => ({ actor: changeActorOf(actorOf(req)) });

/**
 * Curation writes (editor): entities and relationships, with provenance, versions (409) and one
 * change record per write, all in one transaction (api/src/curation).
 */
export function curationRoutes(db: Database): Router {
  const router = Router();
  const editor = requireRole('editor');

  router.post('/entities', editor, async (req, res) => {
    const body = parseInput(entityCreateBody, req.body ?? {});
    res.status(201).json(await curationTransaction(db, (tx) => createEntity(tx, writer(req), body)));
  });
  router.patch('/entities/:id', editor, async (req, res) => {
    const { id } = parseInput(entityParams, req.params);
    const body = parseInput(entityPatchBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => patchEntity(tx, writer(req), id, body)));
  });
  router.delete('/entities/:id', editor, async (req, res) => {
    const { id } = parseInput(entityParams, req.params);
    const body = parseInput(entityDeleteBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => deleteEntity(tx, writer(req), id, body)));
  });
  router.post('/entities/:id/restore', editor, async (req, res) => {
    const { id } = parseInput(entityParams, req.params);
    const { note } = parseInput(entityRestoreBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => restoreEntity(tx, writer(req), id, note)));
  });
  router.post('/entities/:id/merge', editor, async (req, res) => {
    const { id } = parseInput(entityParams, req.params);
    const body = parseInput(entityMergeBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => mergeEntity(tx, writer(req), id, body)));
  });

  router.post('/relationships', editor, async (req, res) => {
    const body = parseInput(relationshipCreateBody, req.body ?? {});
    const result = await curationTransaction(db, (tx) => createRelationship(tx, writer(req), body));
    res.status(result.appended ? 200 : 201).json(result);
  });
  router.patch('/relationships/:id', editor, async (req, res) => {
    const { id } = parseInput(relationshipParams, req.params);
    const body = parseInput(relationshipPatchBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => patchRelationship(tx, writer(req), id, body)));
  });
  router.delete('/relationships/:id', editor, async (req, res) => {
    const { id } = parseInput(relationshipParams, req.params);
    const body = parseInput(relationshipDeleteBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => deleteRelationship(tx, writer(req), id, body)));
  });
  router.post('/relationships/:id/restore', editor, async (req, res) => {
    const { id } = parseInput(relationshipParams, req.params);
    const { note } = parseInput(relationshipRestoreBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => restoreRelationship(tx, writer(req), id, note)));
  });
  router.post('/relationships/:id/provenance', editor, async (req, res) => {
    const { id } = parseInput(relationshipParams, req.params);
    const body = parseInput(provenanceAppendBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => appendProvenance(tx, writer(req), id, body)));
  });
  router.use(malformedPath('id'));
  return router;
}
