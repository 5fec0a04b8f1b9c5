import type { EntityMergeBody, EntityMergeResponse } from '../contract/curation.js';
import type { Transaction } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { relationshipId } from '../seed/validate.js';
import { recordChange } from './audit.js';
import { versionOf } from './conflict.js';
import { expectNodeVersion, findRelationship, lockNode, nodeShape, relationshipsOf, type NodeState, type RelationshipState } from './elements.js';
import type { WriteContext } from './entities.js';
import { validNodeProperties } from './validate-node.js';

const NAME_KEYS = ['name_en', 'name_fr', 'acronym_en', 'acronym_fr', 'short_name', 'short_name_en', 'short_name_fr'] as const;

/** The kept entity's aliases plus every name the merged one was known by (deep search still finds it). */
function unitedAliases(kept: Record<string, unknown>, merged: Record<string, unknown>): string[] {
  const own = new Set(NAME_KEYS.map((key) => kept[key]).filter((value): value is string => typeof value === 'string'));
  const aliases = [...((kept.aliases as string[] | undefined) ?? [])];
  const names = [...NAME_KEYS.map((key) => merged[key]), ...((merged.aliases as string[] | undefined) ?? [])];
  for (const name of names) if (typeof name === 'string' && name.trim() && !own.has(name) && !aliases.includes(name)) aliases.push(name);
  return aliases;
}

/** The statements of `extra` that `base` lacks, added in order; `base`'s qualifiers win. */
export function unite(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const sources = [...((base.sources as string[] | undefined) ?? [])];
  const evidence = [...((base.evidence as string[] | undefined) ?? [])];
  const extraSources = (extra.sources as string[] | undefined) ?? [];
  const extraEvidence = (extra.evidence as string[] | undefined) ?? [];
  extraSources.forEach((source, i) => {
    const quote = extraEvidence[i] ?? '';
    if (!sources.some((known, j) => known === source && evidence[j] === quote)) {
      sources.push(source);
      evidence.push(quote);
    }
  });
  const united: Record<string, unknown> = { ...base, sources, evidence };
  for (const [key, value] of Object.entries(extra)) if (united[key] === undefined && value !== undefined) united[key] = value;
  return united;
}

/** What a merge change keeps before: both entities in full and the kept one's relationships it united. */
export interface MergeBefore {
  node: NodeState;
  into: NodeState;
  relationships: RelationshipState[];
  united: RelationshipState[];
}

/** What a merge change keeps after (ids of what it wrote; the states follow from `before`). */
export interface MergeAfter {
  into: NodeState;
  redirect: { id: string; to: string };
  repointed: string[];
  united: string[];
  dropped: string[];
  /** Redirects to the merged id (earlier merges into it) that now point at the kept one. Absent in older records. */
  redirects?: string[];
}

/** Where a relationship of the merged entity goes: its id once re-pointed, or null when it would loop on the kept one. */
export function repointedId(rel: RelationshipState, merged: string, kept: string): { id: string; from: string; to: string } | null {
  const from = rel.from === merged ? kept : rel.from;
  const to = rel.to === merged ? kept : rel.to;
  if (from === to) return null;
  const round = typeof rel.properties.round === 'number' ? rel.properties.round : undefined;
  return { id: relationshipId({ type: rel.type, from, to, round }), from, to };
}

/**
 * Merges entity `id` into `body.into`: its relationships are re-pointed to the kept entity, a fact
 * both had becomes one with their provenance united, its names become aliases of the kept one, and
 * its id stays as a (:Redirect) so deep links, views and exports by id still resolve.
 */
export async function mergeEntity(
  tx: Transaction,
  { actor, suggestedBy }: WriteContext,
  id: string,
  body: EntityMergeBody,
): Promise<EntityMergeResponse> {
  if (id === body.into) throw new BadRequest('into: an entity cannot be merged into itself', 'into');
  const merged = await lockNode(tx, id);
  const kept = await lockNode(tx, body.into, 'into');
  expectNodeVersion(merged, body.version);
  expectNodeVersion(kept, body.intoVersion);
  if (merged.label !== kept.label)
    throw new BadRequest(`into: a ${merged.label} can only be merged into another ${merged.label}, not a ${kept.label}`, 'into');

  const relationships = await relationshipsOf(tx, id);
  const repointed: string[] = [];
  const united: RelationshipState[] = [];
  const dropped: string[] = [];
  for (const rel of relationships) {
    const target = repointedId(rel, id, body.into);
    // A fact between the two entities would become a loop on the kept one.
    if (!target) {
      dropped.push(rel.id);
      continue;
    }
    const { id: newId, from, to } = target;
    const existing = await findRelationship(tx, newId);
    if (existing) {
      united.push(existing);
      const properties = { ...unite(existing.properties, rel.properties), id: newId, version: versionOf(existing.properties) + 1 };
      await tx.run('curate-replace-relationship', { from, id: newId, properties });
    } else {
      repointed.push(newId);
      const properties = { ...rel.properties, id: newId, version: versionOf(rel.properties) + 1 };
      await tx.run('curate-create-relationship', { type: rel.type, from, to, properties });
    }
  }
  await tx.run('curate-delete-node', { id });

  const keptData = { ...kept.properties, aliases: unitedAliases(kept.properties, merged.properties) };
  const after: NodeState = {
    id: kept.id,
    label: kept.label,
    properties: { ...validNodeProperties(kept.label, kept.id, keptData, 'into'), id: kept.id, version: versionOf(kept.properties) + 1 },
  };
  await tx.run('curate-replace-node', { id: kept.id, properties: after.properties });
  const redirects = (await tx.run('curate-redirects-to', { id })).map((row) => String(row.id));
  const before: MergeBefore = { node: merged, into: kept, relationships, united };
  const afterMerge: MergeAfter = { into: after, redirect: { id, to: kept.id }, repointed, united: united.map((rel) => rel.id), dropped, redirects };
  const changeId = await recordChange(tx, actor, {
    action: 'merge',
    elementKind: 'node',
    elementId: id,
    alsoTouches: [kept.id, ...relationships.map((rel) => rel.id), ...repointed, ...united.map((rel) => rel.id), ...redirects],
    before,
    after: afterMerge,
    note: body.note,
    suggestedBy,
  });
  await tx.run('curate-create-redirect', { id, to: kept.id, change: changeId });
  return {
    node: nodeShape(after),
    redirectedFrom: id,
    relationships: { repointed: repointed.length, united: united.length, dropped: dropped.length },
    changeId,
  };
}
