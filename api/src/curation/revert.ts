import type { RevertResponse } from '../contract/curation.js';
import type { Transaction } from '../db/driver.js';
import { BadRequest, NotFound } from '../errors.js';
import { recordChange, toChange } from './audit.js';
import { Conflict, versionOf } from './conflict.js';
import { edgeShape, findRelationship, nodeShape, relationshipsOf, type NodeState, type RelationshipState } from './elements.js';
import { rebuildNode, type WriteContext } from './entities.js';
import { rebuildRelationship } from './relationships.js';
import { revertMerge } from './revert-merge.js';

type State = { version: number; properties: Record<string, unknown> };

/** The element as it is now, or a 409 saying it is gone. */
async function currentNode(tx: Transaction, id: string): Promise<NodeState> {
  const [row] = await tx.run('curate-lock-node', { id });
  if (!row) throw new Conflict(`"${id}" no longer exists: this change cannot be reverted.`, null);
  return row.node as NodeState;
}

async function currentRelationship(tx: Transaction, id: string): Promise<RelationshipState> {
  const found = await findRelationship(tx, id);
  if (!found) throw new Conflict(`"${id}" no longer exists: this change cannot be reverted.`, null);
  return found;
}

/** 409 unless the element is still as the change left it (no later change to undo first). */
function expectUnchangedSince(
  properties: Record<string, unknown>,
  expected: number,
  current: () => ReturnType<typeof nodeShape> | ReturnType<typeof edgeShape>,
): void {
  if (versionOf(properties) !== expected)
    throw new Conflict(
      `The element changed since (version ${versionOf(properties)}, the change left ${expected}): revert the later changes first.`,
      current(),
    );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * 409 unless every property the change set still holds the value it left (null = removed). Later
 * changes of OTHER properties do not stand in the way: reverting a rename keeps a later edit of
 * the participants. A later change of the same property must be reverted first.
 */
function expectPropertiesAsLeft(
  properties: Record<string, unknown>,
  left: State,
  current: () => ReturnType<typeof nodeShape> | ReturnType<typeof edgeShape>,
): void {
  const moved = Object.keys(left.properties).filter((key) => !same(properties[key], left.properties[key]));
  if (moved.length > 0)
    throw new Conflict(
      `${moved.map((key) => `"${key}"`).join(', ')} changed since this change: revert the later change${moved.length > 1 ? 's' : ''} first.`,
      current(),
    );
}

/** The properties with the change's before-values put back (null = the key was absent). */
function putBack(properties: Record<string, unknown>, before: State): Record<string, unknown> {
  const next = { ...properties };
  for (const [key, value] of Object.entries(before.properties)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return { ...next, version: versionOf(properties) + 1 };
}

/**
 * Reverts one change, itself recorded as a change (`reverts`). Only when what the change wrote is
 * still there (else 409 with the element): for an edit, the properties it set; for a creation or a
 * restore, the whole element; for a merge, everything it wrote (see revert-merge.ts). Later changes
 * in the way are reverted first, newest first. Imports and suggestion records are not reverted this way.
 */
export async function revertChange(tx: Transaction, context: WriteContext, changeId: string, note?: string): Promise<RevertResponse> {
  const [row] = await tx.run('curate-change-by-id', { id: changeId });
  if (!row) throw new NotFound(`No change with id "${changeId}"`, 'id');
  const stored = row.change as Record<string, unknown>;
  const change = toChange(stored);
  if (change.reverted_by) throw new Conflict(`This change was already reverted by ${change.reverted_by}.`, null);
  const record = (kind: 'node' | 'relationship', before: unknown, after: unknown, also: string[] = []) =>
    recordChange(tx, context.actor, {
      action: 'revert',
      elementKind: kind,
      elementId: change.element_id,
      alsoTouches: also,
      before,
      after,
      note,
      reverts: change.id,
    });
  let revertId: string;

  const key = `${change.element_kind}:${change.action}`;
  switch (key) {
    case 'node:delete':
      revertId = (await rebuildNode(tx, context, stored, 'revert', note)).changeId;
      return { changeId: revertId, reverts: change.id };
    case 'relationship:delete':
      revertId = (await rebuildRelationship(tx, context, stored, 'revert', note)).changeId;
      return { changeId: revertId, reverts: change.id };
    case 'node:create':
    case 'node:restore': {
      const { node: left } = change.after as { node: NodeState };
      const node = await currentNode(tx, change.element_id);
      expectUnchangedSince(node.properties, versionOf(left.properties), () => nodeShape(node));
      const relationships = await relationshipsOf(tx, node.id);
      if (change.action === 'create' && relationships.length > 0)
        throw new Conflict(`"${node.id}" has ${relationships.length} relationship(s) since: delete them first.`, nodeShape(node));
      await tx.run('curate-delete-node', { id: node.id });
      revertId = await record(
        'node',
        { node, relationships },
        null,
        relationships.map((rel) => rel.id),
      );
      break;
    }
    case 'relationship:create':
    case 'relationship:restore': {
      const { relationship: left } = change.after as { relationship: RelationshipState };
      const rel = await currentRelationship(tx, change.element_id);
      expectUnchangedSince(rel.properties, versionOf(left.properties), () => edgeShape(rel));
      await tx.run('curate-delete-relationship', { from: rel.from, id: rel.id });
      revertId = await record('relationship', { relationship: rel }, null, [rel.from, rel.to]);
      break;
    }
    case 'node:merge':
      revertId = await revertMerge(tx, context, change, note);
      break;
    case 'node:update': {
      const before = change.before as State;
      const node = await currentNode(tx, change.element_id);
      expectPropertiesAsLeft(node.properties, change.after as State, () => nodeShape(node));
      const properties = putBack(node.properties, before);
      await tx.run('curate-replace-node', { id: node.id, properties });
      const keys = Object.keys(before.properties);
      revertId = await record(
        'node',
        { version: versionOf(node.properties), properties: Object.fromEntries(keys.map((k) => [k, node.properties[k] ?? null])) },
        { version: versionOf(properties), properties: before.properties },
      );
      break;
    }
    case 'relationship:update':
    case 'relationship:provenance': {
      const before = change.before as State;
      const rel = await currentRelationship(tx, change.element_id);
      expectPropertiesAsLeft(rel.properties, change.after as State, () => edgeShape(rel));
      const properties = putBack(rel.properties, before);
      await tx.run('curate-replace-relationship', { from: rel.from, id: rel.id, properties });
      const keys = Object.keys(before.properties);
      revertId = await record(
        'relationship',
        { version: versionOf(rel.properties), properties: Object.fromEntries(keys.map((k) => [k, rel.properties[k] ?? null])) },
        { version: versionOf(properties), properties: before.properties },
      );
      break;
    }
    default:
      throw new BadRequest(`id: a ${change.action} change cannot be reverted here`, 'id');
  }
  await tx.run('curate-mark-reverted', { id: change.id, by: revertId });
  return { changeId: revertId, reverts: change.id };
}
