import {
  nodeOfCreate,
  type EntityCreateBody,
  type EntityDeleteBody,
  type EntityDeleteResponse,
  type EntityPatchBody,
  type EntityResponse,
} from '../contract/curation.js';
import type { Transaction } from '../db/driver.js';
import { BadRequest, NotFound } from '../errors.js';
import { recordChange, type ChangeActor } from './audit.js';
import { versionOf } from './conflict.js';
import { expectNodeVersion, lockNode, nodeShape, relationshipsOf, type NodeState, type RelationshipState } from './elements.js';
import { freeId } from './ids.js';
import { resolveProvenance } from './provenance.js';
import { recreateRelationships } from './relationships.js';
import { Conflict } from './conflict.js';
import { changedKeys, pick, validNodeProperties } from './validate-node.js';

/** Who wrote and on whose suggestion (an accepted suggestion credits its author). */
export interface WriteContext {
  actor: ChangeActor;
  suggestedBy?: string;
}

/** Creates an entity (id given or generated from its name) and its change record. */
export async function createEntity(tx: Transaction, { actor, suggestedBy }: WriteContext, body: EntityCreateBody): Promise<EntityResponse> {
  const wanted = nodeOfCreate(body).id;
  if (!wanted) throw new BadRequest('id: cannot be made from the name: give one', 'id');
  const id = await freeId(tx, wanted, body.id === undefined);
  const properties = { ...validNodeProperties(body.label, id, body.properties, 'properties'), id, version: 1 };
  const statement = body.provenance ? await resolveProvenance(tx, body.provenance) : undefined;
  const state: NodeState = { id, label: body.label, properties };
  await tx.run('curate-create-node', { label: body.label, properties });
  const changeId = await recordChange(tx, actor, {
    action: 'create',
    elementKind: 'node',
    elementId: id,
    alsoTouches: statement?.createdSource ? [statement.createdSource.id] : [],
    before: null,
    after: { node: state, ...(statement?.createdSource ? { createdSource: statement.createdSource } : {}) },
    note: body.note,
    provenance: statement ? { source: statement.source, evidence: statement.evidence } : undefined,
    suggestedBy,
  });
  return { node: nodeShape(state), changeId };
}

/** Sets and removes properties of an entity at the version the client read. */
export async function patchEntity(tx: Transaction, { actor, suggestedBy }: WriteContext, id: string, body: EntityPatchBody): Promise<EntityResponse> {
  const node = await lockNode(tx, id);
  expectNodeVersion(node, body.version);
  const next: Record<string, unknown> = { ...node.properties, ...body.set };
  for (const key of body.unset) delete next[key];
  const valid = validNodeProperties(node.label, id, next, 'set');
  const version = versionOf(node.properties) + 1;
  const { version: _old, ...oldData } = node.properties;
  const changed = changedKeys(oldData, { ...valid, id });
  if (changed.length === 0) throw new BadRequest('set: changes nothing: every value is already as given.', 'set');
  const state: NodeState = { id, label: node.label, properties: { ...valid, id, version } };
  await tx.run('curate-replace-node', { id, properties: state.properties });
  const changeId = await recordChange(tx, actor, {
    action: 'update',
    elementKind: 'node',
    elementId: id,
    before: { version: versionOf(node.properties), properties: pick(node.properties, changed) },
    after: { version, properties: pick(state.properties, changed) },
    note: body.note,
    suggestedBy,
  });
  return { node: nodeShape(state), changeId };
}

/** Deletes an entity and its relationships; their full state stays in the change for a restore. */
export async function deleteEntity(
  tx: Transaction,
  { actor, suggestedBy }: WriteContext,
  id: string,
  body: EntityDeleteBody,
): Promise<EntityDeleteResponse> {
  const node = await lockNode(tx, id);
  expectNodeVersion(node, body.version);
  const relationships = await relationshipsOf(tx, id);
  await tx.run('curate-delete-node', { id });
  const changeId = await recordChange(tx, actor, {
    action: 'delete',
    elementKind: 'node',
    elementId: id,
    alsoTouches: relationships.map((rel) => rel.id),
    before: { node, relationships },
    after: null,
    note: body.reason,
    suggestedBy,
  });
  return { deleted: id, relationships: relationships.length, changeId };
}

/** Rebuilds a deleted entity and those of its relationships whose other end still exists. */
export async function restoreEntity(tx: Transaction, context: WriteContext, id: string, note?: string): Promise<EntityResponse> {
  const [existing] = await tx.run('curate-lock-node', { id });
  if (existing) throw new Conflict(`"${id}" exists: there is nothing to restore.`, nodeShape(existing.node as NodeState));
  const [row] = await tx.run('curate-last-delete', { kind: 'node', id });
  if (!row) throw new NotFound(`No deleted node with id "${id}" to restore.`, 'id');
  return rebuildNode(tx, context, row.change as Record<string, unknown>, 'restore', note);
}

/** Rebuilds a node from the before-state of its delete change (a restore, or the revert of that delete). */
export async function rebuildNode(
  tx: Transaction,
  { actor }: WriteContext,
  deletion: Record<string, unknown>,
  action: 'restore' | 'revert',
  note?: string,
): Promise<EntityResponse> {
  const before = JSON.parse(String(deletion.before)) as { node: NodeState; relationships: RelationshipState[] };
  const [existing] = await tx.run('curate-lock-node', { id: before.node.id });
  if (existing) throw new Conflict(`"${before.node.id}" exists again: there is nothing to restore.`, nodeShape(existing.node as NodeState));
  const state: NodeState = { ...before.node, properties: { ...before.node.properties, version: versionOf(before.node.properties) + 1 } };
  await tx.run('curate-create-node', { label: state.label, properties: state.properties });
  const restored = await recreateRelationships(tx, before.relationships);
  const changeId = await recordChange(tx, actor, {
    action,
    elementKind: 'node',
    elementId: state.id,
    alsoTouches: restored.map((rel) => rel.id),
    before: null,
    after: { node: state, relationships: restored },
    note,
    reverts: String(deletion.id),
  });
  await tx.run('curate-mark-reverted', { id: deletion.id, by: changeId });
  return { node: nodeShape(state), changeId };
}
