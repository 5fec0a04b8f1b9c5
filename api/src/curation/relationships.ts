import type {
  ProvenanceAppendBody,
  RelationshipCreateBody,
  RelationshipDeleteBody,
  RelationshipDeleteResponse,
  RelationshipPatchBody,
  RelationshipResponse,
} from '../contract/curation.js';
import type { Transaction } from '../db/driver.js';
import { BadRequest, NotFound } from '../errors.js';
import { describeEnds, endsAllowed } from '../model/relationship-ends.js';
import type { NodeLabel } from '../model/vocabulary.js';
import { relationshipId } from '../seed/validate.js';
import { recordChange } from './audit.js';
import { Conflict, versionOf } from './conflict.js';
import { edgeShape, expectRelationshipVersion, findRelationship, lockRelationship, type RelationshipState } from './elements.js';
import type { WriteContext } from './entities.js';
import { resolveProvenance, type Statement } from './provenance.js';
import { changedKeys, pick } from './validate-node.js';

/** 400 unless both ends exist and `(from)-[type]->(to)` is a pattern of the model. */
async function checkEnds(tx: Transaction, type: RelationshipCreateBody['type'], from: string, to: string): Promise<void> {
  const labels = new Map((await tx.run('curate-node-labels', { ids: [from, to] })).map((row) => [String(row.id), row.label as NodeLabel]));
  const fromLabel = labels.get(from);
  const toLabel = labels.get(to);
  if (!fromLabel) throw new BadRequest(`from: no node with id "${from}"`, 'from');
  if (!toLabel) throw new BadRequest(`to: no node with id "${to}"`, 'to');
  if (from === to) throw new BadRequest('to: a fact cannot join a node to itself', 'to');
  if (endsAllowed(type, fromLabel, toLabel)) return;
  if (endsAllowed(type, toLabel, fromLabel))
    throw new BadRequest(`from: ${type} goes ${describeEnds(type)}: the direction is reversed, swap from and to`, 'from');
  throw new BadRequest(`type: ${type} joins ${describeEnds(type)}, not ${fromLabel} → ${toLabel}`, 'type');
}

/**
 * Adds a statement (source and quote) to a fact: `sources`/`evidence` stay aligned; the first
 * statement's qualifiers win, later ones only fill gaps (the seed's rule, seed/validate.ts).
 */
function withStatement(
  properties: Record<string, unknown>,
  statement: Statement,
  qualifiers: Record<string, unknown>,
  field: string,
): Record<string, unknown> {
  const sources = [...((properties.sources as string[] | undefined) ?? [])];
  const evidence = [...((properties.evidence as string[] | undefined) ?? [])];
  const index = sources.indexOf(statement.source);
  if (index !== -1 && evidence[index] === statement.evidence)
    throw new BadRequest(`${field}: the fact already cites this source with this evidence`, field);
  sources.push(statement.source);
  evidence.push(statement.evidence);
  const next: Record<string, unknown> = { ...properties, sources, evidence };
  if (statement.source_url && !next.source_url) next.source_url = statement.source_url;
  for (const [key, value] of Object.entries(qualifiers)) if (next[key] === undefined && value !== undefined) next[key] = value;
  return next;
}

async function appendTo(
  tx: Transaction,
  { actor, suggestedBy }: WriteContext,
  current: RelationshipState,
  statement: Statement,
  qualifiers: Record<string, unknown>,
  note: string | undefined,
): Promise<RelationshipResponse> {
  const version = versionOf(current.properties) + 1;
  const properties = { ...withStatement(current.properties, statement, qualifiers, 'provenance'), version };
  const state: RelationshipState = { ...current, properties };
  await tx.run('curate-replace-relationship', { from: current.from, id: current.id, properties });
  const changed = changedKeys(current.properties, properties);
  const changeId = await recordChange(tx, actor, {
    action: 'provenance',
    elementKind: 'relationship',
    elementId: current.id,
    alsoTouches: statement.createdSource ? [statement.createdSource.id] : [],
    before: { version: versionOf(current.properties), properties: pick(current.properties, changed) },
    after: { version, properties: pick(properties, changed), ...(statement.createdSource ? { createdSource: statement.createdSource } : {}) },
    note,
    provenance: { source: statement.source, evidence: statement.evidence },
    suggestedBy,
  });
  return { relationship: edgeShape(state), changeId, appended: true };
}

/** States a fact: creates the relationship, or adds the provenance to it when the same fact exists. */
export async function createRelationship(tx: Transaction, context: WriteContext, body: RelationshipCreateBody): Promise<RelationshipResponse> {
  await checkEnds(tx, body.type, body.from, body.to);
  const id = relationshipId({ type: body.type, from: body.from, to: body.to, round: body.qualifiers.round });
  const statement = await resolveProvenance(tx, body.provenance);
  const existing = await findRelationship(tx, id);
  if (existing) return appendTo(tx, context, existing, statement, body.qualifiers, body.note);
  const properties: Record<string, unknown> = {
    id,
    ...body.qualifiers,
    sources: [statement.source],
    evidence: [statement.evidence],
    ...(statement.source_url ? { source_url: statement.source_url } : {}),
    version: 1,
  };
  const state: RelationshipState = { id, type: body.type, from: body.from, to: body.to, properties };
  await tx.run('curate-create-relationship', { type: body.type, from: body.from, to: body.to, properties });
  const changeId = await recordChange(tx, context.actor, {
    action: 'create',
    elementKind: 'relationship',
    elementId: id,
    alsoTouches: [body.from, body.to, ...(statement.createdSource ? [statement.createdSource.id] : [])],
    before: null,
    after: { relationship: state, ...(statement.createdSource ? { createdSource: statement.createdSource } : {}) },
    note: body.note,
    provenance: { source: statement.source, evidence: statement.evidence },
    suggestedBy: context.suggestedBy,
  });
  return { relationship: edgeShape(state), changeId, appended: false };
}

/** Adds one more source to an existing fact, at the version the client read. */
export async function appendProvenance(
  tx: Transaction,
  context: WriteContext,
  id: string,
  body: ProvenanceAppendBody,
): Promise<RelationshipResponse> {
  const current = await lockRelationship(tx, id);
  expectRelationshipVersion(current, body.version);
  const statement = await resolveProvenance(tx, body.provenance);
  return appendTo(tx, context, current, statement, {}, body.note);
}

/** Sets and removes qualifiers of a fact (its ends, type and round are its identity). */
export async function patchRelationship(
  tx: Transaction,
  { actor, suggestedBy }: WriteContext,
  id: string,
  body: RelationshipPatchBody,
): Promise<RelationshipResponse> {
  const current = await lockRelationship(tx, id);
  expectRelationshipVersion(current, body.version);
  const next: Record<string, unknown> = { ...current.properties, ...body.set };
  for (const key of body.unset) delete next[key];
  const changed = changedKeys(current.properties, next);
  if (changed.length === 0) throw new BadRequest('set: changes nothing: every value is already as given.', 'set');
  const version = versionOf(current.properties) + 1;
  const state: RelationshipState = { ...current, properties: { ...next, version } };
  await tx.run('curate-replace-relationship', { from: current.from, id, properties: state.properties });
  const changeId = await recordChange(tx, actor, {
    action: 'update',
    elementKind: 'relationship',
    elementId: id,
    before: { version: versionOf(current.properties), properties: pick(current.properties, changed) },
    after: { version, properties: pick(state.properties, changed) },
    note: body.note,
    suggestedBy,
  });
  return { relationship: edgeShape(state), changeId, appended: false };
}

/** Deletes a fact; its full state stays in the change for a restore. */
export async function deleteRelationship(
  tx: Transaction,
  { actor, suggestedBy }: WriteContext,
  id: string,
  body: RelationshipDeleteBody,
): Promise<RelationshipDeleteResponse> {
  const current = await lockRelationship(tx, id);
  expectRelationshipVersion(current, body.version);
  await tx.run('curate-delete-relationship', { from: current.from, id });
  const changeId = await recordChange(tx, actor, {
    action: 'delete',
    elementKind: 'relationship',
    elementId: id,
    alsoTouches: [current.from, current.to],
    before: { relationship: current },
    after: null,
    note: body.reason,
    suggestedBy,
  });
  return { deleted: id, changeId };
}

/** Recreates relationships from a change's before-state; skips those that exist again or lost an end. */
export async function recreateRelationships(tx: Transaction, relationships: RelationshipState[]): Promise<RelationshipState[]> {
  const restored: RelationshipState[] = [];
  for (const rel of relationships) {
    if (await findRelationship(tx, rel.id)) continue;
    const ends = await tx.run('curate-node-labels', { ids: [rel.from, rel.to] });
    if (ends.length < 2) continue;
    const properties = { ...rel.properties, version: versionOf(rel.properties) + 1 };
    await tx.run('curate-create-relationship', { type: rel.type, from: rel.from, to: rel.to, properties });
    restored.push({ ...rel, properties });
  }
  return restored;
}

/** Rebuilds a deleted fact from its latest delete change. */
export async function restoreRelationship(tx: Transaction, context: WriteContext, id: string, note?: string): Promise<RelationshipResponse> {
  const existing = await findRelationship(tx, id);
  if (existing) throw new Conflict(`"${id}" exists: there is nothing to restore.`, edgeShape(existing));
  const [row] = await tx.run('curate-last-delete', { kind: 'relationship', id });
  if (!row) throw new NotFound(`No deleted relationship with id "${id}" to restore.`, 'id');
  return rebuildRelationship(tx, context, row.change as Record<string, unknown>, 'restore', note);
}

/** Rebuilds a fact from the before-state of its delete change (a restore, or the revert of that delete). */
export async function rebuildRelationship(
  tx: Transaction,
  { actor }: WriteContext,
  deletion: Record<string, unknown>,
  action: 'restore' | 'revert',
  note?: string,
): Promise<RelationshipResponse> {
  const { relationship } = JSON.parse(String(deletion.before)) as { relationship: RelationshipState };
  const existing = await findRelationship(tx, relationship.id);
  if (existing) throw new Conflict(`"${relationship.id}" exists again: there is nothing to restore.`, edgeShape(existing));
  const [restored] = await recreateRelationships(tx, [relationship]);
  if (!restored) throw new Conflict(`"${relationship.id}" cannot be restored: one of its ends no longer exists.`, null);
  const changeId = await recordChange(tx, actor, {
    action,
    elementKind: 'relationship',
    elementId: restored.id,
    alsoTouches: [restored.from, restored.to],
    before: null,
    after: { relationship: restored },
    note,
    reverts: String(deletion.id),
  });
  await tx.run('curate-mark-reverted', { id: deletion.id, by: changeId });
  return { relationship: edgeShape(restored), changeId, appended: false };
}
