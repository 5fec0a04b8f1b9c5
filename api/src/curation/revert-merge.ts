import type { Change } from '../contract/curation.js';
import type { Transaction } from '../db/driver.js';
import { recordChange } from './audit.js';
import { Conflict, versionOf } from './conflict.js';
import { findRelationship, nodeShape, type NodeState, type RelationshipState } from './elements.js';
import type { WriteContext } from './entities.js';
import { repointedId, unite, type MergeAfter, type MergeBefore } from './merge.js';
import { recreateRelationships } from './relationships.js';
import { changedKeys } from './validate-node.js';

/** Properties as compared for "changed since": `version` is bookkeeping (an edit and its revert leave it higher). */
function content(properties: Record<string, unknown>): Record<string, unknown> {
  const { version: _version, ...rest } = properties;
  return rest;
}

/** One thing the merge wrote that is no longer as it left it, as a phrase for the 409. */
function drift(id: string, current: Record<string, unknown> | null, left: Record<string, unknown>): string | null {
  if (!current) return `"${id}" was removed`;
  const keys = changedKeys(content(current), content(left));
  return keys.length > 0 ? `"${id}" changed (${keys.map((key) => `"${key}"`).join(', ')})` : null;
}

/** A relationship of the merged entity and what the merge made of it. */
interface Moved {
  original: RelationshipState;
  /** The relationship it became on the kept entity (null: it linked the two entities and was dropped). */
  target: { id: string; from: string; to: string } | null;
  /** The kept entity's relationship it was united with, as it was before (null: re-pointed as a new one). */
  unitedWith: RelationshipState | null;
}

/**
 * Reverts a merge: the merged entity comes back with its properties and every relationship it had
 * (re-pointed ones leave the kept entity, united ones get their own provenance back), the kept
 * entity loses the merged names, and the redirect goes (earlier redirects to the merged id point at
 * it again). Refused with 409 naming each element that changed since, when anything the merge
 * wrote was edited or removed later: those changes are reverted first. Returns the revert's change id.
 */
export async function revertMerge(tx: Transaction, { actor }: WriteContext, change: Change, note?: string): Promise<string> {
  const before = change.before as MergeBefore;
  const after = change.after as MergeAfter;
  const merged = before.node.id;
  const keptId = before.into.id;

  const [keptRow] = await tx.run('curate-lock-node', { id: keptId });
  const kept = keptRow ? (keptRow.node as NodeState) : null;
  const [again] = await tx.run('curate-lock-node', { id: merged });
  const [redirect] = await tx.run('curate-redirect-by-id', { id: merged });

  const unitedBefore = new Map(before.united.map((rel) => [rel.id, rel]));
  const moved: Moved[] = before.relationships.map((original) => {
    const target = repointedId(original, merged, keptId);
    return { original, target, unitedWith: target ? (unitedBefore.get(target.id) ?? null) : null };
  });

  const problems: string[] = [];
  if (!kept) problems.push(`"${keptId}" no longer exists (deleted or merged since)`);
  else {
    const left = drift(keptId, kept.properties, after.into.properties);
    if (left) problems.push(left);
  }
  if (again) problems.push(`"${merged}" exists again`);
  if (!redirect || redirect.to !== keptId) problems.push(`the redirect of "${merged}" changed`);
  const current = new Map<string, RelationshipState>();
  for (const { original, target, unitedWith } of moved) {
    if (!target) continue;
    const now = await findRelationship(tx, target.id);
    if (now) current.set(target.id, now);
    const left = unitedWith
      ? unite(unitedWith.properties, original.properties)
      : { ...original.properties, id: target.id, version: versionOf(original.properties) + 1 };
    const problem = drift(target.id, now?.properties ?? null, { ...left, id: target.id });
    if (problem) problems.push(problem);
  }
  if (problems.length > 0)
    throw new Conflict(
      `This merge cannot be reverted: what it wrote changed since — ${problems.join('; ')}. Revert those later changes first.`,
      kept ? nodeShape(kept) : null,
    );
  // Checked above: the kept entity exists.
  const keptNow = kept!;

  // Take back from the kept entity what the merge moved onto it, then rebuild the merged entity.
  for (const { target, unitedWith } of moved) {
    if (!target) continue;
    const now = current.get(target.id)!;
    if (unitedWith) {
      const properties = { ...unitedWith.properties, version: versionOf(now.properties) + 1 };
      await tx.run('curate-replace-relationship', { from: target.from, id: target.id, properties });
    } else {
      await tx.run('curate-delete-relationship', { from: target.from, id: target.id });
    }
  }
  const keptState: NodeState = { ...keptNow, properties: { ...before.into.properties, version: versionOf(keptNow.properties) + 1 } };
  await tx.run('curate-replace-node', { id: keptId, properties: keptState.properties });
  const node: NodeState = { ...before.node, properties: { ...before.node.properties, version: versionOf(before.node.properties) + 1 } };
  await tx.run('curate-create-node', { label: node.label, properties: node.properties });
  const restored = await recreateRelationships(tx, before.relationships);
  if (restored.length !== before.relationships.length) {
    const back = new Set(restored.map((rel) => rel.id));
    const missing = before.relationships.filter((rel) => !back.has(rel.id)).map((rel) => `"${rel.id}"`);
    throw new Conflict(`This merge cannot be reverted: ${missing.join(', ')} cannot be rebuilt (an end is gone).`, nodeShape(keptNow));
  }
  await tx.run('curate-delete-redirect', { id: merged, to: keptId, older: after.redirects ?? [] });

  return recordChange(tx, actor, {
    action: 'revert',
    elementKind: 'node',
    elementId: merged,
    alsoTouches: [keptId, ...before.relationships.map((rel) => rel.id), ...current.keys(), ...(after.redirects ?? [])],
    before: { into: keptNow, relationships: [...current.values()], redirect: { id: merged, to: keptId } },
    after: {
      node,
      into: keptState,
      relationships: restored,
      united: moved.flatMap(({ unitedWith }) => (unitedWith ? [unitedWith.id] : [])),
      redirects: after.redirects ?? [],
    },
    note,
    reverts: change.id,
  });
}
